import { Link } from 'react-router';
import { webPaths, withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useNewsletterPlan } from '../api/get-newsletter-plan';
import { cadenceWarningText, firstPlanYear, formatDay, lastPlanYear, nextDueText, planBreakdownText, planStandingText, planSummaryText } from '../plan-summary';
import { NewsletterStatusBadge } from './newsletter-status-badge';

export interface PlanOverviewProps {
  year: number;
  onYearChange: (year: number) => void;
}

/** The year's sent and scheduled issues against the cadence policy, what breaks it, and when the next is due. */
export function PlanOverview({ year, onYearChange }: PlanOverviewProps) {
  const { t, language, locale } = useI18n();
  const plan = useNewsletterPlan({ year });
  // The previous year's answer stays on screen while the next one loads; it is not shown as this year's.
  const data = plan.data?.year === year ? plan.data : undefined;

  return (
    <section className="panel" aria-labelledby="newsletter-plan-title">
      <div className="panel__header">
        <h2 id="newsletter-plan-title">{t('adminNewsletters.plan.title', { year })}</h2>
        <div className="plan-year">
          <Button variant="secondary" disabled={year <= firstPlanYear} onClick={() => onYearChange(year - 1)}>
            {t('adminNewsletters.plan.previousYear')}
          </Button>
          <Button variant="secondary" disabled={year >= lastPlanYear} onClick={() => onYearChange(year + 1)}>
            {t('adminNewsletters.plan.nextYear')}
          </Button>
        </div>
      </div>
      {data ? (
        <>
          <p className="plan-summary">{planSummaryText(t, locale, data)}</p>
          <p>
            {planBreakdownText(t, locale, data)} {planStandingText(t, locale, data)}
          </p>
          <p>{nextDueText(t, language, data)}</p>
          {data.warnings.length > 0 ? (
            <div className="warning">
              <p className="warning__title">{t('adminNewsletters.plan.warningsTitle')}</p>
              <ul>
                {data.warnings.map((warning) => (
                  <li key={`${warning.code}-${warning.from}`}>{cadenceWarningText(t, language, locale, warning, data.policy)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="muted">{t('adminNewsletters.plan.noWarnings')}</p>
          )}
          {data.items.length === 0 ? (
            <p className="empty">{t('adminNewsletters.plan.empty', { year })}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="newsletter-plan-caption" tabIndex={0}>
              <table className="table">
                <caption id="newsletter-plan-caption" className="visually-hidden">
                  {t('adminNewsletters.plan.caption', { year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adminNewsletters.plan.colDate')}</th>
                    <th scope="col">{t('adminNewsletters.colSubject')}</th>
                    <th scope="col">{t('adminNewsletters.colStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <td className="cell-nowrap">
                        <time dateTime={item.at}>{formatDay(item.at, language)}</time>
                      </td>
                      <th scope="row" className="cell-name">
                        <Link to={withId(webPaths.adminNewsletter, item.id)}>{item.subject || t('adminNewsletters.untitled')}</Link>
                      </th>
                      <td>
                        <NewsletterStatusBadge status={item.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : plan.isError ? (
        <Notice tone="error">{describeError(plan.error, t)}</Notice>
      ) : (
        <Loading />
      )}
    </section>
  );
}
