import type { BoardJob } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

/** The job's type, whether it can be done remotely, and the member's own interest. */
export function JobBadges({ job, closed = false }: { job: BoardJob; closed?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="badge-list">
      <li className="badge">{t(`jobBoard.type.${job.type}`)}</li>
      {job.remote ? <li className="badge">{t('jobBoard.remote')}</li> : null}
      {closed ? <li className="badge event-badge--cancelled">{t('jobBoard.closedBadge')}</li> : null}
      {job.interested ? <li className="badge answer-badge--going">{t('jobBoard.interestedBadge')}</li> : null}
    </ul>
  );
}
