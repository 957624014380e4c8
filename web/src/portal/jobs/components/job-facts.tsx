import type { JobPage } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { ClosingDate } from './closing-date';

/** Where, what kind of work, from and until when, and whom to ask. */
export function JobFacts({ job }: { job: JobPage }) {
  const { t, language } = useI18n();
  return (
    <dl className="facts facts--grid event-facts">
      <dt>{t('jobBoard.department')}</dt>
      <dd>{job.department}</dd>
      <dt>{t('jobBoard.location')}</dt>
      <dd>
        {job.location}
        {job.remote ? ` (${t('jobBoard.remote')})` : null}
      </dd>
      <dt>{t('jobBoard.typeLabel')}</dt>
      <dd>{t(`jobBoard.type.${job.type}`)}</dd>
      <dt>{t('jobBoard.opens')}</dt>
      <dd>
        <time dateTime={job.opensOn}>{formatCalendarDate(job.opensOn, language)}</time>
      </dd>
      <dt>{t('jobBoard.closes')}</dt>
      <dd>
        <ClosingDate closesOn={job.closesOn} />
      </dd>
      <dt>{t('jobBoard.contact')}</dt>
      <dd>
        {job.contact ? (
          <>
            {job.contact.name}
            <br />
            <a href={`mailto:${job.contact.email}`}>{job.contact.email}</a>
          </>
        ) : (
          t('jobBoard.noContact')
        )}
      </dd>
    </dl>
  );
}
