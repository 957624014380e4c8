import type { NewsStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export function NewsStatusBadge({ status }: { status: NewsStatus }) {
  const { t } = useI18n();
  return <span className={`status ${status === 'published' ? 'status--active' : 'status--pending'}`}>{t(`adminNews.status.${status}`)}</span>;
}
