import { Link, useSearchParams } from 'react-router';
import { surveyStatuses, webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { FilterSelect } from '../../../components/filter-select';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useSurveys } from '../api/get-surveys';
import { SurveysTable } from '../components/surveys-table';
import { surveyStatusFrom } from '../survey-filters';

/** HR's surveys, newest first, filtered by status. */
export function SurveysPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = surveyStatusFrom(params);
  const surveys = useSurveys(status);
  const items = surveys.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page">
      <PageHeading title={t('adminSurveys.title')} />
      <p className="lead">{t('adminSurveys.intro')}</p>
      <p>
        <Link className="button button--primary" to={webPaths.adminSurveyNew}>
          {t('adminSurveys.new')}
        </Link>
      </p>
      <section className="panel" aria-labelledby="surveys-list-title">
        <h2 id="surveys-list-title">{t('adminSurveys.listTitle')}</h2>
        <div className="filters">
          <FilterSelect
            id="surveys-status"
            name="status"
            label={t('adminSurveys.colStatus')}
            value={status ?? ''}
            onChange={(v) => setParams(v ? { status: v } : {})}
            anyLabel={t('adminSurveys.anyStatus')}
            options={surveyStatuses.map((s) => ({ value: s, label: t(`adminSurveys.status.${s}`) }))}
          />
        </div>
        {surveys.isPending ? (
          <Loading />
        ) : surveys.isError ? (
          <Notice tone="error">{describeError(surveys.error, t)}</Notice>
        ) : items.length === 0 ? (
          <p className="empty">{t('adminSurveys.empty')}</p>
        ) : (
          <>
            <SurveysTable surveys={items} />
            <ListFooter count={items.length} pages={surveys} />
          </>
        )}
      </section>
    </div>
  );
}
