import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeFieldErrors } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useFormState } from '../../../components/use-form-state';
import { useReferCandidate } from '../api/refer-candidate';
import { referralConflict } from '../job-errors';
import { interestErrors } from './interest-section';

const empty = { name: '', email: '', relation: '', note: '' };
const ids = { name: 'job-refer-name', email: 'job-refer-email', relation: 'job-refer-relation', note: 'job-refer-note' } as const;

/** Naming someone else for the job: who they are and how the member knows them. */
export function ReferralSection({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const refer = useReferCandidate(jobId);
  const { values, setter, setValues } = useFormState(empty);
  const [said, setSaid] = useState('');

  // An address already in the community, or already referred, is the email field's problem, said plainly.
  const conflict = referralConflict(refer.error);
  const fieldErrors: Readonly<Record<string, string>> =
    conflict === 'alreadyMember'
      ? { email: t('jobBoard.referAlreadyMember') }
      : conflict === 'alreadyReferred'
        ? { email: t('jobBoard.referAlreadyReferred') }
        : describeFieldErrors(refer.error, t);

  const change = (key: keyof typeof empty) => (value: string) => {
    refer.reset();
    setSaid('');
    setter(key)(value);
  };

  return (
    <section className="panel" aria-labelledby="job-refer-title">
      <h2 id="job-refer-title">{t('jobBoard.referTitle')}</h2>
      <p>{t('jobBoard.referIntro')}</p>
      <div className="live-region" role="status">
        {said}
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (refer.isPending) return;
          setSaid('');
          refer.mutate(values, {
            onSuccess: (referral) => {
              setValues(empty);
              setSaid(t('jobBoard.referred', { name: referral.name }));
            },
          });
        }}
      >
        <ErrorSummary
          error={refer.error}
          overrides={interestErrors}
          messages={fieldErrors}
          fields={[
            { name: 'name', id: ids.name, label: t('jobBoard.referName') },
            { name: 'email', id: ids.email, label: t('jobBoard.referEmail') },
            { name: 'relation', id: ids.relation, label: t('jobBoard.referRelation') },
            { name: 'note', id: ids.note, label: t('jobBoard.referNote') },
          ]}
        />
        <TextField
          id={ids.name}
          name="name"
          label={t('jobBoard.referName')}
          value={values.name}
          onChange={change('name')}
          error={fieldErrors.name}
          autoComplete="off"
          maxLength={160}
          required
        />
        <TextField
          id={ids.email}
          name="email"
          type="email"
          label={t('jobBoard.referEmail')}
          value={values.email}
          onChange={change('email')}
          error={fieldErrors.email}
          autoComplete="off"
          maxLength={254}
          required
        />
        <TextField
          id={ids.relation}
          name="relation"
          label={t('jobBoard.referRelation')}
          hint={t('jobBoard.referRelationHint')}
          value={values.relation}
          onChange={change('relation')}
          error={fieldErrors.relation}
          maxLength={160}
          required
        />
        <TextAreaField
          id={ids.note}
          name="note"
          label={t('jobBoard.referNote')}
          value={values.note}
          onChange={change('note')}
          error={fieldErrors.note}
          maxLength={2000}
          counter
        />
        <Button type="submit" busy={refer.isPending}>
          {t('jobBoard.referSubmit')}
        </Button>
      </form>
    </section>
  );
}
