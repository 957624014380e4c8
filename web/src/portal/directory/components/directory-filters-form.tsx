import { useState } from 'react';
import { memberTypes, type DirectoryFacets, type MemberType } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { FilterSelect } from '../../../components/filter-select';
import { TextField } from '../../../components/text-field';
import { CheckboxField } from '../../../components/checkbox-field';
import { hasFilters, type DirectoryFilters } from '../directory-filters';

export interface DirectoryFiltersFormProps {
  filters: DirectoryFilters;
  facets: DirectoryFacets | undefined;
  onApply: (filters: DirectoryFilters) => void;
}

/** The facet's values, plus the one in the URL if the facet no longer has it, so it can be seen and cleared. */
const facetOptions = (values: readonly string[] | undefined, current: string) => {
  const list = [...(values ?? [])];
  if (current && !list.includes(current)) list.unshift(current);
  return list.map((value) => ({ value, label: value }));
};

export function DirectoryFiltersForm({ filters, facets, onApply }: DirectoryFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [skill, setSkill] = useState(filters.skill ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const [city, setCity] = useState(filters.city ?? '');
  const [memberType, setMemberType] = useState<MemberType | ''>(filters.memberType ?? '');
  const [mentor, setMentor] = useState(filters.mentor ?? false);
  const [speaker, setSpeaker] = useState(filters.speaker ?? false);
  const [openToReturn, setOpenToReturn] = useState(filters.openToReturn ?? false);

  return (
    <form
      className="directory-filters"
      role="search"
      aria-label={t('directory.searchLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          q: q.trim() || undefined,
          skill: skill.trim() || undefined,
          department: department || undefined,
          city: city || undefined,
          memberType: memberType || undefined,
          mentor: mentor || undefined,
          speaker: speaker || undefined,
          openToReturn: openToReturn || undefined,
        });
      }}
    >
      <div className="directory-filters__query">
        <TextField
          id="directory-q"
          name="q"
          type="search"
          label={t('directory.query')}
          hint={t('directory.queryHint')}
          value={q}
          onChange={setQ}
          maxLength={100}
        />
      </div>
      <div className="filters directory-filters__fields">
        <TextField id="directory-skill" name="skill" label={t('directory.skill')} value={skill} onChange={setSkill} maxLength={50} />
        <FilterSelect
          id="directory-department"
          name="department"
          label={t('membership.department')}
          value={department}
          onChange={setDepartment}
          anyLabel={t('directory.anyDepartment')}
          options={facetOptions(facets?.departments, department)}
        />
        <FilterSelect
          id="directory-city"
          name="city"
          label={t('profile.city')}
          value={city}
          onChange={setCity}
          anyLabel={t('directory.anyCity')}
          options={facetOptions(facets?.cities, city)}
        />
        <FilterSelect
          id="directory-member-type"
          name="memberType"
          label={t('membership.memberType')}
          value={memberType}
          onChange={setMemberType}
          anyLabel={t('directory.anyType')}
          options={memberTypes.map((value) => ({ value, label: t(`memberTypes.${value}`) }))}
        />
      </div>
      <fieldset className="directory-filters__flags">
        <legend className="field__label">{t('directory.onlyLegend')}</legend>
        <CheckboxField id="directory-mentor" name="mentor" label={t('directory.onlyMentors')} checked={mentor} onChange={setMentor} />
        <CheckboxField id="directory-speaker" name="speaker" label={t('directory.onlySpeakers')} checked={speaker} onChange={setSpeaker} />
        <CheckboxField
          id="directory-open-to-return"
          name="openToReturn"
          label={t('directory.onlyOpenToReturn')}
          checked={openToReturn}
          onChange={setOpenToReturn}
        />
      </fieldset>
      <div className="filters__actions">
        <Button type="submit">{t('directory.searchSubmit')}</Button>
        {hasFilters(filters) ? (
          <Button variant="quiet" onClick={() => onApply({})}>
            {t('directory.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
