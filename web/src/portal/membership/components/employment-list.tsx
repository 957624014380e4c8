import type { ReactNode } from 'react';
import type { EmploymentPeriod } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatPeriod } from '../periods';

export interface EmploymentListProps {
  periods: readonly EmploymentPeriod[];
  /** Extra controls for a period, e.g. a delete button on the member's own profile. */
  actions?: (period: EmploymentPeriod) => ReactNode;
}

/** Employment periods, latest first as given, with the ones confirmed from HR's records marked. */
export function EmploymentList({ periods, actions }: EmploymentListProps) {
  const { t, locale } = useI18n();
  return (
    <ul className="employment-list">
      {periods.map((period) => (
        <li key={period.id} className="employment-list__item">
          <div>
            <p className="employment-list__title">
              {period.title}, {period.department}
              {period.verified ? (
                <span className="verified-badge">
                  <span aria-hidden="true">✓ </span>
                  {t('membership.verifiedPeriod')}
                </span>
              ) : null}
            </p>
            <p className="employment-list__dates">{formatPeriod(period.startDate, period.endDate, locale, t('membership.ongoing'))}</p>
          </div>
          {actions ? <div className="employment-list__actions">{actions(period)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
