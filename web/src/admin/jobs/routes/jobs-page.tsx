import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { jobStatuses, pickText, webPaths, type JobStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { FilterSelect } from '../../../components/filter-select';
import { filterParams } from '../../../components/filter-params';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useJobs } from '../api/get-jobs';
import { JobsTable } from '../components/jobs-table';
import { jobStatusFrom } from '../job-filters';

function JobFilters({ status, onApply }: { status: JobStatus | undefined; onApply: (status: JobStatus | undefined) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState<JobStatus | ''>(status ?? '');
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('adminJobs.filtersLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply(value || undefined);
      }}
    >
      <FilterSelect<JobStatus>
        id="jobs-filter-status"
        name="status"
        label={t('adminJobs.filterStatus')}
        value={value}
        onChange={setValue}
        anyLabel={t('adminJobs.anyStatus')}
        options={jobStatuses.map((s) => ({ value: s, label: t(`adminJobs.status.${s}`) }))}
      />
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          {t('adminJobs.apply')}
        </Button>
      </div>
    </form>
  );
}

export function JobsPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = jobStatusFrom(searchParams);
  const jobs = useJobs(status);
  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  const [announcement, setAnnouncement] = useState('');

  return (
    <div className="page">
      <PageHeading title={t('adminJobs.title')} />
      <p className="lead">{t('adminJobs.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <section className="panel" aria-labelledby="jobs-list-title">
        <div className="panel__header">
          <h2 id="jobs-list-title">{t('adminJobs.listTitle')}</h2>
          <Link className="button button--primary" to={webPaths.adminJobNew}>
            {t('adminJobs.new')}
          </Link>
        </div>
        <JobFilters key={searchParams.toString()} status={status} onApply={(next) => setSearchParams(filterParams({ status: next }))} />
        {jobs.isPending ? (
          <Loading />
        ) : jobs.isError ? (
          <Notice tone="error">{describeError(jobs.error, t)}</Notice>
        ) : items.length === 0 ? (
          <p className="empty">{t('adminJobs.empty')}</p>
        ) : (
          <>
            <JobsTable
              jobs={items}
              onDeleted={(job) => setAnnouncement(t('adminJobs.deleted', { title: pickText(job.title, language) || t('adminJobs.untitled') }))}
            />
            <ListFooter count={items.length} pages={jobs} />
          </>
        )}
      </section>
    </div>
  );
}
