import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { TokenAction } from '../../../components/token-action';
import { webPaths } from '../../../paths';
import { useVerifyEmail } from '../api/verify-email';

export function ConfirmEmailPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const verify = useVerifyEmail();

  return (
    <TokenAction
      title={t('confirmEmail.title')}
      intro={t('confirmEmail.intro')}
      actionLabel={t('confirmEmail.submit')}
      token={searchParams.get('token')}
      busy={verify.isPending}
      error={verify.error}
      onConfirm={(token) => verify.mutate({ token })}
      done={
        verify.isSuccess ? (
          <p>
            {t('confirmEmail.done')} <Link to={webPaths.signIn}>{t('links.signIn')}</Link>
          </p>
        ) : undefined
      }
    />
  );
}
