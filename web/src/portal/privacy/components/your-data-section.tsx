import type { User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { DownloadData } from './download-data';
import { EraseAccount } from './erase-account';

/** The member's own data on the account page: take a copy, or have it all removed. */
export function YourDataSection({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <p>{t('privacy.intro')}</p>
      <DownloadData />
      <EraseAccount user={user} />
    </section>
  );
}
