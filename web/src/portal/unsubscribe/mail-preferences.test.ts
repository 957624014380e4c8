import { describe, expect, it } from 'vitest';
import type { MailPreferences } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { getsNewsletter, grantedFrom, isLinkProblem, preferencesBody, readPreferencesToken, shownChannels } from './mail-preferences';

const preferences = (channels: MailPreferences['channels']): MailPreferences => ({ email: 'm***@example.com', channels });

describe('the unsubscribe link', () => {
  it('reads its token', () => {
    expect(readPreferencesToken(new URLSearchParams('token=abcDEF_123-xyz'))).toBe('abcDEF_123-xyz');
    expect(readPreferencesToken(new URLSearchParams('token=%20abc%20'))).toBe('abc');
  });

  it('has no token when it is missing or empty', () => {
    expect(readPreferencesToken(new URLSearchParams(''))).toBeNull();
    expect(readPreferencesToken(new URLSearchParams('token='))).toBeNull();
    expect(readPreferencesToken(new URLSearchParams('token=%20'))).toBeNull();
  });

  it('treats a refused, unknown or malformed token as a broken link, and nothing else', () => {
    const error = (status: number, code: string) => new ApiError({ status, code, message: code });
    expect(isLinkProblem(error(400, 'invalid_token'))).toBe(true);
    expect(isLinkProblem(error(404, 'not_found'))).toBe(true);
    expect(isLinkProblem(error(400, 'validation_failed'))).toBe(true);
    expect(isLinkProblem(error(0, 'network_error'))).toBe(false);
    expect(isLinkProblem(error(429, 'rate_limited'))).toBe(false);
    expect(isLinkProblem(new Error('boom'))).toBe(false);
  });
});

describe('mail preferences by the link', () => {
  const prefs = preferences([
    { channel: 'tracking', granted: false },
    { channel: 'newsletter', granted: true },
    { channel: 'job_alerts', granted: false },
    { channel: 'event_invites', granted: true },
  ]);

  it('shows the returned channels in the usual order', () => {
    expect(shownChannels(prefs)).toEqual(['newsletter', 'event_invites', 'job_alerts', 'tracking']);
    expect(shownChannels(preferences([{ channel: 'job_alerts', granted: true }, { channel: 'job_alerts', granted: false }]))).toEqual([
      'job_alerts',
    ]);
  });

  it('reads each consent', () => {
    expect(grantedFrom(prefs)).toEqual({ newsletter: true, event_invites: true, job_alerts: false, tracking: false });
  });

  it('knows whether the newsletter still comes', () => {
    expect(getsNewsletter(prefs)).toBe(true);
    expect(getsNewsletter(preferences([{ channel: 'newsletter', granted: false }]))).toBe(false);
    expect(getsNewsletter(preferences([{ channel: 'event_invites', granted: true }]))).toBe(false);
  });

  it('saves every shown channel, an untouched one as not given', () => {
    expect(preferencesBody('tok', ['newsletter', 'event_invites', 'tracking'], { newsletter: false, event_invites: true })).toEqual({
      token: 'tok',
      channels: [
        { channel: 'newsletter', granted: false },
        { channel: 'event_invites', granted: true },
        { channel: 'tracking', granted: false },
      ],
    });
  });
});
