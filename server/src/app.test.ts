import { describe, expect, it } from 'vitest';
import { redactUrl } from './app.js';

describe('redactUrl', () => {
  it('keeps tokens from mailed links out of the logs', () => {
    expect(redactUrl('/magic-link?token=abc_DEF-123')).toBe('/magic-link?token=[redacted]');
    expect(redactUrl('/reset-password?lang=fi&token=secret#x')).toBe('/reset-password?lang=fi&token=[redacted]#x');
    expect(redactUrl('/api/v1/admin/staff?limit=10')).toBe('/api/v1/admin/staff?limit=10');
  });
});
