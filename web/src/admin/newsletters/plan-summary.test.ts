import { describe, expect, it } from 'vitest';
import type { NewsletterPlan } from '@alumni/shared';
import { en } from '../../i18n/en';
import { fi } from '../../i18n/fi';
import { createTranslator } from '../../i18n/translate';
import {
  cadenceWarningText,
  formatDay,
  helsinkiDay,
  helsinkiYear,
  nextDueText,
  planBreakdownText,
  planStanding,
  planStandingText,
  planSummaryText,
  planYearFrom,
} from './plan-summary';

const t = createTranslator(en);

const plan = (overrides: Partial<NewsletterPlan> = {}): NewsletterPlan => ({
  year: 2026,
  policy: { minPerYear: 2, maxPerYear: 4 },
  items: [],
  sent: 1,
  scheduled: 1,
  warnings: [],
  nextDue: '2026-11-30T22:00:00.000Z',
  ...overrides,
});

describe('the plan’s year', () => {
  const now = new Date('2026-12-31T22:30:00.000Z');

  it('is the one in the address, or this year in Helsinki', () => {
    expect(helsinkiYear(now)).toBe(2027);
    expect(planYearFrom(new URLSearchParams('year=2025'), now)).toBe(2025);
    expect(planYearFrom(new URLSearchParams(''), now)).toBe(2027);
  });

  it('is not asked for when the API would refuse it', () => {
    expect(planYearFrom(new URLSearchParams('year=1999'), now)).toBe(2027);
    expect(planYearFrom(new URLSearchParams('year=2101'), now)).toBe(2027);
    expect(planYearFrom(new URLSearchParams('year=20x6'), now)).toBe(2027);
  });
});

describe('days', () => {
  it('are the days in Helsinki', () => {
    expect(helsinkiDay('2026-11-30T22:00:00.000Z')).toBe('2026-12-01');
    expect(formatDay('2026-11-30T22:00:00.000Z', 'en')).toBe('1 Dec 2026');
    expect(formatDay('2026-11-30T22:00:00.000Z', 'fi')).toBe('1.12.2026');
  });
});

describe('the plan summary', () => {
  it('counts the year’s issues against the policy', () => {
    expect(planSummaryText(t, 'en-GB', plan())).toBe('2 of at least 2, at most 4');
    expect(planSummaryText(t, 'en-GB', plan({ policy: { minPerYear: 0, maxPerYear: 6 } }))).toBe('2 of at most 6');
    expect(planSummaryText(createTranslator(fi), 'fi-FI', plan())).toBe('Uutiskirjeitä 2; tavoite vähintään 2, enintään 4');
    expect(planBreakdownText(t, 'en-GB', plan())).toBe('Sent 1, scheduled 1.');
  });

  it('says whether the year keeps to the policy', () => {
    expect(planStanding(plan())).toBe('within');
    expect(planStanding(plan({ sent: 0, scheduled: 0 }))).toBe('below');
    expect(planStanding(plan({ sent: 3, scheduled: 2 }))).toBe('above');
    expect(planStandingText(t, 'en-GB', plan({ sent: 1, scheduled: 0 }))).toBe('1 more is needed this year to reach the least.');
    expect(planStandingText(t, 'en-GB', plan({ sent: 0, scheduled: 0 }))).toBe('2 more are needed this year to reach the least.');
    expect(planStandingText(t, 'en-GB', plan())).toBe('The year keeps to the policy.');
    expect(planStandingText(t, 'en-GB', plan({ sent: 5 }))).toBe('The year has more newsletters than the policy allows.');
  });

  it('says when the next is due', () => {
    expect(nextDueText(t, 'en', plan())).toBe('The next newsletter is due by 1 Dec 2026.');
    expect(nextDueText(t, 'en', plan({ nextDue: null }))).toBe('Nothing has been sent or scheduled yet, so the next one has no due date.');
  });

  it('words each cadence warning with its days', () => {
    const policy = plan().policy;
    expect(
      cadenceWarningText(t, 'en', 'en-GB', { code: 'too_many', from: '2026-01-31T22:00:00.000Z', to: '2027-01-31T22:00:00.000Z', count: 5 }, policy),
    ).toBe('5 newsletters in the twelve months 1 Feb 2026–1 Feb 2027: the policy allows at most 4 a year.');
    expect(
      cadenceWarningText(t, 'en', 'en-GB', { code: 'gap_too_long', from: '2026-02-01T08:00:00.000Z', to: '2026-09-20T08:00:00.000Z', count: 231 }, policy),
    ).toBe('231 days without a newsletter from 1 Feb 2026 to 20 Sept 2026: a longer gap than the policy allows.');
  });
});
