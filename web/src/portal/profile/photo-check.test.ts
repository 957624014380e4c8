import { describe, expect, it } from 'vitest';
import { photoMaxBytes } from '@alumni/shared';
import { checkPhoto, megabytes } from './photo-check';

describe('checking a chosen photo', () => {
  it('accepts JPEG, PNG and WebP up to 5 MB', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: 120_000 })).toBeNull();
    expect(checkPhoto({ type: 'image/png', size: photoMaxBytes })).toBeNull();
    expect(checkPhoto({ type: 'image/webp', size: 1 })).toBeNull();
  });

  it('refuses other types', () => {
    expect(checkPhoto({ type: 'image/gif', size: 1000 })).toBe('type');
    expect(checkPhoto({ type: 'application/pdf', size: 1000 })).toBe('type');
    expect(checkPhoto({ type: '', size: 1000 })).toBe('type');
    expect(checkPhoto({ type: 'image/svg+xml', size: 1000 })).toBe('type');
  });

  it('refuses files over 5 MB and empty files', () => {
    expect(checkPhoto({ type: 'image/jpeg', size: photoMaxBytes + 1 })).toBe('size');
    expect(checkPhoto({ type: 'image/jpeg', size: 0 })).toBe('empty');
  });

  it('writes sizes in megabytes', () => {
    expect(megabytes(photoMaxBytes, 'en-GB')).toBe('5');
    expect(megabytes(7_654_321, 'en-GB')).toBe('7.3');
    expect(megabytes(7_654_321, 'fi-FI')).toBe('7,3');
  });
});
