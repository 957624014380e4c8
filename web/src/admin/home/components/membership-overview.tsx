import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Card } from '../../../components/card';
import { useLatestImport, useQueueCount, type QueueCount } from '../api/get-membership-overview';

function CountValue({ query }: { query: { data?: QueueCount | undefined; isPending: boolean; isError: boolean } }) {
  const { t, locale } = useI18n();
  if (query.isPending) return <p className="overview-count overview-count--loading">{t('app.loading')}</p>;
  if (query.isError || !query.data) return <p className="muted">{t('admin.home.countUnavailable')}</p>;
  const count = new Intl.NumberFormat(locale).format(query.data.count);
  return <p className="overview-count">{query.data.more ? t('admin.home.countMore', { count }) : count}</p>;
}

/** What HR should look at first: claims waiting for a decision or an answer, and the latest import. */
export function MembershipOverview() {
  const { t, formatDateTime } = useI18n();
  const pending = useQueueCount('pending');
  const waiting = useQueueCount('info_requested');
  const latestImport = useLatestImport();

  return (
    <section aria-labelledby="membership-overview-title">
      <h2 id="membership-overview-title">{t('admin.home.overviewTitle')}</h2>
      <div className="card-grid">
        <Card title={t('admin.home.pendingTitle')} headingLevel={3}>
          <CountValue query={pending} />
          <p>
            <Link to={webPaths.adminApprovals}>{t('admin.home.pendingLink')}</Link>
          </p>
        </Card>
        <Card title={t('admin.home.waitingTitle')} headingLevel={3}>
          <CountValue query={waiting} />
          <p>
            <Link to={`${webPaths.adminApprovals}?status=info_requested`}>{t('admin.home.waitingLink')}</Link>
          </p>
        </Card>
        <Card title={t('admin.home.importTitle')} headingLevel={3}>
          {latestImport.isPending ? (
            <p className="muted">{t('app.loading')}</p>
          ) : latestImport.isError ? (
            <p className="muted">{t('admin.home.countUnavailable')}</p>
          ) : latestImport.data ? (
            <p>
              {t('admin.home.importLatest', {
                file: latestImport.data.fileName,
                status: t(`adminRecords.status.${latestImport.data.status}`),
                time: formatDateTime(latestImport.data.createdAt),
              })}
            </p>
          ) : (
            <p>{t('admin.home.importNone')}</p>
          )}
          <p>
            <Link to={webPaths.adminRecords}>{t('admin.home.importLink')}</Link>
          </p>
        </Card>
      </div>
    </section>
  );
}
