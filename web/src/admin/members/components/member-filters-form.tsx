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
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
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
  const [joinedFrom, setJoinedFrom] = useState(filters.joinedFrom ?? '');
  const [joinedTo, setJoinedTo] = useState(filters.joinedTo ?? '');
  const [rangeError, setRangeError] = useState(false);
  const any = { value: '' as const, label: t('adminMembers.any') };

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminMembers.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const invalid = joinedFrom !== '' && joinedTo !== '' && joinedFrom > joinedTo;
        setRangeError(invalid);
        if (invalid) return;
        onApply({
          q: q.trim() || undefined,
          status: status || undefined,
          memberType: memberType || undefined,
          department: department.trim() || undefined,
          verification: verification || undefined,
          consent: consent || undefined,
          joinedFrom: joinedFrom || undefined,
          joinedTo: joinedTo || undefined,
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
      <SelectField<UserStatus | Any>
        id="members-filter-status"
        name="status"
        label={t('adminMembers.filterStatus')}
        value={status}
        onChange={setStatus}
        options={[any, ...userStatuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
      />
      <SelectField<MemberType | Any>
        id="members-filter-type"
        name="memberType"
        label={t('adminMembers.filterType')}
        value={memberType}
        onChange={setMemberType}
        options={[any, ...memberTypes.map((value) => ({ value, label: t(`adminMembership.memberType.${value}`) }))]}
      />
      <TextField
        id="members-filter-department"
        name="department"
        label={t('adminMembers.filterDepartment')}
        value={department}
        onChange={setDepartment}
        maxLength={120}
      />
      <SelectField<VerificationStatus | Any>
        id="members-filter-verification"
        name="verification"
        label={t('adminMembers.filterVerification')}
        value={verification}
        onChange={setVerification}
        options={[any, ...verificationStatuses.map((value) => ({ value, label: t(`adminMembership.verification.${value}`) }))]}
      />
      <SelectField<ConsentChannel | Any>
        id="members-filter-consent"
        name="consent"
        label={t('adminMembers.filterConsent')}
        value={consent}
        onChange={setConsent}
        options={[any, ...consentChannels.map((value) => ({ value, label: t(`adminMembership.consent.${value}`) }))]}
      />
      <TextField id="members-joined-from" name="joinedFrom" type="date" label={t('adminMembers.joinedFrom')} value={joinedFrom} onChange={setJoinedFrom} />
      <TextField
        id="members-joined-to"
        name="joinedTo"
        type="date"
        label={t('adminMembers.joinedTo')}
        value={joinedTo}
        onChange={setJoinedTo}
        error={rangeError ? t('adminMembers.rangeInvalid') : undefined}
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
      {rangeError ? (
        <p className="visually-hidden" role="alert">
          {t('adminMembers.rangeInvalid')}
        </p>
      ) : null}
    </form>
  );
}
