import { useState } from 'react';
import type { EmploymentPeriod, EmploymentPeriodBody } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { EmploymentPeriodFields } from '../../../components/employment-period-fields';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { EmploymentList } from '../../membership/components/employment-list';
import { currentMonth, monthEnd, monthStart } from '../../membership/periods';
import { useAddEmploymentPeriod } from '../api/add-employment-period';
import { useDeleteEmploymentPeriod } from '../api/delete-employment-period';

const ids = {
  department: 'period-department',
  title: 'period-title',
  startDate: 'period-start',
  endDate: 'period-end',
} as const;

const empty = { department: '', title: '', startDate: '', endDate: '' };

/** Months as typed become the first day of the start month and the last day of the end month. */
const periodBody = (values: typeof empty): EmploymentPeriodBody => ({
  department: values.department,
  title: values.title,
  startDate: monthStart(values.startDate) ?? values.startDate,
  endDate: values.endDate.trim() === '' ? null : (monthEnd(values.endDate) ?? values.endDate),
});

function AddPeriodForm() {
  const { t } = useI18n();
  const add = useAddEmploymentPeriod();
  const fieldErrors = useFieldErrors(add.error);
  const { values, setter, setValues } = useFormState(empty);
  const periodInput = (name: keyof typeof empty) => ({ id: ids[name], name, value: values[name], onChange: setter(name), error: fieldErrors[name] });

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="period-add-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!add.isPending) add.mutate(periodBody(values), { onSuccess: () => setValues(empty) });
      }}
    >
      <h3 id="period-add-title">{t('profile.addPeriodTitle')}</h3>
      <p className="muted">{t('profile.addPeriodText')}</p>
      <ErrorSummary
        error={add.error}
        fields={[
          { name: 'department', id: ids.department, label: t('membership.department') },
          { name: 'title', id: ids.title, label: t('membership.jobTitle') },
          { name: 'startDate', id: ids.startDate, label: t('membership.startMonth') },
          { name: 'endDate', id: ids.endDate, label: t('profile.endMonthOptional') },
        ]}
      />
      <EmploymentPeriodFields
        department={periodInput('department')}
        title={periodInput('title')}
        start={periodInput('startDate')}
        end={{ ...periodInput('endDate'), label: t('profile.endMonthOptional'), hint: t('profile.endMonthOptionalHint'), required: false }}
        latestMonth={currentMonth()}
      />
      {add.isSuccess ? <Notice>{t('profile.periodAdded')}</Notice> : null}
      <Button type="submit" variant="secondary" busy={add.isPending}>
        {t('profile.addPeriod')}
      </Button>
    </form>
  );
}

export function EmploymentSection({ periods }: { periods: readonly EmploymentPeriod[] }) {
  const { t } = useI18n();
  const remove = useDeleteEmploymentPeriod();
  const [removed, setRemoved] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby="profile-employment-title">
      <h2 id="profile-employment-title" tabIndex={-1}>{t('profile.employmentTitle')}</h2>
      <p>{t('profile.employmentText')}</p>
      {periods.length > 0 ? (
        <EmploymentList
          periods={periods}
          actions={(period) =>
            period.verified ? null : (
              <Button
                variant="quiet"
                busy={remove.isPending && remove.variables === period.id}
                onClick={() =>
                  remove.mutate(period.id, {
                    onSuccess: () => {
                      setRemoved(`${period.title}, ${period.department}`);
                      // The button pressed is gone with its row: continue from the section's heading.
                      document.getElementById('profile-employment-title')?.focus();
                    },
                  })
                }
              >
                {t('profile.removePeriod')}
                <span className="visually-hidden">
                  {' '}
                  {period.title}, {period.department}
                </span>
              </Button>
            )
          }
        />
      ) : (
        <p className="empty">{t('profile.noPeriods')}</p>
      )}
      {remove.isError ? <Notice tone="error">{describeError(remove.error, t)}</Notice> : null}
      <p className="visually-hidden" role="status">
        {removed ? t('profile.periodRemoved', { period: removed }) : ''}
      </p>
      <AddPeriodForm />
    </section>
  );
}
