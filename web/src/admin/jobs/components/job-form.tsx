import { useState } from 'react';
import { jobStatuses, jobTypes, languages, type AdminJob, type JobStatus, type JobType, type Language } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateJob } from '../api/create-job';
import { useUpdateJob } from '../api/update-job';
import { helsinkiToday, jobBody, jobFieldErrors, jobFormValues, jobLimits, newJobValues, type JobFormValues, type JobTextField } from '../job-form';

export interface JobFormProps {
  /** The posting being edited; a new one when absent. */
  job?: AdminJob;
  onSaved: (job: AdminJob) => void;
  onCancel: () => void;
}

const fieldId = (field: string) => `job-${field.replace('.', '-')}`;

/** A posting's title and Markdown description per language, its details and whether members see it. */
export function JobForm({ job, onSaved, onCancel }: JobFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<JobFormValues>(() => (job ? jobFormValues(job) : newJobValues(helsinkiToday())));
  const create = useCreateJob();
  const update = useUpdateJob();
  const mutation = job ? update : create;
  const fieldErrors = jobFieldErrors(mutation.error, t);

  const setText = (field: JobTextField, l: Language) => (value: string) =>
    setValues((current) => ({ ...current, [field]: { ...current[field], [l]: value } }));
  const set =
    <K extends keyof JobFormValues>(field: K) =>
    (value: JobFormValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  const summaryFields: SummaryField[] = [
    ...languages.flatMap((l) => [
      { name: `title.${l}`, id: fieldId(`title.${l}`), label: t(`adminJobs.form.title.${l}`) },
      { name: `description.${l}`, id: fieldId(`description.${l}`), label: t(`adminJobs.form.description.${l}`) },
    ]),
    { name: 'department', id: fieldId('department'), label: t('adminJobs.form.department') },
    { name: 'location', id: fieldId('location'), label: t('adminJobs.form.location') },
    { name: 'type', id: fieldId('type'), label: t('adminJobs.form.type') },
    { name: 'opensOn', id: fieldId('opensOn'), label: t('adminJobs.form.opensOn') },
    { name: 'closesOn', id: fieldId('closesOn'), label: t('adminJobs.form.closesOn') },
    { name: 'applyUrl', id: fieldId('applyUrl'), label: t('adminJobs.form.applyUrl') },
    { name: 'status', id: `job-status-${jobStatuses[0]}`, label: t('adminJobs.form.status') },
  ];

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (mutation.isPending) return;
        const body = jobBody(values);
        if (job) update.mutate({ id: job.id, body }, { onSuccess: onSaved });
        else create.mutate(body, { onSuccess: onSaved });
      }}
    >
      <ErrorSummary error={mutation.error} fields={summaryFields} messages={fieldErrors} />
      <p className="muted">{t('adminJobs.form.textsHint')}</p>
      {languages.map((l) => (
        <fieldset key={l} className="form-group">
          <legend>{t(`adminJobs.form.legend.${l}`)}</legend>
          <TextField
            id={fieldId(`title.${l}`)}
            name={`title.${l}`}
            label={t(`adminJobs.form.title.${l}`)}
            value={values.title[l]}
            onChange={setText('title', l)}
            error={fieldErrors[`title.${l}`]}
            maxLength={jobLimits.title}
          />
          <TextAreaField
            id={fieldId(`description.${l}`)}
            name={`description.${l}`}
            label={t(`adminJobs.form.description.${l}`)}
            hint={t('adminJobs.form.markdownHint')}
            value={values.description[l]}
            onChange={setText('description', l)}
            error={fieldErrors[`description.${l}`]}
            maxLength={jobLimits.description}
            rows={8}
            counter
          />
        </fieldset>
      ))}
      <fieldset className="form-group">
        <legend>{t('adminJobs.form.detailsLegend')}</legend>
        <TextField
          id={fieldId('department')}
          name="department"
          label={t('adminJobs.form.department')}
          value={values.department}
          onChange={set('department')}
          error={fieldErrors.department}
          maxLength={jobLimits.department}
          required
        />
        <TextField
          id={fieldId('location')}
          name="location"
          label={t('adminJobs.form.location')}
          value={values.location}
          onChange={set('location')}
          error={fieldErrors.location}
          maxLength={jobLimits.location}
          required
        />
        <CheckboxField id={fieldId('remote')} name="remote" label={t('adminJobs.form.remote')} checked={values.remote} onChange={set('remote')} />
        <SelectField<JobType>
          id={fieldId('type')}
          name="type"
          label={t('adminJobs.form.type')}
          value={values.type}
          onChange={set('type')}
          error={fieldErrors.type}
          options={jobTypes.map((type) => ({ value: type, label: t(`adminJobs.type.${type}`) }))}
        />
        <TextField
          id={fieldId('opensOn')}
          name="opensOn"
          type="date"
          label={t('adminJobs.form.opensOn')}
          value={values.opensOn}
          onChange={set('opensOn')}
          error={fieldErrors.opensOn}
          required
        />
        <TextField
          id={fieldId('closesOn')}
          name="closesOn"
          type="date"
          label={t('adminJobs.form.closesOn')}
          hint={t('adminJobs.form.closesOnHint')}
          value={values.closesOn}
          onChange={set('closesOn')}
          error={fieldErrors.closesOn}
          min={values.opensOn}
        />
        <TextField
          id={fieldId('applyUrl')}
          name="applyUrl"
          type="url"
          inputMode="url"
          label={t('adminJobs.form.applyUrl')}
          hint={t('adminJobs.form.applyUrlHint')}
          value={values.applyUrl}
          onChange={set('applyUrl')}
          error={fieldErrors.applyUrl}
          maxLength={jobLimits.applyUrl}
        />
      </fieldset>
      <RadioGroup<JobStatus>
        name="job-status"
        legend={t('adminJobs.form.status')}
        value={values.status}
        onChange={set('status')}
        options={jobStatuses.map((status) => ({ value: status, label: t(`adminJobs.status.${status}`) }))}
      />
      {fieldErrors.status ? <p className="field__error">{fieldErrors.status}</p> : null}
      <div className="form-actions">
        <Button type="submit" busy={mutation.isPending}>
          {t('adminJobs.form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
