import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { TokenAction } from '../../../components/token-action';
import { webPaths } from '../../../paths';
import { useConfirmEmailChange } from '../api/confirm-email-change';

export function ConfirmEmailChangePage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const confirm = useConfirmEmailChange();

  return (
    <TokenAction
      title={t('confirmEmailChange.title')}
      intro={t('confirmEmailChange.intro')}
      actionLabel={t('confirmEmailChange.submit')}
      token={searchParams.get('token')}
      busy={confirm.isPending}
      error={confirm.error}
      onConfirm={(token) => confirm.mutate({ token })}
      done={
        confirm.isSuccess ? (
          <p>
            {t('confirmEmailChange.done')} <Link to={webPaths.account}>{t('confirmEmailChange.toAccount')}</Link>
          </p>
        ) : undefined
      }
    />
  );
}
