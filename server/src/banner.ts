import type { Config } from './config.js';
import type { Runtime } from './runtime.js';

export function startBanner(config: Config, runtime: Runtime): string {
  const lines = [
    '',
    `  Alumni platform is running`,
    `  App:        ${config.appUrl}/`,
    `  Console:    ${config.appUrl}/admin`,
    `  API docs:   ${config.appUrl}/api/docs`,
  ];
  if (runtime.mailCatcher) lines.push(`  Sent mail:  ${config.appUrl}/dev/mail   (SMTP catcher on port ${runtime.mailCatcher.port})`);
  lines.push(`  Database:   ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL, data in ${config.dataDir}`}`);
  if (runtime.seeded) {
    lines.push('', '  Demo sign-ins (loaded on this first start):');
    for (const a of runtime.seeded) lines.push(`    ${a.role.padEnd(10)} ${a.email.padEnd(34)} ${a.password}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
