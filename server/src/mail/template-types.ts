import type { Language } from '@alumni/shared';

/** The organisation's colours and languages from its settings, which every mail is laid out with. */
export interface MailBrand {
  /** The header and the buttons (white text on it). */
  primaryColour: string;
  /** Links in the text. */
  accentColour: string;
  languages: Language[];
  /** The language for a reader whose own is not offered. */
  defaultLanguage: Language;
}

export interface MailVars {
  orgName: string;
  /** Without it the platform's own colours apply and every language is offered. */
  brand?: MailBrand;
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
  /** A survey the member is asked to answer, in the reader's language; `closes` already formatted in Helsinki time. */
  survey?: { title: string; intro: string; closes: string; anonymous: boolean };
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
