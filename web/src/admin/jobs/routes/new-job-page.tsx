import { Link, useNavigate } from 'react-router';
import { webPaths, withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { JobForm } from '../components/job-form';
import type { JobPageState } from './job-page';

export function NewJobPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="page page--medium">
      <p className="back-link">
        <Link to={webPaths.adminJobs}>{t('adminJobs.backToList')}</Link>
      </p>
      <PageHeading title={t('adminJobs.newTitle')} />
      <p className="lead">{t('adminJobs.newIntro')}</p>
      <section className="panel" aria-label={t('adminJobs.newTitle')}>
        <JobForm
          onSaved={(job) => {
            const state: JobPageState = { created: true };
            void navigate(withId(webPaths.adminJob, job.id), { state });
          }}
          onCancel={() => void navigate(webPaths.adminJobs)}
        />
      </section>
    </div>
  );
}
