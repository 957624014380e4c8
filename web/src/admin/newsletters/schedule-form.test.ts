import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZScheduleBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { cadenceRefusalText, newScheduleValues, scheduleBody, scheduleProblems, wallClock } from './schedule-form';

const t = createTranslator(en);

const refused = (details: { path: string; message: string; code?: string }[], code = 'rule_broken', status = 422) =>
  new ApiError({ status, code, message: 'Refused', details });

afterEach(() => {
  vi.useRealTimers();
});

describe('the wall clock', () => {
  it('shows an instant as the zone’s clocks do, summer time included', () => {
    expect(wallClock('2026-06-15T06:30:00.000Z', 'Europe/Helsinki')).toBe('2026-06-15T09:30');
    expect(wallClock('2026-01-15T06:30:00.000Z', 'Europe/Helsinki')).toBe('2026-01-15T08:30');
    expect(wallClock('2026-01-15T23:30:00.000Z', 'Europe/Stockholm')).toBe('2026-01-16T00:30');
    expect(wallClock('not a time', 'Europe/Helsinki')).toBe('');
  });
});

describe('the sending form', () => {
  it('starts at a set time in the newsletter’s zone, with no time yet', () => {
    expect(newScheduleValues({ scheduledAt: null, timeZone: 'Europe/Helsinki' })).toEqual({ mode: 'later', at: '', timeZone: 'Europe/Helsinki', acceptWarnings: false });
    expect(newScheduleValues({ scheduledAt: null, timeZone: 'Nowhere/Atlantis' }).timeZone).toBe('Europe/Helsinki');
  });

  it('offers again a time a cancelled schedule had, while it is still ahead', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') });
    expect(newScheduleValues({ scheduledAt: '2026-04-01T06:00:00.000Z', timeZone: 'Europe/Helsinki' }).at).toBe('2026-04-01T09:00');
    expect(newScheduleValues({ scheduledAt: '2026-02-01T06:00:00.000Z', timeZone: 'Europe/Helsinki' }).at).toBe('');
  });

  it('sends "now" as no time, and passes on "send anyway"', () => {
    const later = { mode: 'later', at: '2026-04-01T09:00', timeZone: 'Europe/Helsinki', acceptWarnings: false } as const;
    expect(scheduleBody(later)).toEqual({ at: '2026-04-01T09:00', timeZone: 'Europe/Helsinki', acceptCadenceWarnings: false });
    expect(scheduleBody({ ...later, mode: 'now', acceptWarnings: true })).toEqual({ at: null, timeZone: 'Europe/Helsinki', acceptCadenceWarnings: true });
  });
});

describe('a refused sending', () => {
  it('lists the cadence rules it would break, each once', () => {
    const error = refused([
      { path: 'at', code: 'too_many', message: '5 in twelve months' },
      { path: 'at', code: 'gap_too_long', message: 'A gap of 200 days' },
      { path: 'at', code: 'too_many', message: '5 in twelve months' },
    ]);
    expect(scheduleProblems(error, t)).toEqual({ fields: {}, cadence: ['too_many', 'gap_too_long'], message: null });
    expect(cadenceRefusalText(t, 'too_many')).toBe('There would be more newsletters in twelve months than the policy allows.');
  });

  it('says a time in the past on the time field', () => {
    expect(scheduleProblems(refused([{ path: 'at', message: 'The time has passed' }]), t)).toEqual({
      fields: { at: 'That time has passed. Choose a time in the future.' },
      cadence: [],
      message: null,
    });
  });

  it('explains an audience no one in which would get the mail', () => {
    expect(scheduleProblems(refused([{ path: 'segmentId', code: 'empty_audience', message: 'Nobody' }]), t).message).toBe(
      'No one would get this newsletter: no member of the audience can be mailed it. Choose another audience, save, and try again.',
    );
  });

  it('asks for a time the client’s own check finds missing or malformed', () => {
    const missing = (() => {
      try {
        return validateBody(ZScheduleBody, { at: '', timeZone: 'Europe/Helsinki', acceptCadenceWarnings: false });
      } catch (error) {
        return error;
      }
    })();
    expect(scheduleProblems(missing, t).fields).toEqual({ at: 'Give the date and time to send at.' });
    expect(scheduleProblems(refused([{ path: 'at', message: 'Bad', code: 'invalid_format' }], 'validation_failed', 400), t).fields).toEqual({
      at: 'Give a date and a time.',
    });
  });

  it('says when the newsletter is no longer a draft', () => {
    expect(scheduleProblems(new ApiError({ status: 409, code: 'conflict', message: 'Not a draft' }), t).message).toBe(
      'Only a draft can be sent, and this newsletter is no longer one. Reload the page to see where it stands.',
    );
  });

  it('has nothing to say before anything is refused', () => {
    expect(scheduleProblems(null, t)).toEqual({ fields: {}, cadence: [], message: null });
  });
});
