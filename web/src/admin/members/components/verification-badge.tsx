import type { VerificationStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useI18n();
  return <span className={`status verification--${status}`}>{t(`adminMembership.verification.${status}`)}</span>;
}
