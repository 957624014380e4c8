import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { formatZonedDateTime } from '../../../i18n/dates';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { withId } from '@alumni/shared';
import { webPaths } from '../../../paths';
import { useSurveyList } from '../api/surveys';
import { textFor } from '../answers';
import '../surveys.css';

/** The surveys the member is asked to answer, and the ones already answered. */
export function SurveysPage() {
  const { t, language } = useI18n();
  const list = useSurveyList();
  return (
    <div className="page">
      <PageHeading title={t('surveys.title')} />
      <p className="lead">{t('surveys.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <Notice tone="error">{describeError(list.error, t)}</Notice>
      ) : list.data.items.length === 0 ? (
        <p className="empty">{t('surveys.empty')}</p>
      ) : (
        <ul className="survey-list">
          {list.data.items.map((s) => (
            <li key={s.id} className="panel survey-list__item">
              <h2>
                <Link to={withId(webPaths.survey, s.id)}>{textFor(s.title, language)}</Link>
              </h2>
              <p className="muted">
                {s.answered
                  ? t('surveys.answeredBadge')
                  : s.open
                    ? t('surveys.closesAt', { time: formatZonedDateTime(s.closesAt, language, 'Europe/Helsinki') })
                    : t('surveys.closedBadge')}
                {s.anonymous ? ` · ${t('surveys.anonymousBadge')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
