import { cadenceWarningCodes, defaultTimeZone, isTimeZone, type CadenceWarning, type Newsletter, type ScheduleBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';

export type CadenceCode = CadenceWarning['code'];

/** Send at once, or at a wall-clock time HR picks. */
export const sendModes = ['later', 'now'] as const;
export type SendMode = (typeof sendModes)[number];

export interface ScheduleValues {
  mode: SendMode;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, as a datetime-local field gives it. */
  at: string;
  timeZone: string;
  /** HR has seen the cadence warnings and sends anyway. */
  acceptWarnings: boolean;
}

/** An instant as the wall clock shows it in the zone, in the form a datetime-local field takes. */
export function wallClock(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A draft's sending starts from the time it once had (a cancelled schedule), in its own zone. */
export function newScheduleValues(newsletter: Pick<Newsletter, 'scheduledAt' | 'timeZone'>): ScheduleValues {
  const timeZone = isTimeZone(newsletter.timeZone) ? newsletter.timeZone : defaultTimeZone;
  const at = newsletter.scheduledAt && Date.parse(newsletter.scheduledAt) > Date.now() ? wallClock(newsletter.scheduledAt, timeZone) : '';
  return { mode: 'later', at, timeZone, acceptWarnings: false };
}

export function scheduleBody(values: ScheduleValues): ScheduleBody {
  return { at: values.mode === 'now' ? null : values.at, timeZone: values.timeZone, acceptCadenceWarnings: values.acceptWarnings };
}

const isCadenceCode = (code: string | undefined): code is CadenceCode => (cadenceWarningCodes as readonly (string | undefined)[]).includes(code);

/** What a refused schedule means: field messages, the cadence rules it would break, or one message. */
export interface ScheduleProblems {
  fields: Readonly<Record<string, string>>;
  /** The cadence rules the time would break; HR may tick "send anyway" and try again. */
  cadence: CadenceCode[];
  /** The message for the form as a whole, when the refusal is not about one field. */
  message: string | null;
}

/** Reads a refused schedule: 422 with cadence codes, an empty audience or a past time; 409 when not a draft. */
export function scheduleProblems(error: unknown, t: Translate): ScheduleProblems {
  if (!error) return { fields: {}, cadence: [], message: null };
  if (!(error instanceof ApiError)) return { fields: {}, cadence: [], message: describeError(error, t) };
  const fields: Record<string, string> = {};
  const cadence: CadenceCode[] = [];
  let message: string | null = null;
  for (const detail of error.details) {
    if (isCadenceCode(detail.code)) {
      if (!cadence.includes(detail.code)) cadence.push(detail.code);
    } else if (detail.code === 'empty_audience') {
      message = t('adminNewsletters.schedule.error.emptyAudience');
    } else if (detail.path === 'at') {
      fields.at ??=
        error.code === 'rule_broken'
          ? t('adminNewsletters.schedule.error.past')
          : detail.code === 'required'
            ? t('adminNewsletters.schedule.error.timeRequired')
            : t('adminNewsletters.schedule.error.time');
    } else if (detail.path === 'timeZone') {
      fields.timeZone ??= t('adminNewsletters.schedule.error.timeZone');
    } else if (detail.path.startsWith('blocks.newsIds')) {
      message = t('adminNewsletters.schedule.error.news');
    }
  }
  if (message === null && cadence.length === 0 && Object.keys(fields).length === 0) {
    message = describeError(error, t, { conflict: 'adminNewsletters.schedule.error.notDraft', rule_broken: 'adminNewsletters.schedule.error.ruleBroken' });
  }
  return { fields, cadence, message };
}

/** The server's refusal for a cadence rule, in words: it names no dates, the plan check above does. */
export function cadenceRefusalText(t: Translate, code: CadenceCode): string {
  return code === 'too_many' ? t('adminNewsletters.schedule.refusal.tooMany') : t('adminNewsletters.schedule.refusal.gapTooLong');
}
