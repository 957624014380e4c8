import { useSearchParams } from 'react-router';
import { apiPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { endOfDay, startOfDay } from '../../../i18n/dates';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useAudit, type AuditFilters } from '../api/get-audit';
import { AuditFiltersForm, type AuditFilterValues } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const valuesFrom = (params: URLSearchParams): AuditFilterValues => ({
  actor: params.get('actor')?.trim() ?? '',
  action: params.get('action')?.trim() ?? '',
  objectType: params.get('objectType')?.trim() ?? '',
  objectId: params.get('objectId')?.trim() ?? '',
  from: params.get('from') ?? '',
  to: params.get('to') ?? '',
});

/** Days are whole days in Helsinki time: from the first moment of "from" to the last of "to". */
const toQuery = (values: AuditFilterValues): AuditFilters => ({
  actor: values.actor || undefined,
  action: values.action || undefined,
  objectType: values.objectType || undefined,
  objectId: values.objectId || undefined,
  from: startOfDay(values.from)?.toISOString(),
  to: endOfDay(values.to)?.toISOString(),
});

/** The export's address with the filters shown; the browser downloads it with the session cookie. */
const exportUrl = (filters: AuditFilters): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value !== '') params.set(key, value);
  const search = params.toString();
  return search ? `${apiPaths.auditExport}?${search}` : apiPaths.auditExport;
};

export function AuditPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = valuesFrom(searchParams);
  const query = toQuery(values);
  const audit = useAudit(query);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: AuditFilterValues) => setSearchParams(filterParams({ ...next }));

  return (
    <div className="page">
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <p>{t('audit.appendOnly')}</p>
      <section className="panel">
        <h2>{t('audit.filtersTitle')}</h2>
        <AuditFiltersForm key={searchParams.toString()} values={values} onApply={apply} />
        {audit.isPending ? (
          <Loading />
        ) : audit.isError ? (
          <Notice tone="error">{describeError(audit.error, t)}</Notice>
        ) : entries.length === 0 ? (
          <p className="empty">{t('audit.empty')}</p>
        ) : (
          <>
            <p>
              <a className="button button--secondary" href={exportUrl(query)} download>
                {t('audit.download')}
              </a>{' '}
              <span className="muted">{t('audit.downloadHint')}</span>
            </p>
            <AuditTable entries={entries} />
            <ListFooter count={entries.length} pages={audit} />
          </>
        )}
      </section>
    </div>
  );
}
