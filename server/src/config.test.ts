import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults for the zero-setup run', () => {
    const c = loadConfig({ DATA_DIR: '/tmp/alumni-config-test' });
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.seedDemo).toBe(true);
    expect(c.appUrl).toBe('http://localhost:3000');
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: '/tmp/alumni-config-test' }).jwtSecret).toBe(c.jwtSecret);
  });

  it('names every wrong variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud', JWT_SECRET: 'short' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'JWT_SECRET']) expect(problems).toContain(name);
  });

  it('requires a secret, a database and a mail server in production, naming each', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/db', SMTP_URL: 'smtp://relay:25' })).toThrow(/JWT_SECRET/);
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (err) {
      error = err;
    }
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(['JWT_SECRET', 'DATABASE_URL', 'SMTP_URL']);
  });

  it('marks cookies secure behind https', () => {
    expect(loadConfig({ APP_URL: 'https://alumni.example.fi', JWT_SECRET: 'x'.repeat(40) }).cookieSecure).toBe(true);
  });
});
