// Smoke test of the zero-setup run: `pnpm start` with no DATABASE_URL brings up the embedded
// PostgreSQL, migrates, seeds once, serves the SPA and API, accepts a sign-in, and stops cleanly on
// Ctrl-C (SIGINT to the process group) with no process left behind; a second start reuses the data.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alumni-smoke-'));
const port = 3210;
const base = `http://127.0.0.1:${port}`;
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? ` (${detail})` : ''}`);
  return ok;
}

function runEnv() {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: '54339', SMTP_CATCHER_PORT: '2125', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  return env;
}

function start(args = ['start']) {
  const child = spawn('pnpm', args, { cwd: root, env: runEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function waitReady(run, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/api/ready`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(run.output());
  return false;
}

async function signIn(email, password) {
  const csrfRes = await fetch(`${base}/api/v1/auth/csrf`);
  const cookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({ email, password }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { status: res.status, body: await res.json(), cookie: [cookie, session].filter(Boolean).join('; ') };
}

/** A signed-in GET of the API, answered as JSON. */
async function getAs(who, path) {
  const res = await fetch(`${base}${path}`, { headers: { cookie: who.cookie, accept: 'application/json' } });
  return { status: res.status, body: await res.json() };
}

function leftovers() {
  const ps = execFileSync('ps', ['-eo', 'pid,args']).toString();
  return ps.split('\n').filter((l) => l.includes(dataDir) || l.includes(`:${port}`) || /dist\/main\.js/.test(l) && l.includes(root));
}

async function stop(run, { waitForLeftovers = true } = {}) {
  process.kill(-run.child.pid, 'SIGINT');
  const timer = setTimeout(() => process.kill(-run.child.pid, 'SIGKILL'), 60_000);
  const result = await run.exited;
  clearTimeout(timer);
  // The shell may return before the server has finished its graceful stop; give it that time.
  for (let i = 0; waitForLeftovers && i < 60 && leftovers().length; i++) await new Promise((r) => setTimeout(r, 500));
  return result;
}

try {
  const first = start();
  check('first start becomes ready', await waitReady(first, 240_000));
  check('demo sign-ins are printed on first start', first.output().includes('admin@demo.alumni.example'));
  const page = await fetch(`${base}/sign-in`);
  const html = await page.text();
  check('the SPA is served with a content security policy', page.ok && html.includes('<div id="root">') && (page.headers.get('content-security-policy') ?? '').includes("script-src 'self'"));
  const login = await signIn('admin@demo.alumni.example', 'demo-admin-2026');
  check('the demo admin signs in', login.status === 200 && login.body.user?.role === 'admin', String(login.status));
  check('the mail catcher page answers', (await fetch(`${base}/dev/mail`)).ok);

  // Commands beside the running app join its database rather than starting another.
  let created = '';
  try {
    created = execFileSync('pnpm', ['-s', 'admin:create', '--email', 'first.admin@example.fi', '--password', 'first-admin-password'], { cwd: root, env: runEnv() }).toString();
  } catch (err) {
    created = String(err.stdout ?? err);
  }
  check('pnpm admin:create creates an admin next to the running app', created.includes('admin first.admin@example.fi created'), created.trim());
  const firstAdmin = await signIn('first.admin@example.fi', 'first-admin-password');
  check('the created admin signs in', firstAdmin.status === 200 && firstAdmin.body.user?.role === 'admin', String(firstAdmin.status));

  const worker = start(['worker']);
  let working = false;
  for (let i = 0; i < 120 && !working; i++) {
    working = worker.output().includes('working');
    if (!working) await new Promise((r) => setTimeout(r, 500));
  }
  check('pnpm worker starts beside the app', working, worker.output().trim().slice(-300));
  const workerExit = await stop(worker, { waitForLeftovers: false });
  check('pnpm worker stops on Ctrl-C', workerExit.code === 0 || workerExit.signal === 'SIGINT', JSON.stringify(workerExit));
  const firstExit = await stop(first);
  check('Ctrl-C stops the run', firstExit.code === 0 || firstExit.signal === 'SIGINT', JSON.stringify(firstExit));
  const left = leftovers();
  check('no process is left behind', left.length === 0, left.join(' | '));

  const second = start();
  check('second start becomes ready', await waitReady(second, 120_000));
  check('second start reuses the data (no second seeding)', !second.output().includes('loading demo data'));
  const again = await signIn('member@demo.alumni.example', 'demo-member-2026');
  check('the demo member signs in on the reused data', again.status === 200, String(again.status));
  const found = await getAs(again, '/api/v1/directory?q=virtanen');
  check('the demo member finds colleagues in the directory', found.status === 200 && found.body.items?.length > 0, `${found.status} ${JSON.stringify(found.body).slice(0, 200)}`);
  const hr = await signIn('hr@demo.alumni.example', 'demo-hr-2026');
  const queue = await getAs(hr, '/api/v1/admin/approvals');
  check("HR's approval queue holds the demo claims", queue.status === 200 && queue.body.items?.length > 0, `${queue.status} ${JSON.stringify(queue.body).slice(0, 200)}`);
  await stop(second);
  const left2 = leftovers();
  check('no process is left behind after the second run', left2.length === 0, left2.join(' | '));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
