import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { webPaths } from '../../../paths';
import { useLogoutAll } from '../api/logout-all';

export function SignOutEverywhere() {
  const { t } = useI18n();
  const logoutAll = useLogoutAll(webPaths.home);

  return (
    <section className="panel">
      <h2>{t('account.sessionsTitle')}</h2>
      <p>{t('account.sessionsIntro')}</p>
      <ErrorSummary error={logoutAll.error} />
      <Button variant="danger" busy={logoutAll.isPending} onClick={() => logoutAll.mutate()}>
        {t('account.signOutEverywhere')}
      </Button>
    </section>
  );
}
