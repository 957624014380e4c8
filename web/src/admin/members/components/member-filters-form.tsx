import { useState } from 'react';
import {
  consentChannels,
  memberTypes,
  userStatuses,
  verificationStatuses,
  type ConsentChannel,
  type MemberType,
  type UserStatus,
  type VerificationStatus,
} from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { DateRangeFields } from '../../../components/date-range-fields';
import { FilterSelect } from '../../../components/filter-select';
import { TextField } from '../../../components/text-field';
import { useDateRange } from '../../../components/use-date-range';
import { hasMemberFilters, type MemberFilters } from '../member-filters';

export interface MemberFiltersFormProps {
  filters: MemberFilters;
  onApply: (filters: MemberFilters) => void;
}

type Any = '';

export function MemberFiltersForm({ filters, onApply }: MemberFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [status, setStatus] = useState<UserStatus | Any>(filters.status ?? '');
  const [memberType, setMemberType] = useState<MemberType | Any>(filters.memberType ?? '');
  const [department, setDepartment] = useState(filters.department ?? '');
  const [verification, setVerification] = useState<VerificationStatus | Any>(filters.verification ?? '');
  const [consent, setConsent] = useState<ConsentChannel | Any>(filters.consent ?? '');
  const joined = useDateRange({ from: filters.joinedFrom ?? '', to: filters.joinedTo ?? '' });
  const any = t('adminMembers.any');

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminMembers.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!joined.validate()) return;
        onApply({
          q: q.trim() || undefined,
          status: status || undefined,
          memberType: memberType || undefined,
          department: department.trim() || undefined,
          verification: verification || undefined,
          consent: consent || undefined,
          joinedFrom: joined.from || undefined,
          joinedTo: joined.to || undefined,
        });
      }}
    >
      <TextField
        id="members-search"
        name="q"
        type="search"
        label={t('adminMembers.search')}
        hint={t('adminMembers.searchHint')}
        value={q}
        onChange={setQ}
        maxLength={100}
      />
      <FilterSelect
        id="members-filter-status"
        name="status"
        label={t('adminMembers.filterStatus')}
        value={status}
        onChange={setStatus}
        anyLabel={any}
        options={userStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
      <FilterSelect
        id="members-filter-type"
        name="memberType"
        label={t('adminMembers.filterType')}
        value={memberType}
        onChange={setMemberType}
        anyLabel={any}
        options={memberTypes.map((value) => ({ value, label: t(`adminMembership.memberType.${value}`) }))}
      />
      <TextField
        id="members-filter-department"
        name="department"
        label={t('adminMembers.filterDepartment')}
        value={department}
        onChange={setDepartment}
        maxLength={120}
      />
      <FilterSelect
        id="members-filter-verification"
        name="verification"
        label={t('adminMembers.filterVerification')}
        value={verification}
        onChange={setVerification}
        anyLabel={any}
        options={verificationStatuses.map((value) => ({ value, label: t(`adminMembership.verification.${value}`) }))}
      />
      <FilterSelect
        id="members-filter-consent"
        name="consent"
        label={t('adminMembers.filterConsent')}
        value={consent}
        onChange={setConsent}
        anyLabel={any}
        options={consentChannels.map((value) => ({ value, label: t(`adminMembership.consent.${value}`) }))}
      />
      <DateRangeFields
        range={joined}
        from={{ id: 'members-joined-from', name: 'joinedFrom', label: t('adminMembers.joinedFrom') }}
        to={{ id: 'members-joined-to', name: 'joinedTo', label: t('adminMembers.joinedTo') }}
        backwardsText={t('adminMembers.rangeInvalid')}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('adminMembers.apply')}
        </Button>
        {hasMemberFilters(filters) ? (
          <Button variant="quiet" onClick={() => onApply({})}>
            {t('adminMembers.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
