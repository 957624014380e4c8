import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { auditActions } from '@alumni/shared';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { auditActionLabels } from '../action-labels';

/** What the person typed: part of an actor's address, an action name and calendar days (YYYY-MM-DD), kept in the page's URL. */
export interface AuditFilterValues {
  actor: string;
  action: string;
  from: string;
  to: string;
}

export interface AuditFiltersFormProps {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFiltersForm({ values, onApply }: AuditFiltersFormProps) {
  const { t } = useI18n();
  const [actor, setActor] = useState(values.actor);
  const [action, setAction] = useState<string>(values.action);
  const [from, setFrom] = useState(values.from);
  const [to, setTo] = useState(values.to);
  const [rangeError, setRangeError] = useState(false);
  const hasFilters = values.actor !== '' || values.action !== '' || values.from !== '' || values.to !== '';

  return (
    <form
      className="filters"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = from !== '' && to !== '' && from > to;
        setRangeError(invalid);
        if (!invalid) onApply({ actor: actor.trim(), action: action.trim(), from, to });
      }}
    >
      <TextField
        id="audit-actor"
        name="actor"
        label={t('audit.actor')}
        hint={t('audit.actorHint')}
        value={actor}
        onChange={setActor}
        maxLength={254}
      />
      <SelectField
        id="audit-action"
        name="action"
        label={t('audit.action')}
        value={action}
        onChange={setAction}
        options={[{ value: '', label: t('audit.anyAction') }, ...auditActions.map((a) => ({ value: a, label: t(auditActionLabels[a]) }))]}
      />
      <TextField id="audit-from" name="from" type="date" label={t('audit.from')} value={from} onChange={setFrom} />
      <TextField
        id="audit-to"
        name="to"
        type="date"
        label={t('audit.to')}
        value={to}
        onChange={setTo}
        error={rangeError ? t('audit.rangeInvalid') : undefined}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('audit.apply')}
        </Button>
        {hasFilters ? (
          <Button variant="quiet" onClick={() => onApply({ actor: '', action: '', from: '', to: '' })}>
            {t('audit.clear')}
          </Button>
        ) : null}
      </div>
      {rangeError ? (
        <p className="visually-hidden" role="alert">
          {t('audit.rangeInvalid')}
        </p>
      ) : null}
    </form>
  );
}
