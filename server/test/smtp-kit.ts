import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import type { WorkerResult } from '../bench/newsletter-worker.js';

/** An SMTP server that answers each recipient with what `reply` says. */
export async function flakyServer(reply: (to: string, attempt: number) => number): Promise<{ url: string; accepted: string[]; close: () => Promise<void> }> {
  const attempts = new Map<string, number>();
  const accepted: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const n = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, n);
      const code = reply(address.address, n);
      if (code === 250) return callback();
      const err = Object.assign(new Error(code >= 500 ? (code === 550 ? '5.1.1 No such user here' : '5.7.1 Message refused') : '4.3.0 Try again later'), { responseCode: code });
      return callback(err);
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        accepted.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `smtp://127.0.0.1:${port}`, accepted, close: () => new Promise((r) => server.close(() => r())) };
}

const workerScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench/newsletter-worker.ts');

export interface WorkerProcess {
  done: Promise<WorkerResult | null>;
  kill: () => void;
}

/** A sending process of its own (`bench/newsletter-worker.ts`), as a second machine's worker would be. */
export function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    cwd: path.dirname(workerScript),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const done = new Promise<WorkerResult | null>((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve(null);
      if (code !== 0) return reject(new Error(`worker exited ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as WorkerResult);
    });
  });
  return { done, kill: () => child.kill('SIGKILL') };
}
