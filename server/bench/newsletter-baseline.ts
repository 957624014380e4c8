// The baseline of `pnpm bench:newsletter`: the same number of messages, rendered before the clock
// starts, handed to a bare nodemailer pool with the same connections, a few hundred at a time.
// Prints one JSON line: messages sent, seconds, peak resident memory.
import nodemailer from 'nodemailer';

const smtpUrl = process.env.SMTP_URL ?? '';
const count = Number(process.env.COUNT ?? 0);
const html = process.env.HTML ?? '';
const text = process.env.TEXT ?? '';
const subject = process.env.SUBJECT ?? '';
const poolSize = Number(process.env.MAIL_POOL_SIZE ?? 5);
const window = 400;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: poolSize, maxMessages: Infinity });
const started = performance.now();
let next = 0;
let sent = 0;
const lane = async () => {
  for (;;) {
    const i = next++;
    if (i >= count) return;
    await transport.sendMail({ from: 'Alumni <alumni@bench.example>', to: `baseline${i}@bench.example`, subject, text, html, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } });
    sent++;
  }
};
await Promise.all(Array.from({ length: window }, lane));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
transport.close();
process.stdout.write(`${JSON.stringify({ handled: sent, seconds, peakRssBytes: peak })}\n`);
