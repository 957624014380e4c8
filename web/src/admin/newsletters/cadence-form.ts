import type { CadencePolicy } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import type { Translate } from '../../i18n/translate';

/** The bounds the shared schema puts on the policy: up to one a week. */
export const mostPerYear = 52;
export const leastChoices: readonly number[] = Array.from({ length: mostPerYear + 1 }, (_, i) => i);
export const mostChoices: readonly number[] = Array.from({ length: mostPerYear }, (_, i) => i + 1);

/** The policy as its two choices hold it. */
export interface CadenceValues {
  minPerYear: string;
  maxPerYear: string;
}

export const cadenceValues = (policy: CadencePolicy): CadenceValues => ({ minPerYear: String(policy.minPerYear), maxPerYear: String(policy.maxPerYear) });

export const cadenceBody = (values: CadenceValues): CadencePolicy => ({ minPerYear: Number(values.minPerYear), maxPerYear: Number(values.maxPerYear) });

/** Said on the "at most" choice before asking the server: the most cannot be below the least. */
export const mostBelowLeast = (values: CadenceValues): boolean => Number(values.maxPerYear) < Number(values.minPerYear);

/** The policy form's message per field from a refused save. */
export function cadenceFieldErrors(error: unknown, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    if (detail.path === 'maxPerYear') result.maxPerYear ??= detail.code === 'custom' ? t('adminNewsletters.cadence.error.mostBelowLeast') : t('adminNewsletters.error.choice');
    if (detail.path === 'minPerYear') result.minPerYear ??= t('adminNewsletters.error.choice');
  }
  return result;
}
