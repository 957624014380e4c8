import type { SurveyStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

const tone: Readonly<Record<SurveyStatus, string>> = { draft: 'status--pending', open: 'status--active', closed: 'status--suspended' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useI18n();
  return <span className={`status ${tone[status]}`}>{t(`adminSurveys.status.${status}`)}</span>;
}
