import { useState } from 'react';
import { staffRoles, userStatuses, type StaffRole, type UserStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { StaffFilters } from '../api/get-staff';

export interface StaffFiltersFormProps {
  filters: StaffFilters;
  onApply: (filters: StaffFilters) => void;
}

type Any = '';

export function StaffFiltersForm({ filters, onApply }: StaffFiltersFormProps) {
  const { t } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  const [role, setRole] = useState<StaffRole | Any>(filters.role ?? '');
  const [status, setStatus] = useState<UserStatus | Any>(filters.status ?? '');

  return (
    <form
      className="filters"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ q: q.trim() || undefined, role: role || undefined, status: status || undefined });
      }}
    >
      <TextField id="staff-search" name="q" type="search" label={t('staff.search')} hint={t('staff.searchHint')} value={q} onChange={setQ} maxLength={100} />
      <SelectField<StaffRole | Any>
        id="staff-filter-role"
        label={t('staff.filterRole')}
        value={role}
        onChange={setRole}
        options={[{ value: '', label: t('staff.any') }, ...staffRoles.map((value) => ({ value, label: t(`role.${value}`) }))]}
      />
      <SelectField<UserStatus | Any>
        id="staff-filter-status"
        label={t('staff.filterStatus')}
        value={status}
        onChange={setStatus}
        options={[{ value: '', label: t('staff.any') }, ...userStatuses.map((value) => ({ value, label: t(`status.${value}`) }))]}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('staff.searchSubmit')}
        </Button>
      </div>
    </form>
  );
}
