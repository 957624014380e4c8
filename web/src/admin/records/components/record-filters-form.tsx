import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { hasRecordFilters, type RecordFilters } from '../record-filters';

export interface RecordFiltersFormProps {
  filters: RecordFilters;
  onApply: (filters: RecordFilters) => void;
}

export function RecordFiltersForm({ filters, onApply }: RecordFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const [leftFrom, setLeftFrom] = useState(filters.leftFrom ?? '');
  const [leftTo, setLeftTo] = useState(filters.leftTo ?? '');
  const [notMember, setNotMember] = useState(filters.notMember ?? false);
  const [rangeError, setRangeError] = useState(false);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminRecords.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = leftFrom !== '' && leftTo !== '' && leftFrom > leftTo;
        setRangeError(invalid);
        if (invalid) return;
        onApply({
          q: q.trim() || undefined,
          department: department.trim() || undefined,
          leftFrom: leftFrom || undefined,
          leftTo: leftTo || undefined,
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
      <TextField id="records-left-from" name="leftFrom" type="date" label={t('adminRecords.leftFrom')} value={leftFrom} onChange={setLeftFrom} />
      <TextField
        id="records-left-to"
        name="leftTo"
        type="date"
        label={t('adminRecords.leftTo')}
        value={leftTo}
        onChange={setLeftTo}
        error={rangeError ? t('adminRecords.rangeInvalid') : undefined}
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
      {rangeError ? (
        <p className="visually-hidden" role="alert">
          {t('adminRecords.rangeInvalid')}
        </p>
      ) : null}
    </form>
  );
}
