import { Link } from 'react-router';
import { pickText, webPaths, withId, type Survey } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedDateTime } from '../../../i18n/dates';
import { surveyTimeZone } from '../survey-form';
import { SurveyStatusBadge } from './survey-status-badge';

/** The surveys with their status, audience, closing time and how many answered and were mailed. */
export function SurveysTable({ surveys }: { surveys: readonly Survey[] }) {
  const { t, language, locale } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <div className="table-wrap" role="region" aria-labelledby="surveys-caption" tabIndex={0}>
      <table className="table">
        <caption id="surveys-caption" className="visually-hidden">
          {t('adminSurveys.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminSurveys.colTitle')}</th>
            <th scope="col">{t('adminSurveys.colStatus')}</th>
            <th scope="col">{t('adminSurveys.colAudience')}</th>
            <th scope="col">{t('adminSurveys.colCloses')}</th>
            <th scope="col" className="cell-number">
              {t('adminSurveys.colResponses')}
            </th>
            <th scope="col" className="cell-number">
              {t('adminSurveys.colMailed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr key={survey.id}>
              <th scope="row" className="cell-name">
                <Link to={withId(webPaths.adminSurvey, survey.id)}>{pickText(survey.title, language) || t('adminSurveys.untitled')}</Link>
                {survey.anonymous ? <span className="cell-sub">{t('adminSurveys.anonymousTag')}</span> : null}
              </th>
              <td>
                <SurveyStatusBadge status={survey.status} />
              </td>
              <td>{survey.segmentId ? (survey.segmentName ?? t('adminSurveys.segmentGone')) : t('adminSurveys.audienceAll')}</td>
              <td className="cell-nowrap">{formatZonedDateTime(survey.closesAt, language, surveyTimeZone)}</td>
              <td className="cell-number">{n(survey.responses)}</td>
              <td className="cell-number">{n(survey.mailed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
