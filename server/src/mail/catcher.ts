import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: number;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  messageId: string | undefined;
  raw: string;
}

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => (v.address ?? '').toLowerCase()));

/**
 * A real SMTP server that keeps what it receives in memory: the default run's mail catcher, whose
 * messages can be read in the browser, and the test suites' mail server.
 */
export class MailCatcher {
  private readonly mails: CaughtMail[] = [];
  private nextId = 1;
  private waiters: Array<() => void> = [];
  private server: SMTPServer | undefined;
  port = 0;

  constructor(private readonly keep = 500) {}

  start(port: number, host = '127.0.0.1'): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              this.mails.push({
                id: this.nextId++,
                receivedAt: new Date(),
                from: addresses(parsed.from)[0] ?? '',
                to: addresses(parsed.to),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                headers: parsed.headers,
                messageId: parsed.messageId,
                raw,
              });
              if (this.mails.length > this.keep) this.mails.shift();
              const waiters = this.waiters;
              this.waiters = [];
              waiters.forEach((w) => w());
              callback();
            })
            .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
        });
      },
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        // A client that drops its connection (a killed worker, a pooled connection closed) is not the catcher's failure.
        server.on('error', () => undefined);
        const address = server.server.address();
        this.port = typeof address === 'object' && address ? address.port : port;
        resolve(this.port);
      });
    });
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  list(): readonly CaughtMail[] {
    return this.mails;
  }

  get(id: number): CaughtMail | undefined {
    return this.mails.find((m) => m.id === id);
  }

  clear(): void {
    this.mails.length = 0;
  }

  /** Resolves with the first mail (old or new) that matches, or rejects after `timeoutMs`. */
  async waitFor(match: (m: CaughtMail) => boolean, timeoutMs = 10_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mails.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('No matching mail arrived in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
