import type { NewsletterStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export function NewsletterStatusBadge({ status }: { status: NewsletterStatus }) {
  const { t } = useI18n();
  return <span className={`status newsletter-status--${status}`}>{t(`adminNewsletters.status.${status}`)}</span>;
}
