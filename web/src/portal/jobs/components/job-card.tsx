import { Link } from 'react-router';
import { withId, type BoardJob } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { webPaths } from '../../../paths';
import { ClosingDate } from './closing-date';
import { JobBadges } from './job-badges';

/** One open job in the board: its title leads to the job's page. */
export function JobCard({ job }: { job: BoardJob }) {
  const { t } = useI18n();
  return (
    <li className="event-card">
      <h3 className="event-card__title">
        <Link to={withId(webPaths.job, job.id)}>{job.title}</Link>
      </h3>
      <JobBadges job={job} />
      <p className="event-card__line">{[job.department, job.location].filter(Boolean).join(' · ')}</p>
      <p className="event-card__line muted">
        {job.closesOn ? (
          <>
            {t('jobBoard.closes')}: <ClosingDate closesOn={job.closesOn} />
          </>
        ) : (
          t('jobBoard.noClosingDate')
        )}
      </p>
    </li>
  );
}
