import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { DateRangeFields } from '../../../components/date-range-fields';
import { TextField } from '../../../components/text-field';
import { useDateRange } from '../../../components/use-date-range';
import { hasRecordFilters, type RecordFilters } from '../record-filters';

export interface RecordFiltersFormProps {
  filters: RecordFilters;
  onApply: (filters: RecordFilters) => void;
}

export function RecordFiltersForm({ filters, onApply }: RecordFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const left = useDateRange({ from: filters.leftFrom ?? '', to: filters.leftTo ?? '' });
  const [notMember, setNotMember] = useState(filters.notMember ?? false);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminRecords.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!left.validate()) return;
        onApply({
          q: q.trim() || undefined,
          department: department.trim() || undefined,
          leftFrom: left.from || undefined,
          leftTo: left.to || undefined,
          notMember: notMember || undefined,
        });
      }}
    >
      <TextField
        id="records-search"
        name="q"
        type="search"
        label={t('adminRecords.search')}
        hint={t('adminRecords.searchHint')}
        value={q}
        onChange={setQ}
        maxLength={100}
      />
      <TextField id="records-department" name="department" label={t('adminRecords.department')} value={department} onChange={setDepartment} maxLength={120} />
      <DateRangeFields
        range={left}
        from={{ id: 'records-left-from', name: 'leftFrom', label: t('adminRecords.leftFrom') }}
        to={{ id: 'records-left-to', name: 'leftTo', label: t('adminRecords.leftTo') }}
        backwardsText={t('adminRecords.rangeInvalid')}
      />
      <div className="checkbox filters__checkbox">
        <input type="checkbox" id="records-not-member" name="notMember" checked={notMember} onChange={(event) => setNotMember(event.target.checked)} />
        <label htmlFor="records-not-member">{t('adminRecords.notMember')}</label>
      </div>
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('adminRecords.apply')}
        </Button>
        {hasRecordFilters(filters) ? (
          <Button variant="quiet" onClick={() => onApply({})}>
            {t('adminRecords.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
