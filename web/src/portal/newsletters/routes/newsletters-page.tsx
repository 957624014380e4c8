import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useNewsletterArchive } from '../api/list-newsletters';
import { archiveProblem } from '../archive-errors';
import { ArchiveItem } from '../components/archive-item';
import { NotVerifiedNotice } from '../components/not-verified-notice';

/** The newsletter archive: every issue sent so far, newest first, to read again on the portal. */
export function NewslettersPage() {
  const { t, locale } = useI18n();
  const archive = useNewsletterArchive();
  const issues = archive.data?.pages.flatMap((page) => page.items) ?? [];

  const resultText = !archive.isSuccess
    ? ''
    : issues.length === 0
      ? t('newsletterArchive.empty')
      : archive.hasNextPage
        ? t('newsletterArchive.resultsMore', { count: issues.length })
        : new Intl.PluralRules(locale).select(issues.length) === 'one'
          ? t('newsletterArchive.resultsOne')
          : t('newsletterArchive.resultsOther', { count: issues.length });

  return (
    <div className="page">
      <PageHeading title={t('newsletterArchive.title')} />
      <p className="lead">{t('newsletterArchive.intro')}</p>
      {archive.isError && archiveProblem(archive.error) === 'notVerified' ? (
        <NotVerifiedNotice />
      ) : (
        <section aria-labelledby="newsletter-archive-list-title">
          <h2 id="newsletter-archive-list-title">{t('newsletterArchive.listTitle')}</h2>
          <p className="visually-hidden" role="status">
            {resultText}
          </p>
          {archive.isPending ? (
            <Loading />
          ) : archive.isError ? (
            <Notice tone="error">{describeError(archive.error, t)}</Notice>
          ) : issues.length === 0 ? (
            <div className="empty">
              <p>{t('newsletterArchive.empty')}</p>
            </div>
          ) : (
            <>
              <ul className="event-list">
                {issues.map((issue) => (
                  <ArchiveItem key={issue.id} issue={issue} />
                ))}
              </ul>
              <ListFooter count={issues.length} pages={archive} />
            </>
          )}
        </section>
      )}
      <p className="form-links">
        {t('newsletterArchive.choicesText')} <Link to={webPaths.profile}>{t('newsletterArchive.toProfile')}</Link>
      </p>
    </div>
  );
}
