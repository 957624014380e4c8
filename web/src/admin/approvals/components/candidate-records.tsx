import type { ApprovalItem } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { DatesCell, JobCell } from '../../../components/record-cells';
import { formatMatchScore, matchStrength } from '../match-score';

export interface CandidateRecordsProps {
  claimId: string;
  /** Who made the claim; names the table, one of several on the page. */
  name: string;
  candidates: ApprovalItem['candidates'];
  /** The chosen record's id, or '' for none. */
  selected: string;
  onSelect: (recordId: string) => void;
}

/**
 * The HR records closest to the claim, best first. Choosing one (a radio group) links it when the claim
 * is approved, and its data becomes the member's verified period.
 */
export function CandidateRecords({ claimId, name: person, candidates, selected, onSelect }: CandidateRecordsProps) {
  const { t, locale } = useI18n();
  const name = `record-${claimId}`;
  const captionId = `${name}-caption`;

  if (candidates.length === 0) return <p className="empty">{t('adminApprovals.noCandidates')}</p>;

  return (
    <fieldset className="candidates">
      <legend className="field__label">{t('adminApprovals.chooseRecord')}</legend>
      <div className="radio">
        <input type="radio" id={`${name}-none`} name={name} value="" checked={selected === ''} onChange={() => onSelect('')} />
        <label htmlFor={`${name}-none`}>{t('adminApprovals.noRecord')}</label>
      </div>
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table--compact">
          <caption id={captionId} className="visually-hidden">
            {t('adminApprovals.candidatesCaption', { name: person })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('adminApprovals.colChoose')}</th>
              <th scope="col">{t('adminApprovals.colName')}</th>
              <th scope="col">{t('adminApprovals.colScore')}</th>
              <th scope="col">{t('adminApprovals.colEmployment')}</th>
              <th scope="col">{t('adminApprovals.colDates')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((record) => {
              const id = `${name}-${record.id}`;
              const fullName = `${record.firstName} ${record.lastName}`;
              const strength = matchStrength(record.score);
              return (
                <tr key={record.id} className={selected === record.id ? 'row--selected' : undefined}>
                  <td>
                    <input
                      type="radio"
                      id={id}
                      name={name}
                      value={record.id}
                      checked={selected === record.id}
                      onChange={() => onSelect(record.id)}
                    />
                    <label htmlFor={id} className="visually-hidden">
                      {t('adminApprovals.chooseThis', { name: fullName, number: record.employeeNumber })}
                    </label>
                  </td>
                  <th scope="row">
                    {fullName}
                    <span className="cell-sub">
                      <span className="visually-hidden">{t('adminApprovals.colEmail')}: </span>
                      {record.email ?? t('adminApprovals.noEmail')}
                    </span>
                    <span className="cell-sub">
                      {t('adminApprovals.colEmployeeNumber')}: {record.employeeNumber}
                    </span>
                    {record.memberId ? <span className="cell-sub">{t('adminApprovals.alreadyLinked')}</span> : null}
                  </th>
                  <td>
                    <span className={`match match--${strength}`}>{formatMatchScore(record.score, locale)}</span>
                    <span className="cell-sub">{t(`adminApprovals.match.${strength}`)}</span>
                  </td>
                  <JobCell title={record.title} department={record.department} />
                  <DatesCell startDate={record.startDate} endDate={record.endDate} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
