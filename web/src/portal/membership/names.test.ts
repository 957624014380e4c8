import { describe, expect, it } from 'vitest';
import { fullName, initials } from './names';

describe('names', () => {
  it('joins the parts that are there', () => {
    expect(fullName('Aino', 'Virtanen')).toBe('Aino Virtanen');
    expect(fullName(' Aino ', null)).toBe('Aino');
    expect(fullName(null, '  ')).toBeNull();
  });

  it('takes the first letter of each part', () => {
    expect(initials('Aino', 'Virtanen')).toBe('AV');
    expect(initials('åsa', 'öberg')).toBe('ÅÖ');
    expect(initials('Anna-Liisa', 'von Wright')).toBe('AV');
    expect(initials('(Mikko)', null)).toBe('M');
  });

  it('falls back to a question mark', () => {
    expect(initials(null, null)).toBe('?');
    expect(initials('', '  ')).toBe('?');
  });
});
