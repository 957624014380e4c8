import type { HTMLInputAutoCompleteAttribute } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { TextField } from './text-field';

/** No one joining the alumni community started at the company before this. */
const earliestMonth = '1940-01';

export interface PeriodInput {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  autoComplete?: HTMLInputAutoCompleteAttribute;
}

export interface EmploymentPeriodFieldsProps {
  department: PeriodInput;
  title: PeriodInput;
  start: PeriodInput;
  /** Whether an end is asked for, and how it is labelled, is up to the form. */
  end: PeriodInput & { label: string; hint: string; required: boolean };
  /** The latest month a period may start or end in (YYYY-MM): this month. */
  latestMonth: string;
}

/** A period of employment as a person remembers it: where, as what, and from which month to which. */
export function EmploymentPeriodFields({ department, title, start, end, latestMonth }: EmploymentPeriodFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-row">
        <TextField {...department} label={t('membership.department')} required maxLength={120} />
        <TextField {...title} label={t('membership.jobTitle')} required maxLength={120} />
      </div>
      <div className="form-row">
        <TextField
          {...start}
          type="month"
          label={t('membership.startMonth')}
          hint={t('membership.monthHint')}
          required
          min={earliestMonth}
          max={latestMonth}
        />
        <TextField {...end} type="month" min={earliestMonth} max={latestMonth} />
      </div>
    </>
  );
}
