import { Link } from 'react-router';
import { pickText, webPaths, withId, type AdminJob } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { DeleteJobAction } from './delete-job-action';
import { JobStatusBadge } from './job-status-badge';

export interface JobsTableProps {
  jobs: readonly AdminJob[];
  onDeleted: (job: AdminJob) => void;
}

export function JobsTable({ jobs, onDeleted }: JobsTableProps) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="jobs-caption" tabIndex={0}>
      <table className="table">
        <caption id="jobs-caption" className="visually-hidden">
          {t('adminJobs.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminJobs.colTitle')}</th>
            <th scope="col">{t('adminJobs.colStatus')}</th>
            <th scope="col">{t('adminJobs.colPlace')}</th>
            <th scope="col">{t('adminJobs.colOpen')}</th>
            <th scope="col">{t('adminJobs.colInterests')}</th>
            <th scope="col">{t('adminJobs.colReferrals')}</th>
            <th scope="col">{t('adminJobs.colShareVisits')}</th>
            <th scope="col">{t('adminJobs.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const title = pickText(job.title, language) || t('adminJobs.untitled');
            return (
              <tr key={job.id}>
                <th scope="row" className="cell-name">
                  <Link to={withId(webPaths.adminJob, job.id)}>{title}</Link>
                  <span className="muted"> {job.department}</span>
                </th>
                <td>
                  <JobStatusBadge status={job.status} />
                </td>
                <td>{job.remote ? t('adminJobs.placeRemote', { place: job.location }) : job.location}</td>
                <td className="cell-nowrap">
                  {formatCalendarDate(job.opensOn, language)}
                  {' – '}
                  {job.closesOn ? formatCalendarDate(job.closesOn, language) : t('adminJobs.noClosingDay')}
                </td>
                <td>{job.counts.interests}</td>
                <td>{job.counts.referrals}</td>
                <td>{job.counts.shareVisits}</td>
                <td className="cell-actions">
                  <div className="row-actions">
                    <Link className="button button--secondary" to={withId(webPaths.adminJob, job.id)}>
                      {t('adminJobs.open')}
                      <span className="visually-hidden"> {title}</span>
                    </Link>
                    {job.status === 'draft' ? <DeleteJobAction job={job} title={title} onDeleted={onDeleted} /> : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
