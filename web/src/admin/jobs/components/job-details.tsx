import type { ReactNode } from 'react';
import { languages, type AdminJob } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { JobStatusBadge } from './job-status-badge';

/** The posting as saved: its details, figures and the texts in each language. */
export function JobDetails({ job }: { job: AdminJob }) {
  const { t, language, formatDateTime } = useI18n();
  const items: [string, ReactNode][] = [
    [t('adminJobs.colStatus'), <JobStatusBadge key="status" status={job.status} />],
    [t('adminJobs.form.department'), job.department],
    [t('adminJobs.form.location'), job.remote ? t('adminJobs.placeRemote', { place: job.location }) : job.location],
    [t('adminJobs.form.type'), t(`adminJobs.type.${job.type}`)],
    [t('adminJobs.form.opensOn'), formatCalendarDate(job.opensOn, language)],
    [t('adminJobs.form.closesOn'), job.closesOn ? formatCalendarDate(job.closesOn, language) : t('adminJobs.noClosingDay')],
    [t('adminJobs.detail.contact'), job.contact ? `${job.contact.name} (${job.contact.email})` : t('common.none')],
    [t('adminJobs.form.applyUrl'), job.applyUrl ?? t('common.none')],
    [t('adminJobs.colInterests'), String(job.counts.interests)],
    [t('adminJobs.colReferrals'), String(job.counts.referrals)],
    [t('adminJobs.colShareVisits'), String(job.counts.shareVisits)],
    [t('adminJobs.detail.updated'), formatDateTime(job.updatedAt)],
  ];
  return (
    <>
      <dl className="member-summary">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {languages
        .filter((l) => job.title[l] !== '' || job.description[l] !== '')
        .map((l) => (
          <section key={l} lang={l} aria-labelledby={`job-text-${l}`}>
            <h3 id={`job-text-${l}`}>{job.title[l] || t('adminJobs.untitled')}</h3>
            <p className="job-description">{job.description[l] || t('adminJobs.detail.noDescription')}</p>
          </section>
        ))}
    </>
  );
}
