import { useState } from 'react';
import { jobTypes, type BoardFacets, type JobType } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { FilterSelect } from '../../../components/filter-select';
import { TextField } from '../../../components/text-field';
import { hasFilters, type JobFilters } from '../job-params';

export interface JobFiltersFormProps {
  filters: JobFilters;
  facets: BoardFacets | undefined;
  onApply: (filters: JobFilters) => void;
}

/** The facet's values, plus the one in the URL if the facet no longer has it, so it can be seen and cleared. */
const facetOptions = (values: readonly string[] | undefined, current: string) => {
  const list = [...(values ?? [])];
  if (current && !list.includes(current)) list.unshift(current);
  return list.map((value) => ({ value, label: value }));
};

type RemoteChoice = 'true' | 'false';
const remoteChoice = (remote: boolean | undefined): RemoteChoice | '' => (remote === undefined ? '' : remote ? 'true' : 'false');

export function JobFiltersForm({ filters, facets, onApply }: JobFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [type, setType] = useState<JobType | ''>(filters.type ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const [location, setLocation] = useState(filters.location ?? '');
  const [remote, setRemote] = useState<RemoteChoice | ''>(remoteChoice(filters.remote));

  return (
    <form
      className="directory-filters"
      role="search"
      aria-label={t('jobBoard.searchLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          q: q.trim() || undefined,
          type: type || undefined,
          department: department || undefined,
          location: location || undefined,
          remote: remote === '' ? undefined : remote === 'true',
        });
      }}
    >
      <div className="directory-filters__query">
        <TextField id="jobs-q" name="q" type="search" label={t('jobBoard.query')} hint={t('jobBoard.queryHint')} value={q} onChange={setQ} maxLength={200} />
      </div>
      <div className="filters directory-filters__fields">
        <FilterSelect
          id="jobs-type"
          name="type"
          label={t('jobBoard.typeLabel')}
          value={type}
          onChange={setType}
          anyLabel={t('jobBoard.anyType')}
          options={jobTypes.map((value) => ({ value, label: t(`jobBoard.type.${value}`) }))}
        />
        <FilterSelect
          id="jobs-department"
          name="department"
          label={t('jobBoard.department')}
          value={department}
          onChange={setDepartment}
          anyLabel={t('jobBoard.anyDepartment')}
          options={facetOptions(facets?.departments, department)}
        />
        <FilterSelect
          id="jobs-location"
          name="location"
          label={t('jobBoard.location')}
          value={location}
          onChange={setLocation}
          anyLabel={t('jobBoard.anyLocation')}
          options={facetOptions(facets?.locations, location)}
        />
        <FilterSelect<RemoteChoice>
          id="jobs-remote"
          name="remote"
          label={t('jobBoard.remoteLabel')}
          value={remote}
          onChange={setRemote}
          anyLabel={t('jobBoard.remoteAny')}
          options={[
            { value: 'true', label: t('jobBoard.remoteOnly') },
            { value: 'false', label: t('jobBoard.onSiteOnly') },
          ]}
        />
      </div>
      <div className="filters__actions">
        <Button type="submit">{t('jobBoard.searchSubmit')}</Button>
        {hasFilters(filters) ? (
          <Button variant="quiet" onClick={() => onApply({})}>
            {t('jobBoard.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
