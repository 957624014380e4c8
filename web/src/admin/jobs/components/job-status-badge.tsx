import type { JobStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

const tone: Readonly<Record<JobStatus, string>> = { draft: 'status--pending', published: 'status--active', closed: 'status--suspended' };

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useI18n();
  return <span className={`status ${tone[status]}`}>{t(`adminJobs.status.${status}`)}</span>;
}
