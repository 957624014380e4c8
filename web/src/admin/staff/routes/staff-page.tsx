import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ZStaffRole, ZUserStatus, type User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useStaff, type StaffFilters } from '../api/get-staff';
import { InviteStaffForm } from '../components/invite-staff-form';
import { StaffFiltersForm } from '../components/staff-filters';
import { StaffRow } from '../components/staff-row';

function filtersFrom(params: URLSearchParams): StaffFilters {
  const role = ZStaffRole.safeParse(params.get('role'));
  const status = ZUserStatus.safeParse(params.get('status'));
  return {
    q: params.get('q')?.trim() || undefined,
    role: role.success ? role.data : undefined,
    status: status.success ? status.data : undefined,
  };
}

export function StaffPage({ user }: { user: User }) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const staff = useStaff(filters);
  const [announcement, setAnnouncement] = useState('');
  const people = staff.data?.pages.flatMap((page) => page.items) ?? [];

  const applyFilters = (next: StaffFilters) => setSearchParams(filterParams({ ...next }));

  return (
    <div className="page">
      <PageHeading title={t('staff.title')} />
      <p className="lead">{t('staff.intro')}</p>
      <div className="stack">
        <InviteStaffForm />
        <section className="panel">
          <h2>{t('staff.listTitle')}</h2>
          <StaffFiltersForm key={searchParams.toString()} filters={filters} onApply={applyFilters} />
          <div className="live-region" role="status">
            {announcement}
          </div>
          {staff.isPending ? (
            <Loading />
          ) : staff.isError ? (
            <Notice tone="error">{describeError(staff.error, t)}</Notice>
          ) : people.length === 0 ? (
            <p className="empty">{t('staff.empty')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">{t('staff.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('staff.colName')}</th>
                      <th scope="col">{t('staff.colEmail')}</th>
                      <th scope="col">{t('staff.colRole')}</th>
                      <th scope="col">{t('staff.colStatus')}</th>
                      <th scope="col">{t('staff.colLastLogin')}</th>
                      <th scope="col">{t('staff.colActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {people.map((person) => (
                      <StaffRow key={person.id} person={person} isSelf={person.id === user.id} onAnnounce={setAnnouncement} />
                    ))}
                  </tbody>
                </table>
              </div>
              <ListFooter count={people.length} pages={staff} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
