import { useState } from 'react';
import type { ImportProblem } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { sortedProblems } from '../import-progress';
import { problemText } from '../problem-text';

/** A long list is drawn in steps, so a file full of errors does not freeze the page. */
const step = 200;

export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState(step);
  if (problems.length === 0) return <p className="notice notice--info">{t('adminRecords.noProblems')}</p>;
  const sorted = sortedProblems([...problems]);
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <div className="import-problems">
      <h4 id="import-problems-title">{t('adminRecords.problemsTitle', { count: n(problems.length) })}</h4>
      <p className="muted">{t('adminRecords.problemsIntro')}</p>
      <div className="table-wrap table-wrap--scroll" role="region" aria-labelledby="import-problems-title" tabIndex={0}>
        <table className="table table--compact">
          <caption className="visually-hidden">{t('adminRecords.problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminRecords.colLine')}</th>
              <th scope="col">{t('adminRecords.colField')}</th>
              <th scope="col">{t('adminRecords.colProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((problem, index) => (
              <tr key={`${problem.line}-${problem.field ?? ''}-${index}`}>
                <th scope="row">{problem.line === 0 ? t('adminRecords.wholeFile') : problem.line}</th>
                <td>{problem.field ? <code>{problem.field}</code> : t('adminRecords.wholeRow')}</td>
                <td>{problemText(problem, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown ? (
        <div className="list-footer">
          <p className="muted">{t('adminRecords.problemsShown', { shown: n(shown), count: n(sorted.length) })}</p>
          <Button variant="secondary" onClick={() => setShown(sorted.length)}>
            {t('adminRecords.showAllProblems', { count: n(sorted.length) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
