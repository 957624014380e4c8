import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';

/** The day applications close, or that the job stays open until filled. */
export function ClosingDate({ closesOn }: { closesOn: string | null }) {
  const { t, language } = useI18n();
  return closesOn ? <time dateTime={closesOn}>{formatCalendarDate(closesOn, language)}</time> : <>{t('jobBoard.noClosingDate')}</>;
}
