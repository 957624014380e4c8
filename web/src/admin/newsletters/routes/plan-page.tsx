import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useNewsletters } from '../api/get-newsletters';
import { CadencePanel } from '../components/cadence-panel';
import { NewslettersTable } from '../components/newsletters-table';
import { PlanOverview } from '../components/plan-overview';
import { helsinkiYear, planYearFrom } from '../plan-summary';

/** What a newsletter's page hands over when it lands here after deleting a draft. */
export interface PlanPageState {
  deleted: true;
}

const isDeleted = (state: unknown): boolean => typeof state === 'object' && state !== null && 'deleted' in state && state.deleted === true;

/** The section's landing page: the year's plan against the cadence policy, every newsletter, and the policy. */
export function PlanPage() {
  const { t } = useI18n();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const [announcement] = useState(() => (isDeleted(location.state) ? t('adminNewsletters.deletedMessage') : ''));
  const year = planYearFrom(searchParams, new Date());
  const newsletters = useNewsletters();
  const items = newsletters.data?.pages.flatMap((page) => page.items) ?? [];

  const changeYear = (next: number) => setSearchParams(next === helsinkiYear(new Date()) ? {} : { year: String(next) }, { replace: true });

  return (
    <div className="page">
      <PageHeading title={t('adminNewsletters.title')} />
      <p className="lead">{t('adminNewsletters.intro')}</p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        <PlanOverview year={year} onYearChange={changeYear} />
        <section className="panel" aria-labelledby="newsletters-list-title">
          <div className="panel__header">
            <h2 id="newsletters-list-title">{t('adminNewsletters.listTitle')}</h2>
            <Link className="button button--primary" to={webPaths.adminNewsletterNew}>
              {t('adminNewsletters.new')}
            </Link>
          </div>
          {newsletters.isPending ? (
            <Loading />
          ) : newsletters.isError ? (
            <Notice tone="error">{describeError(newsletters.error, t)}</Notice>
          ) : items.length === 0 ? (
            <p className="empty">{t('adminNewsletters.empty')}</p>
          ) : (
            <>
              <NewslettersTable newsletters={items} />
              <ListFooter count={items.length} pages={newsletters} />
            </>
          )}
        </section>
        <CadencePanel />
      </div>
    </div>
  );
}
