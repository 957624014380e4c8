import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useMembers } from '../api/get-members';
import { MemberFiltersForm } from '../components/member-filters-form';
import { MembersTable } from '../components/members-table';
import { memberFilterEntries, memberFiltersFrom, membersExportHref, type MemberFilters } from '../member-filters';

export function MembersPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = memberFiltersFrom(searchParams);
  const members = useMembers(filters);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: MemberFilters) => setSearchParams(filterParams(memberFilterEntries(next)));

  return (
    <div className="page">
      <PageHeading title={t('adminMembers.title')} />
      <p className="lead">{t('adminMembers.intro')}</p>
      <section className="panel" aria-labelledby="members-list-title">
        <div className="panel__header">
          <h2 id="members-list-title">{t('adminMembers.listTitle')}</h2>
          <a className="button button--secondary" href={membersExportHref(filters)} download>
            {t('adminMembers.export')}
          </a>
        </div>
        <p className="muted">{t('adminMembers.exportHint')}</p>
        <MemberFiltersForm key={searchParams.toString()} filters={filters} onApply={apply} />
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <Notice tone="error">{describeError(members.error, t)}</Notice>
        ) : items.length === 0 ? (
          <p className="empty">{t('adminMembers.empty')}</p>
        ) : (
          <>
            <MembersTable members={items} />
            <ListFooter count={items.length} pages={members} />
          </>
        )}
      </section>
    </div>
  );
}
