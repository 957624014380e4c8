import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import { countText } from './plural';
import { createTranslator } from './translate';

const keys = { one: 'segments.count.members.one', other: 'segments.count.members.other' } as const;

describe('countText', () => {
  it('picks the form the count takes', () => {
    const t = createTranslator(en);
    expect(countText(t, 'en-GB', 1, keys)).toBe('1 member matches');
    expect(countText(t, 'en-GB', 0, keys)).toBe('0 members match');
    expect(countText(t, 'en-GB', 2500, keys)).toBe('2,500 members match');
  });

  it('writes the count as the language does', () => {
    expect(countText(createTranslator(fi), 'fi-FI', 2500, keys)).toBe('2\u00a0500 jäsentä täyttää rajaukset');
  });
});
