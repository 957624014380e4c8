import { apiPaths, pickText, type Survey } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useSurveyResults } from '../api/get-survey-results';
import { barsSummary, meanText, percentText, questionsWithResults, resultBars, shortLabel, type ResultBar } from '../survey-results';

function Bars({ bars, summary }: { bars: readonly ResultBar[]; summary: string }) {
  const row = 26;
  const labelWidth = 190;
  const width = 560;
  return (
    <svg className="survey-chart" role="img" aria-label={summary} viewBox={`0 0 ${String(width)} ${String(bars.length * row + 4)}`}>
      {bars.map((bar, i) => {
        const w = Math.max(1, Math.round((width - labelWidth - 60) * bar.length));
        const y = i * row + 2;
        return (
          <g key={bar.key}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="survey-chart__label">
              {shortLabel(bar.label, 26)}
            </text>
            <rect x={labelWidth} y={y + 3} width={w} height={row - 8} className="survey-chart__bar" />
            <text x={labelWidth + w + 6} y={y + 16} className="survey-chart__value">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The answers per question: a chart and its table for choices and scales, the texts for free text. */
export function SurveyResultsSection({ survey }: { survey: Survey }) {
  const { t, language, locale } = useI18n();
  const results = useSurveyResults(survey.id);
  const n = new Intl.NumberFormat(locale);
  return (
    <section className="panel" aria-labelledby="survey-results-title">
      <h2 id="survey-results-title">{t('adminSurveys.results.title')}</h2>
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <Notice tone="error">{describeError(results.error, t)}</Notice>
      ) : (
        <>
          <p>
            {t('adminSurveys.results.responses', { count: results.data.responses })}
            {results.data.audience !== null ? ` ${t('adminSurveys.results.rate', { rate: percentText(locale, results.data.responses, results.data.audience), audience: n.format(results.data.audience) })}` : ''}
          </p>
          {survey.anonymous ? <p className="muted">{t('adminSurveys.results.anonymous')}</p> : null}
          <p>
            <a className="button button--secondary" href={apiPaths.adminSurveyExport(survey.id)} download>
              {t('adminSurveys.results.download')}
            </a>
          </p>
          {questionsWithResults(survey.questions, results.data).map(({ question, result }, index) => {
            const prompt = pickText(question.prompt, language) || question.id;
            const bars = resultBars(question, result, language);
            const mean = question.kind === 'scale' ? meanText(locale, result.average) : null;
            return (
              <div key={question.id} className="survey-result">
                <h3>{`${String(index + 1)}. ${prompt}`}</h3>
                <p className="muted">{t('adminSurveys.results.answered', { count: result.answered })}</p>
                {question.kind === 'text' ? (
                  result.texts.length === 0 ? (
                    <p className="empty">{t('adminSurveys.results.noTexts')}</p>
                  ) : (
                    <ul className="survey-texts">
                      {result.texts.map((text, i) => (
                        <li key={`${String(i)}-${text.slice(0, 20)}`}>{text}</li>
                      ))}
                    </ul>
                  )
                ) : (
                  <>
                    {mean ? <p>{t('adminSurveys.results.mean', { mean, max: question.scaleMax })}</p> : null}
                    <Bars bars={bars} summary={`${prompt}: ${barsSummary(bars, locale)}`} />
                    <table className="table">
                      <caption className="visually-hidden">{t('adminSurveys.results.caption', { question: prompt })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('adminSurveys.results.answer')}</th>
                          <th scope="col" className="cell-number">
                            {t('adminSurveys.results.count')}
                          </th>
                          <th scope="col" className="cell-number">
                            {t('adminSurveys.results.share')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {bars.map((bar) => (
                          <tr key={bar.key}>
                            <th scope="row">{bar.label}</th>
                            <td className="cell-number">{n.format(bar.count)}</td>
                            <td className="cell-number">{percentText(locale, bar.count, result.answered)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
