import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** The one way mail leaves the platform: SMTP, whether to a relay, Mailpit, the catcher or a test server. */
export interface Mailer {
  send: (mail: OutgoingMail) => Promise<{ messageId: string }>;
  close: () => void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      // Auto-Submitted keeps out-of-office replies from answering the platform's own mail (RFC 3834).
      const info = await transport.sendMail({ from, ...mail, headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers } });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
