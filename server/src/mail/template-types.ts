export interface MailVars {
  orgName: string;
  firstName?: string | null;
  link?: string;
  role?: string;
  newEmail?: string;
  /** Free text written by a person, e.g. HR's reason for a rejection; shown quoted. */
  note?: string;
  /** An event the mail is about, its facts already formatted in the reader's language and the event's zone. */
  event?: { title: string; when: string; where: string; description: string; deadline: string | null };
  /** The signed one-click answer links of an invitation. */
  answers?: { going: string; maybe: string; declined: string };
  /** A place in a waitlist. */
  position?: number;
  /** What changed, in the reader's language, one line each. */
  changes?: string[];
  /** Returner jobs of an alert, their facts formatted in the reader's language. */
  jobs?: Array<{ title: string; facts: string; link: string }>;
}

export interface MailAction {
  label: string;
  link: string;
}

/** One mail in one language: the renderer adds the greeting, the button, the footer and the HTML. */
export interface Template {
  subject: (v: MailVars) => string;
  lines: (v: MailVars) => string[];
  button?: string;
  /** Several buttons side by side, e.g. an invitation's answers; shown before `button`. */
  actions?: (v: MailVars) => MailAction[];
  footer: string;
}
