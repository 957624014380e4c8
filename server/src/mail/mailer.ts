import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** The Message-ID to use (with its angle brackets); one is made up when absent. */
  messageId?: string;
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

export interface MailerOptions {
  /** SMTP connections kept open and used side by side. */
  poolSize?: number;
  /** The most messages a second this process hands to the relay; 0 for no limit. */
  ratePerSecond?: number;
}

/**
 * Spaces sends at least `1000 / rate` ms apart, in the order they asked, so a burst of a
 * thousand sends becomes a steady stream at the relay's allowed rate.
 */
export function rateLimiter(ratePerSecond: number, now: () => number = Date.now): () => Promise<void> {
  if (ratePerSecond <= 0) return () => Promise.resolve();
  const gap = 1000 / ratePerSecond;
  let next = 0;
  return () => {
    const t = now();
    const at = Math.max(t, next);
    next = at + gap;
    const wait = at - t;
    return wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
  };
}

export function createMailer(smtpUrl: string, from: string, options: MailerOptions = {}): Mailer {
  // A pool keeps connections open across messages: a newsletter does not pay a handshake per mail.
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: options.poolSize ?? 5, maxMessages: Infinity });
  const slot = rateLimiter(options.ratePerSecond ?? 0);
  return {
    async send({ calendar, messageId, ...mail }) {
      await slot();
      // Auto-Submitted keeps out-of-office replies from answering the platform's own mail (RFC 3834).
      const info = await transport.sendMail({
        from,
        ...mail,
        ...(messageId ? { messageId } : {}),
        headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
        ...(calendar ? { icalEvent: { method: calendar.method, filename: calendar.filename, content: calendar.content } } : {}),
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
