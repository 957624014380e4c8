import { memberTypes, type Claim, type ClaimBody, type MemberType } from '@alumni/shared';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { EmploymentPeriodFields } from '../../../components/employment-period-fields';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { useSubmitClaim } from '../api/submit-claim';
import { currentMonth } from '../periods';
import { TextAreaField } from '../../../components/text-area-field';

const ids = {
  memberType: 'claim-member-type',
  department: 'claim-department',
  title: 'claim-title',
  startMonth: 'claim-start-month',
  endMonth: 'claim-end-month',
  employeeNumber: 'claim-employee-number',
  note: 'claim-note',
} as const;

type PeriodField = 'department' | 'title' | 'startMonth' | 'endMonth';

export interface ClaimFormProps {
  /** A rejected claim, offered again so only what was wrong needs changing. */
  previous?: Claim | null;
  onSubmitted: () => void;
}

/** Employment as the person remembers it; HR's records are matched against it. */
export function ClaimForm({ previous, onSubmitted }: ClaimFormProps) {
  const { t } = useI18n();
  const submit = useSubmitClaim();
  const fieldErrors = useFieldErrors(submit.error);
  const [memberType, setMemberType] = useState<MemberType>(previous?.memberType ?? 'former_employee');
  const { values, setter } = useFormState({
    department: previous?.department ?? '',
    title: previous?.title ?? '',
    startMonth: previous?.startMonth ?? '',
    endMonth: previous?.endMonth ?? '',
    employeeNumber: previous?.employeeNumber ?? '',
    note: '',
  });

  const periodInput = (name: PeriodField) => ({ id: ids[name], name, value: values[name], onChange: setter(name), error: fieldErrors[name] });

  const body = (): ClaimBody => ({
    memberType,
    department: values.department,
    title: values.title,
    startMonth: values.startMonth,
    endMonth: values.endMonth,
    employeeNumber: values.employeeNumber.trim() || undefined,
    note: values.note.trim() || undefined,
  });

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="claim-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!submit.isPending) submit.mutate(body(), { onSuccess: onSubmitted });
      }}
    >
      <h2 id="claim-form-title">{t('membership.claimTitle')}</h2>
      <p>{t('membership.claimIntro')}</p>
      <ErrorSummary
        error={submit.error}
        fields={[
          { name: 'memberType', id: ids.memberType, label: t('membership.memberType') },
          { name: 'department', id: ids.department, label: t('membership.department') },
          { name: 'title', id: ids.title, label: t('membership.jobTitle') },
          { name: 'startMonth', id: ids.startMonth, label: t('membership.startMonth') },
          { name: 'endMonth', id: ids.endMonth, label: t('membership.endMonth') },
          { name: 'employeeNumber', id: ids.employeeNumber, label: t('membership.employeeNumber') },
          { name: 'note', id: ids.note, label: t('membership.note') },
        ]}
      />
      <SelectField<MemberType>
        id={ids.memberType}
        name="memberType"
        label={t('membership.memberType')}
        value={memberType}
        onChange={setMemberType}
        error={fieldErrors.memberType}
        options={memberTypes.map((value) => ({ value, label: t(`memberTypes.${value}`) }))}
      />
      <EmploymentPeriodFields
        department={{ ...periodInput('department'), autoComplete: 'off' }}
        title={{ ...periodInput('title'), autoComplete: 'organization-title' }}
        start={periodInput('startMonth')}
        end={{ ...periodInput('endMonth'), label: t('membership.endMonth'), hint: t('membership.endMonthHint'), required: true }}
        latestMonth={currentMonth()}
      />
      <TextField
        id={ids.employeeNumber}
        name="employeeNumber"
        label={t('membership.employeeNumberOptional')}
        hint={t('membership.employeeNumberHint')}
        value={values.employeeNumber}
        onChange={setter('employeeNumber')}
        error={fieldErrors.employeeNumber}
        maxLength={40}
        autoComplete="off"
      />
      <TextAreaField
        id={ids.note}
        name="note"
        label={t('membership.noteOptional')}
        hint={t('membership.noteHint')}
        value={values.note}
        onChange={setter('note')}
        error={fieldErrors.note}
        maxLength={1000}
        counter
      />
      <Button type="submit" busy={submit.isPending}>
        {t('membership.claimSubmit')}
      </Button>
    </form>
  );
}
