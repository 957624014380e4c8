// Builds each package whose dist/ is missing or older than its sources, so `pnpm start` works
// straight after `pnpm install` and stays quick on later starts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) {
    if (name === 'node_modules') continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

const packages = [
  { name: '@alumni/shared', dir: 'shared', sources: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'] },
  { name: '@alumni/server', dir: 'server', sources: ['src', 'package.json', 'tsconfig.build.json'], after: ['shared'] },
  { name: '@alumni/web', dir: 'web', sources: ['src', 'index.html', 'package.json', 'vite.config.ts'], after: ['shared'] },
];

const rebuilt = new Set();
for (const pkg of packages) {
  const base = path.join(root, pkg.dir);
  const built = newest(path.join(base, 'dist'));
  const source = Math.max(...pkg.sources.map((s) => newest(path.join(base, s))));
  const upstreamChanged = (pkg.after ?? []).some((d) => rebuilt.has(d));
  if (built === 0 || source > built || upstreamChanged) {
    console.log(`building ${pkg.name}`);
    execFileSync('pnpm', ['--filter', pkg.name, 'build'], { cwd: root, stdio: 'inherit' });
    rebuilt.add(pkg.dir);
  }
}
