import { describe, expect, it } from 'vitest';
import { consentChannels } from '@alumni/shared';
import { currentConsents, dedupeSkills, effectiveReturnModes, photoUrlOf } from './service.js';

describe('profile rules', () => {
  it('de-duplicates skills case-insensitively, keeping the first spelling and the order', () => {
    expect(dedupeSkills([' SQL', 'Python', 'sql', 'ÄLY', 'äly ', 'Go'])).toEqual(['SQL', 'Python', 'ÄLY', 'Go']);
  });

  it('keeps return modes only while open to return, each once', () => {
    expect(effectiveReturnModes(true, ['gig', 'project', 'gig'])).toEqual(['gig', 'project']);
    expect(effectiveReturnModes(false, ['gig'])).toEqual([]);
  });

  it('takes the latest row of each channel and lists every channel', () => {
    const t0 = new Date('2026-01-01T10:00:00Z');
    const t1 = new Date('2026-02-01T10:00:00Z');
    const state = currentConsents([
      { channel: 'newsletter', granted: true, createdAt: t1 },
      { channel: 'newsletter', granted: false, createdAt: t0 },
      { channel: 'tracking', granted: true, createdAt: t0 },
    ]);
    expect(state.map((s) => s.channel)).toEqual([...consentChannels]);
    expect(state.find((s) => s.channel === 'newsletter')).toEqual({ channel: 'newsletter', granted: true, changedAt: t1.toISOString() });
    expect(state.find((s) => s.channel === 'job_alerts')).toEqual({ channel: 'job_alerts', granted: false, changedAt: null });
  });

  it('versions the photo URL by the photo’s time', () => {
    const id = '6f1c2d8e-1111-4222-8333-444455556666';
    expect(photoUrlOf(id, new Date(1_700_000_000_123))).toBe(`/api/v1/members/${id}/photo?v=1700000000123`);
    expect(photoUrlOf(id, null)).toBeNull();
  });
});
