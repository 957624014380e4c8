import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useJobFacets } from '../api/get-job-facets';
import { useJobList } from '../api/list-jobs';
import { JobCard } from '../components/job-card';
import { JobFiltersForm } from '../components/job-filters-form';
import { NotVerifiedNotice } from '../components/not-verified-notice';
import { isNotVerified } from '../job-errors';
import { filtersFromParams, filtersToParams, hasFilters, type JobFilters } from '../job-params';

/** The members' job board: open jobs, newest first, filtered by type, department, place and remote work. */
export function JobsPage() {
  const { t, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromParams(searchParams);
  const list = useJobList(filters);
  const forbidden = isNotVerified(list.error);
  const facets = useJobFacets(!forbidden);
  const jobs = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = hasFilters(filters);

  const apply = (next: JobFilters) => setSearchParams(filtersToParams(next));

  const resultText = !list.isSuccess
    ? ''
    : jobs.length === 0
      ? filtered
        ? t('jobBoard.emptyFiltered')
        : t('jobBoard.empty')
      : list.hasNextPage
        ? t('jobBoard.resultsMore', { count: jobs.length })
        : new Intl.PluralRules(locale).select(jobs.length) === 'one'
          ? t('jobBoard.resultsOne')
          : t('jobBoard.resultsOther', { count: jobs.length });

  return (
    <div className="page">
      <PageHeading title={t('jobBoard.title')} />
      <p className="lead">{t('jobBoard.intro')}</p>
      {forbidden ? (
        <NotVerifiedNotice />
      ) : (
        <div className="stack">
          <p>
            <Link to={webPaths.myJobs}>{t('jobBoard.toMine')}</Link>
          </p>
          <section className="panel" aria-labelledby="jobs-search-title">
            <h2 id="jobs-search-title">{t('jobBoard.searchTitle')}</h2>
            <JobFiltersForm key={searchParams.toString()} filters={filters} facets={facets.data} onApply={apply} />
          </section>
          <section aria-labelledby="jobs-results-title">
            <h2 id="jobs-results-title">{t('jobBoard.resultsTitle')}</h2>
            <p className="visually-hidden" role="status">
              {resultText}
            </p>
            {list.isPending ? (
              <Loading />
            ) : list.isError ? (
              <Notice tone="error">{describeError(list.error, t)}</Notice>
            ) : jobs.length === 0 ? (
              <div className="empty">
                <p>{filtered ? t('jobBoard.emptyFiltered') : t('jobBoard.empty')}</p>
                {filtered ? (
                  <Button variant="secondary" onClick={() => apply({})}>
                    {t('jobBoard.clear')}
                  </Button>
                ) : null}
              </div>
            ) : (
              <>
                <ul className="event-list">
                  {jobs.map((job) => (
                    <JobCard key={job.id} job={job} />
                  ))}
                </ul>
                <ListFooter count={jobs.length} pages={list} />
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
