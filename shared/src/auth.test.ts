import { describe, expect, it } from 'vitest';
import { ZEmail, ZRegisterBody, ZUpdateAccountBody } from './auth.js';
import { errorCodes, errorStatus } from './error-codes.js';

describe('shared contract', () => {
  it('normalises addresses so that case never makes two accounts', () => {
    expect(ZEmail.parse('  Aino.Virtanen@Example.FI ')).toBe('aino.virtanen@example.fi');
    expect(ZEmail.safeParse('not an address').success).toBe(false);
  });

  it('refuses unknown fields, so a client cannot set what it must not', () => {
    const r = ZRegisterBody.safeParse({ email: 'a@example.fi', password: 'long enough pw', firstName: 'A', lastName: 'B', language: 'fi', role: 'admin' });
    expect(r.success).toBe(false);
  });

  it('refuses an empty account update', () => {
    expect(ZUpdateAccountBody.safeParse({}).success).toBe(false);
    expect(ZUpdateAccountBody.safeParse({ language: 'sv' }).success).toBe(true);
  });

  it('maps every error code to a client or server status', () => {
    for (const code of errorCodes) expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
    expect(errorStatus.validation_failed).toBe(400);
    expect(errorStatus.rate_limited).toBe(429);
  });
});
