import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { webPaths, withId, type EmploymentRecord } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { DatesCell, JobCell } from '../../../components/record-cells';
import { selectionState, toggleAll, toggleOne, type Selection } from '../selection';

export interface RecordsTableProps {
  records: readonly EmploymentRecord[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
}

export function RecordsTable({ records, selection, onSelectionChange }: RecordsTableProps) {
  const { t, formatDateTime } = useI18n();
  const headerRef = useRef<HTMLInputElement>(null);
  const ids = records.map((record) => record.id);
  const state = selectionState(selection, ids);

  useEffect(() => {
    // "Some chosen" has no HTML attribute; the checkbox shows and announces it as mixed.
    if (headerRef.current) headerRef.current.indeterminate = state === 'some';
  }, [state]);

  return (
    <div className="table-wrap" role="region" aria-labelledby="records-caption" tabIndex={0}>
      <table className="table">
        <caption id="records-caption" className="visually-hidden">
          {t('adminRecords.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cell-check">
              <input
                ref={headerRef}
                type="checkbox"
                id="records-select-all"
                checked={state === 'all'}
                onChange={(event) => onSelectionChange(toggleAll(selection, ids, event.target.checked))}
              />
              <label htmlFor="records-select-all" className="visually-hidden">
                {t('adminRecords.selectAll')}
              </label>
            </th>
            <th scope="col">{t('adminRecords.colName')}</th>
            <th scope="col">{t('adminRecords.colEmail')}</th>
            <th scope="col">{t('adminRecords.colEmployment')}</th>
            <th scope="col">{t('adminRecords.colPeriod')}</th>
            <th scope="col">{t('adminRecords.colMember')}</th>
            <th scope="col">{t('adminRecords.colInvited')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const name = `${record.firstName} ${record.lastName}`;
            const checkboxId = `record-select-${record.id}`;
            return (
              <tr key={record.id} className={selection.has(record.id) ? 'row--selected' : undefined}>
                <td className="cell-check">
                  <input
                    type="checkbox"
                    id={checkboxId}
                    checked={selection.has(record.id)}
                    onChange={(event) => onSelectionChange(toggleOne(selection, record.id, event.target.checked))}
                  />
                  <label htmlFor={checkboxId} className="visually-hidden">
                    {t('adminRecords.select', { name, number: record.employeeNumber })}
                  </label>
                </td>
                <th scope="row">
                  {name}
                  <span className="cell-sub">
                    {t('adminRecords.colEmployeeNumber')}: {record.employeeNumber}
                  </span>
                </th>
                <td className="cell-email">{record.email ?? <span className="muted">{t('adminRecords.noEmail')}</span>}</td>
                <JobCell title={record.title} department={record.department} />
                <DatesCell startDate={record.startDate} endDate={record.endDate} />
                <td>
                  {record.memberId ? (
                    <Link to={withId(webPaths.adminMember, record.memberId)}>
                      {t('adminRecords.isMember')}
                      <span className="visually-hidden"> {name}</span>
                    </Link>
                  ) : (
                    <span className="muted">{t('adminRecords.notYet')}</span>
                  )}
                </td>
                <td className="cell-nowrap">
                  {record.invitedAt ? <time dateTime={record.invitedAt}>{formatDateTime(record.invitedAt)}</time> : t('common.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
