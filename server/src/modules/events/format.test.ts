import { describe, expect, it } from 'vitest';
import { describeChanges, formatWhen } from './format.js';

describe('formatWhen', () => {
  it('reads an evening in Helsinki in each language, on Helsinki clocks', () => {
    const start = new Date('2027-04-14T14:30:00Z');
    const end = new Date('2027-04-14T17:00:00Z');
    expect(formatWhen(start, end, 'Europe/Helsinki', 'fi')).toMatch(/14\.4\.2027 klo 17\.30–20\.00$/);
    expect(formatWhen(start, end, 'Europe/Helsinki', 'sv')).toMatch(/kl\. 17[.:]30–20[.:]00$/);
    expect(formatWhen(start, end, 'Europe/Helsinki', 'en')).toMatch(/14\/04\/2027 17:30–20:00$/);
  });

  it('names a zone other than Helsinki and shows its own clock', () => {
    const start = new Date('2027-04-14T14:30:00Z');
    const end = new Date('2027-04-14T16:00:00Z');
    expect(formatWhen(start, end, 'America/New_York', 'en')).toBe('Wed, 14/04/2027 10:30–12:00 (America/New York)');
  });

  it('names both days of an event over midnight', () => {
    const when = formatWhen(new Date('2027-03-27T20:00:00Z'), new Date('2027-03-28T02:00:00Z'), 'Europe/Helsinki', 'fi');
    expect(when).toContain('27.3.2027 klo 22.00 – ');
    // 02:00 UTC on the night clocks go forward is already 05:00 summer time.
    expect(when).toMatch(/28\.3\.2027 klo 5\.00$/);
  });
});

describe('describeChanges', () => {
  it('says what changed in the reader language', () => {
    expect(describeChanges(['time', 'place'], 'sv')).toEqual(['Tiden har ändrats.', 'Platsen har ändrats.']);
  });
});
