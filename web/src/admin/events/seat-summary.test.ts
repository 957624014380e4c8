import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fi } from '../../i18n/fi';
import { createTranslator } from '../../i18n/translate';
import { seatSummaryText, seatsCellText, seatsLeft } from './seat-summary';

const t = createTranslator(en);

describe('the seat summary', () => {
  it('says how many seats are taken and how many are left', () => {
    expect(seatSummaryText(t, 'en-GB', 12, 40)).toBe('Seats taken: 12 of 40 (28 left)');
    expect(seatsLeft(40, 12)).toBe(28);
  });

  it('says an event is full, even when more seats are taken than there are', () => {
    expect(seatSummaryText(t, 'en-GB', 40, 40)).toBe('Seats taken: 40 of 40 (full)');
    expect(seatSummaryText(t, 'en-GB', 42, 40)).toBe('Seats taken: 42 of 40 (full)');
    expect(seatsLeft(40, 42)).toBe(0);
  });

  it('says when there is no limit', () => {
    expect(seatSummaryText(t, 'en-GB', 7, null)).toBe('Seats taken: 7 (no limit)');
    expect(seatsLeft(null, 7)).toBeNull();
  });

  it('writes numbers as the language does', () => {
    expect(seatSummaryText(createTranslator(fi), 'fi-FI', 1200, 1500)).toBe('Varatut paikat: 1\u00a0200/1\u00a0500 (300 vapaana)');
  });

  it('fits a list column', () => {
    expect(seatsCellText(t, 'en-GB', 12, 40)).toBe('12 / 40');
    expect(seatsCellText(t, 'en-GB', 12, null)).toBe('12 / no limit');
  });
});
