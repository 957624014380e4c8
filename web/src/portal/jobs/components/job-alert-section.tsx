import { useState } from 'react';
import { Link } from 'react-router';
import { alertFrequencies, jobTypes, type AlertFrequency, type BoardFacets, type JobAlert, type JobType } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { RadioGroup } from '../../../components/radio-group';
import { TextField } from '../../../components/text-field';
import { webPaths } from '../../../paths';
import { useJobFacets } from '../api/get-job-facets';
import { useJobAlert, useRemoveJobAlert, useSaveJobAlert } from '../api/job-alert';

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((item) => item !== value);

/** The facet's values, plus any the alert keeps that no open job has now, so they can be seen and cleared. */
const withSaved = (values: readonly string[] | undefined, saved: readonly string[]): string[] => {
  const list = [...(values ?? [])];
  for (const value of saved) if (!list.includes(value)) list.push(value);
  return list;
};

interface ChecklistProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  emptyText: string;
}

function Checklist<V extends string>({ name, legend, options, selected, onChange, emptyText }: ChecklistProps<V>) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      {options.length === 0 ? <p className="muted">{emptyText}</p> : null}
      {options.map((option, index) => (
        <CheckboxField
          key={option.value}
          id={`${name}-${index}`}
          name={name}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(on) => onChange(toggle(selected, option.value, on))}
        />
      ))}
    </fieldset>
  );
}

interface AlertFormProps {
  alert: JobAlert | null;
  facets: BoardFacets | undefined;
  onSaid: (text: string) => void;
  /** Kept by the section, so their outcome is still heard after the form starts afresh with the saved alert. */
  save: ReturnType<typeof useSaveJobAlert>;
  remove: ReturnType<typeof useRemoveJobAlert>;
}

function AlertForm({ alert, facets, onSaid, save, remove }: AlertFormProps) {
  const { t } = useI18n();
  const [types, setTypes] = useState<JobType[]>(alert?.types ?? []);
  const [departments, setDepartments] = useState<string[]>(alert?.departments ?? []);
  const [locations, setLocations] = useState<string[]>(alert?.locations ?? []);
  const [remoteOnly, setRemoteOnly] = useState(alert?.remoteOnly ?? false);
  const [q, setQ] = useState(alert?.q ?? '');
  const [frequency, setFrequency] = useState<AlertFrequency>(alert?.frequency ?? 'weekly');

  const edited = () => {
    save.reset();
    remove.reset();
    onSaid('');
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (save.isPending) return;
        remove.reset();
        onSaid('');
        save.mutate(
          { types, departments, locations, remoteOnly, q: q.trim(), frequency },
          { onSuccess: () => onSaid(t('jobBoard.alertSaved')) },
        );
      }}
    >
      <ErrorSummary error={save.error ?? remove.error} />
      <Checklist
        name="alert-types"
        legend={t('jobBoard.alertTypes')}
        options={jobTypes.map((value) => ({ value, label: t(`jobBoard.type.${value}`) }))}
        selected={types}
        onChange={(next) => {
          edited();
          setTypes(next);
        }}
        emptyText=""
      />
      <Checklist
        name="alert-departments"
        legend={t('jobBoard.alertDepartments')}
        options={withSaved(facets?.departments, departments).map((value) => ({ value, label: value }))}
        selected={departments}
        onChange={(next) => {
          edited();
          setDepartments(next);
        }}
        emptyText={t('jobBoard.alertNoChoices')}
      />
      <Checklist
        name="alert-locations"
        legend={t('jobBoard.alertLocations')}
        options={withSaved(facets?.locations, locations).map((value) => ({ value, label: value }))}
        selected={locations}
        onChange={(next) => {
          edited();
          setLocations(next);
        }}
        emptyText={t('jobBoard.alertNoChoices')}
      />
      <CheckboxField
        id="alert-remote-only"
        label={t('jobBoard.alertRemoteOnly')}
        checked={remoteOnly}
        onChange={(on) => {
          edited();
          setRemoteOnly(on);
        }}
      />
      <TextField
        id="alert-q"
        name="q"
        label={t('jobBoard.alertQuery')}
        hint={t('jobBoard.alertQueryHint')}
        value={q}
        onChange={(value) => {
          edited();
          setQ(value);
        }}
        maxLength={200}
      />
      <RadioGroup<AlertFrequency>
        name="alert-frequency"
        legend={t('jobBoard.alertFrequency')}
        value={frequency}
        options={alertFrequencies.map((value) => ({ value, label: t(`jobBoard.alertFrequency.${value}`) }))}
        onChange={(value) => {
          edited();
          setFrequency(value);
        }}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending}>
          {t('jobBoard.alertSave')}
        </Button>
        {alert ? (
          <Button
            variant="secondary"
            busy={remove.isPending}
            onClick={() => {
              save.reset();
              onSaid('');
              remove.mutate(undefined, { onSuccess: () => onSaid(t('jobBoard.alertRemoved')) });
            }}
          >
            {t('jobBoard.alertRemove')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The member's job alert: what new jobs to hear about, and how often. */
export function JobAlertSection() {
  const { t, formatDateTime } = useI18n();
  const alert = useJobAlert();
  const facets = useJobFacets(true);
  const save = useSaveJobAlert();
  const remove = useRemoveJobAlert();
  const [said, setSaid] = useState('');

  return (
    <section className="panel" aria-labelledby="job-alert-title">
      <h2 id="job-alert-title">{t('jobBoard.alertTitle')}</h2>
      <p>{t('jobBoard.alertIntro')}</p>
      <div className="live-region" role="status">
        {said}
      </div>
      {alert.isPending ? (
        <Loading />
      ) : alert.isError ? (
        <Notice tone="error">{describeError(alert.error, t)}</Notice>
      ) : (
        <>
          {alert.data === null ? (
            <p className="muted">{t('jobBoard.alertNone')}</p>
          ) : (
            <p className="muted">
              {t('jobBoard.alertSavedOn')} <time dateTime={alert.data.updatedAt}>{formatDateTime(alert.data.updatedAt)}</time>
            </p>
          )}
          {alert.data !== null && !alert.data.consent ? (
            <Notice tone="info">
              <p>{t('jobBoard.alertNoConsent')}</p>
              <p>
                <Link to={webPaths.profile}>{t('jobBoard.alertConsentLink')}</Link>
              </p>
            </Notice>
          ) : null}
          <AlertForm
            key={alert.data?.updatedAt ?? 'none'}
            alert={alert.data}
            facets={facets.data}
            onSaid={setSaid}
            save={save}
            remove={remove}
          />
        </>
      )}
    </section>
  );
}
