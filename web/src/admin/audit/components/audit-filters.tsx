import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { auditActions } from '@alumni/shared';
import { DateRangeFields } from '../../../components/date-range-fields';
import { FilterSelect } from '../../../components/filter-select';
import { TextField } from '../../../components/text-field';
import { useDateRange } from '../../../components/use-date-range';
import { auditActionLabels } from '../action-labels';
import { auditObjectTypes } from '../object-types';

/** What the person typed: part of an actor's address, an action name and calendar days (YYYY-MM-DD), kept in the page's URL. */
export interface AuditFilterValues {
  actor: string;
  action: string;
  objectType: string;
  objectId: string;
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
  const [objectType, setObjectType] = useState<string>(values.objectType);
  const [objectId, setObjectId] = useState<string>(values.objectId);
  const range = useDateRange(values);
  const hasFilters = Object.values(values).some((v) => v !== '');

  return (
    <form
      className="filters"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (range.validate()) onApply({ actor: actor.trim(), action: action.trim(), objectType, objectId: objectId.trim(), from: range.from, to: range.to });
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
      <FilterSelect
        id="audit-action"
        name="action"
        label={t('audit.action')}
        value={action}
        onChange={setAction}
        anyLabel={t('audit.anyAction')}
        options={auditActions.map((a) => ({ value: a, label: t(auditActionLabels[a]) }))}
      />
      <FilterSelect
        id="audit-object-type"
        name="objectType"
        label={t('audit.objectType')}
        value={objectType}
        onChange={setObjectType}
        anyLabel={t('audit.anyObject')}
        options={auditObjectTypes.map(([value, label]) => ({ value, label: t(label) }))}
      />
      <TextField
        id="audit-object-id"
        name="objectId"
        label={t('audit.objectId')}
        hint={t('audit.objectIdHint')}
        value={objectId}
        onChange={setObjectId}
        maxLength={100}
      />
      <DateRangeFields
        range={range}
        from={{ id: 'audit-from', name: 'from', label: t('audit.from') }}
        to={{ id: 'audit-to', name: 'to', label: t('audit.to') }}
        backwardsText={t('audit.rangeInvalid')}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('audit.apply')}
        </Button>
        {hasFilters ? (
          <Button variant="quiet" onClick={() => onApply({ actor: '', action: '', objectType: '', objectId: '', from: '', to: '' })}>
            {t('audit.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
