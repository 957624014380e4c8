import { Link, useParams } from 'react-router';
import type { ArchiveIssue } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { ServerHtml } from '../../news/components/server-html';
import { useNewsletter } from '../api/get-newsletter';
import { archiveProblem } from '../archive-errors';
import { NotVerifiedNotice } from '../components/not-verified-notice';

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.newsletters}>
        <span aria-hidden="true">← </span>
        {t('newsletterArchive.back')}
      </Link>
    </p>
  );
}

function IssueView({ issue }: { issue: ArchiveIssue }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="page page--medium">
      <BackLink />
      <PageHeading title={issue.subject} />
      {issue.preheader ? <p className="lead">{issue.preheader}</p> : null}
      <p className="muted">
        {t('newsletterArchive.sent')} <time dateTime={issue.sentAt}>{formatDateTime(issue.sentAt)}</time>
      </p>
      <article className="panel" aria-label={issue.subject}>
        {/* The subject is the page's h1, so the issue's own headings start at h2. */}
        <ServerHtml html={issue.html} headingsFrom={2} />
      </article>
    </div>
  );
}

/** One sent issue, as the members got it, to read on the portal. */
export function NewsletterPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useNewsletter(id);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const problem = archiveProblem(query.error);
    return (
      <div className="page page--medium">
        <BackLink />
        {problem === 'notFound' ? (
          <>
            <PageHeading title={t('newsletterArchive.notFoundTitle')} />
            <p>{t('newsletterArchive.notFoundText')}</p>
          </>
        ) : (
          <>
            <PageHeading title={t('newsletterArchive.title')} />
            {problem === 'notVerified' ? <NotVerifiedNotice /> : <Notice tone="error">{describeError(query.error, t)}</Notice>}
          </>
        )}
      </div>
    );
  }
  return <IssueView issue={query.data} />;
}
