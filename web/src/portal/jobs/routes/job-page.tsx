import { Link, useParams, useSearchParams } from 'react-router';
import type { JobPage as Job } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { ServerHtml } from '../../news/components/server-html';
import { useJob } from '../api/get-job';
import { InterestSection } from '../components/interest-section';
import { JobBadges } from '../components/job-badges';
import { JobFacts } from '../components/job-facts';
import { NotVerifiedNotice } from '../components/not-verified-notice';
import { ReferralSection } from '../components/referral-section';
import { ShareSection } from '../components/share-section';
import { jobProblem } from '../job-errors';
import { shareRefFrom } from '../job-params';

/** Only a real web address becomes a link; anything else stored there is not followed. */
const safeLink = (url: string | null): string | null => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null);

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.jobs}>
        <span aria-hidden="true">← </span>
        {t('jobBoard.back')}
      </Link>
    </p>
  );
}

function JobView({ job, via }: { job: Job; via: string | null }) {
  const { t } = useI18n();
  const open = job.status === 'published';
  const applyUrl = safeLink(job.applyUrl);

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={job.title} />
      <JobBadges job={job} closed={!open} />
      {open ? null : (
        <Notice tone="info" title={t('jobBoard.closedTitle')}>
          <p>{t('jobBoard.closedText')}</p>
        </Notice>
      )}
      <div className="event-layout">
        <div className="stack">
          <section className="panel" aria-labelledby="job-details-title">
            <h2 id="job-details-title">{t('jobBoard.detailsTitle')}</h2>
            <JobFacts job={job} />
          </section>
          {job.html.trim() ? (
            <section className="panel" aria-labelledby="job-about-title" lang={job.language}>
              <h2 id="job-about-title">{t('jobBoard.aboutTitle')}</h2>
              {/* Under the section's h2, the description's own headings start at h3. */}
              <ServerHtml html={job.html} headingsFrom={3} />
            </section>
          ) : null}
          {applyUrl && open ? (
            <section className="panel" aria-labelledby="job-apply-title">
              <h2 id="job-apply-title">{t('jobBoard.applyTitle')}</h2>
              <p>{t('jobBoard.applyText')}</p>
              <p>
                <a className="button button--secondary" href={applyUrl} rel="noopener noreferrer">
                  {t('jobBoard.applyLink')} <span className="visually-hidden">{t('jobBoard.opensInNewSite')}</span>
                </a>
              </p>
            </section>
          ) : null}
        </div>
        <div className="stack">
          <InterestSection key={job.id} job={job} via={via} />
          {open ? (
            <>
              <ReferralSection key={`refer-${job.id}`} jobId={job.id} />
              <ShareSection key={`share-${job.id}`} jobId={job.id} />
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** One job with everything about it, the member's interest, a referral and their share link. */
export function JobPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const via = shareRefFrom(searchParams);
  const query = useJob(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const problem = jobProblem(query.error);
    return (
      <div className="page page--medium">
        <BackLink />
        {problem === 'notFound' ? (
          <>
            <PageHeading title={t('jobBoard.notFoundTitle')} />
            <p>{t('jobBoard.notFoundText')}</p>
          </>
        ) : (
          <>
            <PageHeading title={t('jobBoard.title')} />
            {problem === 'notVerified' ? <NotVerifiedNotice /> : <Notice tone="error">{describeError(query.error, t)}</Notice>}
          </>
        )}
      </div>
    );
  }
  return <JobView job={query.data} via={via} />;
}
