import { useI18n } from '../i18n/i18n-provider';
import { formatCalendarDate } from '../i18n/dates';

/** The title with the department under it, as HR's record lists show a job. */
export function JobCell({ title, department }: { title: string; department: string }) {
  return (
    <td>
      {title}
      <span className="cell-sub">{department}</span>
    </td>
  );
}

/** From the first day to the last, broken after the dash so the column stays narrow; no end is "ongoing". */
export function DatesCell({ startDate, endDate }: { startDate: string; endDate: string | null }) {
  const { t, language } = useI18n();
  return (
    <td className="cell-nowrap">
      {formatCalendarDate(startDate, language)} –
      <br />
      {endDate ? formatCalendarDate(endDate, language) : t('adminRecords.ongoing')}
    </td>
  );
}
