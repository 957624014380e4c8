import { useState } from 'react';
import { eventStatuses, type EventStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { FilterSelect } from '../../../components/filter-select';
import { SelectField } from '../../../components/select-field';
import { eventWhens, type EventListFilters, type EventWhen } from '../event-filters';

export interface EventFiltersFormProps {
  filters: EventListFilters;
  onApply: (filters: EventListFilters) => void;
}

export function EventFiltersForm({ filters, onApply }: EventFiltersFormProps) {
  const { t } = useI18n();
  const [when, setWhen] = useState<EventWhen>(filters.when);
  const [status, setStatus] = useState<EventStatus | ''>(filters.status ?? '');

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminEvents.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ when, status: status || undefined });
      }}
    >
      <SelectField<EventWhen>
        id="events-filter-when"
        name="when"
        label={t('adminEvents.filterWhen')}
        value={when}
        onChange={setWhen}
        options={eventWhens.map((value) => ({ value, label: t(`adminEvents.when.${value}`) }))}
      />
      <FilterSelect<EventStatus>
        id="events-filter-status"
        name="status"
        label={t('adminEvents.filterStatus')}
        value={status}
        onChange={setStatus}
        anyLabel={t('adminEvents.anyStatus')}
        options={eventStatuses.map((value) => ({ value, label: t(`adminEvents.status.${value}`) }))}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('adminEvents.apply')}
        </Button>
      </div>
    </form>
  );
}
