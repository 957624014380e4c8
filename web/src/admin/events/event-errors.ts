import type { ErrorDetail } from '@alumni/shared';
import { ApiError, fieldName } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';

const timeFields = new Set(['start', 'end', 'rsvpDeadline']);
const choiceFields = new Set(['kind', 'maxGuests', 'reminderHours', 'segmentId']);

const isEmpty = (detail: ErrorDetail): boolean => detail.code === 'required';

/** What is wrong with one field of the event, in words that say how to fix it. */
function describeEventField(name: string, detail: ErrorDetail, error: ApiError, seatsTaken: number, t: Translate): string {
  // The schema's cross-field rules arrive as `custom`, or as `required` when the client's own check finds the field empty.
  const ruleOrEmpty = detail.code === 'custom' || isEmpty(detail);
  if (name.startsWith('title.')) {
    if (ruleOrEmpty) return t('adminEvents.error.titleRequired');
    if (detail.code === 'too_big') return t('validation.tooLong');
  }
  if (name === 'capacity') {
    return error.code === 'rule_broken' ? t('adminEvents.error.capacityBelowTaken', { taken: seatsTaken }) : t('adminEvents.error.capacity');
  }
  if (timeFields.has(name)) {
    if (isEmpty(detail)) return t('validation.required');
    if (name === 'end' && detail.code === 'custom') return t('adminEvents.error.endBeforeStart');
    if (name === 'rsvpDeadline' && detail.code === 'custom') return t('adminEvents.error.deadlineAfterStart');
    // The server names a wall time the clocks skip (the night summer time starts) in its message.
    if (/does not exist/i.test(detail.message)) return t('adminEvents.error.timeSkipped');
    return t('adminEvents.error.time');
  }
  if (name === 'placeName' && ruleOrEmpty) return t('adminEvents.error.placeRequired');
  if (name === 'onlineUrl' && detail.code !== 'too_big') return t('adminEvents.error.onlineUrl');
  if (name === 'timeZone') return t('adminEvents.error.timeZone');
  if (choiceFields.has(name)) return t('adminEvents.error.choice');
  return describeFieldError(detail, t);
}

/**
 * The event form's message per field, from a failed save (the shared schema's check before sending,
 * or the server's answer). `seatsTaken` words the refusal of a capacity below the seats already held.
 */
export function eventFieldErrors(error: unknown, t: Translate, seatsTaken = 0): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = fieldName(detail.path);
    if (name === '' || name in result) continue;
    result[name] = describeEventField(name, detail, error, seatsTaken, t);
  }
  return result;
}

/** The refusal the form makes itself, shaped like the server's, when the capacity is below the seats taken. */
export const capacityError = (): ApiError =>
  new ApiError({
    status: 422,
    code: 'rule_broken',
    message: 'The capacity is below the seats already taken',
    details: [{ path: 'capacity', message: 'Below the seats already taken' }],
  });
