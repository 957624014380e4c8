import type { FastifyInstance } from 'fastify';
import type { MailCatcher } from './catcher.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<link rel="stylesheet" href="/dev/mail/style.css"></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;

const css = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f9;color:#1b1f24}main{max-width:960px;margin:0 auto;padding:24px}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:8px;border-bottom:1px solid #dde2e8}
a{color:#1d4f91}pre{white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #dde2e8}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:16px}`;

/** The default run's mailbox: every mail the platform sent, readable in the browser at /dev/mail. */
export async function catcherRoutes(app: FastifyInstance, catcher: MailCatcher): Promise<void> {
  app.get('/dev/mail/style.css', async (_req, reply) => reply.type('text/css').send(css));
  app.get('/dev/mail', async (_req, reply) => {
    const rows = [...catcher.list()]
      .reverse()
      .map((m) => `<tr><td>${esc(m.receivedAt.toLocaleString('fi-FI', { timeZone: 'Europe/Helsinki' }))}</td><td>${esc(m.to.join(', '))}</td><td><a href="/dev/mail/${m.id}">${esc(m.subject || '(no subject)')}</a></td></tr>`)
      .join('');
    const body = rows
      ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p>No mail yet. Mail the platform sends while it runs appears here.</p>';
    return reply.type('text/html').send(page('Sent mail', body));
  });
  app.get<{ Params: { id: string } }>('/dev/mail/:id', async (req, reply) => {
    const m = catcher.get(Number(req.params.id));
    if (!m) return reply.code(404).type('text/html').send(page('Not found', '<p><a href="/dev/mail">All mail</a></p>'));
    const body = `<p><a href="/dev/mail">All mail</a> · <a href="/dev/mail/${m.id}/html">HTML version</a></p>
<dl><dt>From</dt><dd>${esc(m.from)}</dd><dt>To</dt><dd>${esc(m.to.join(', '))}</dd><dt>Subject</dt><dd>${esc(m.subject)}</dd></dl>
<h2>Text</h2><pre>${esc(m.text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</pre>`;
    return reply.type('text/html').send(page(m.subject || 'Mail', body));
  });
  app.get<{ Params: { id: string } }>('/dev/mail/:id/html', async (req, reply) => {
    const m = catcher.get(Number(req.params.id));
    if (!m) return reply.code(404).send('Not found');
    // The mail's own HTML uses inline styles, as mail must; it runs under a policy allowing only that.
    return reply
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; form-action 'none'; frame-ancestors 'none'")
      .type('text/html')
      .send(m.html || `<pre>${esc(m.text)}</pre>`);
  });
}
