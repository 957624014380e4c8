import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /**
   * An iCalendar object (RFC 5545) sent as a `text/calendar` alternative, which mail clients show
   * as an invitation, and as an .ics attachment for those that do not.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

/** The one way mail leaves the platform: SMTP, whether to a relay, Mailpit, the catcher or a test server. */
export interface Mailer {
  send: (mail: OutgoingMail) => Promise<{ messageId: string }>;
  close: () => void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ calendar, ...mail }) {
      // Auto-Submitted keeps out-of-office replies from answering the platform's own mail (RFC 3834).
      const info = await transport.sendMail({
        from,
        ...mail,
        headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
        ...(calendar ? { icalEvent: { method: calendar.method, filename: calendar.filename, content: calendar.content } } : {}),
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
