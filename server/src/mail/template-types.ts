export interface MailVars {
  orgName: string;
  firstName?: string | null;
  link?: string;
  role?: string;
  newEmail?: string;
  /** Free text written by a person, e.g. HR's reason for a rejection; shown quoted. */
  note?: string;
}

/** One mail in one language: the renderer adds the greeting, the button, the footer and the HTML. */
export interface Template {
  subject: (v: MailVars) => string;
  lines: (v: MailVars) => string[];
  button?: string;
  footer: string;
}
