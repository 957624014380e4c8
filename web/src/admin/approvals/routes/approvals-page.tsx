import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useApprovals, type ApprovalStatusFilter } from '../api/get-approvals';
import { approvalStatusFrom, approvalStatusSearch } from '../approval-filter';
import { ApprovalItemCard } from '../components/approval-item';

const queues: readonly ApprovalStatusFilter[] = ['pending', 'info_requested'];

export function ApprovalsPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const status = approvalStatusFrom(searchParams);
  const approvals = useApprovals(status);
  const [announcement, setAnnouncement] = useState('');
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const items = approvals.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="page">
      <PageHeading title={t('adminApprovals.pageTitle')} />
      <p className="lead">{t('adminApprovals.intro')}</p>
      <nav className="tabs" aria-label={t('adminApprovals.queuesLabel')}>
        <ul className="tabs__list">
          {queues.map((queue) => (
            <li key={queue}>
              <Link
                className="tabs__link"
                to={`${webPaths.adminApprovals}${approvalStatusSearch(queue)}`}
                aria-current={queue === status ? 'page' : undefined}
                onClick={() => setAnnouncement('')}
              >
                {t(`adminApprovals.queue.${queue}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <section aria-labelledby="approvals-list-title">
        <h2 id="approvals-list-title" tabIndex={-1} ref={listHeadingRef}>
          {t(`adminApprovals.listTitle.${status}`)}
        </h2>
        {approvals.isPending ? (
          <Loading />
        ) : approvals.isError ? (
          <Notice tone="error">{describeError(approvals.error, t)}</Notice>
        ) : items.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t(`adminApprovals.empty.${status}`)}</p>
            <p className="muted">{t(`adminApprovals.emptyText.${status}`)}</p>
          </div>
        ) : (
          <>
            <div className="approval-list">
              {items.map((item) => (
                <ApprovalItemCard
                  key={item.claim.id}
                  item={item}
                  onDone={(message) => {
                    setAnnouncement(message);
                    // The item and its buttons are gone: the reader continues from the top of the queue.
                    listHeadingRef.current?.focus();
                  }}
                />
              ))}
            </div>
            <ListFooter count={items.length} pages={approvals} />
          </>
        )}
      </section>
    </div>
  );
}
