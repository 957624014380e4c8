import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { describeFieldErrors } from '../i18n/describe-error';

/** Translated messages for the fields a failed request named, keyed by field name. */
export function useFieldErrors(error: unknown): Readonly<Record<string, string>> {
  const { t } = useI18n();
  return useMemo(() => describeFieldErrors(error, t), [error, t]);
}
