import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { TokenAction } from '../../../components/token-action';
import { webPaths } from '../../../paths';
import { useConsumeMagicLink } from '../api/consume-magic-link';

export function MagicLinkPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const consume = useConsumeMagicLink();

  return (
    <TokenAction
      title={t('magicLink.title')}
      intro={t('magicLink.intro')}
      actionLabel={t('magicLink.submit')}
      token={searchParams.get('token')}
      busy={consume.isPending}
      error={consume.error}
      onConfirm={(token) =>
        consume.mutate({ token }, { onSuccess: () => void navigate(webPaths.home, { replace: true }) })
      }
      recovery={<Link to={webPaths.signIn}>{t('magicLink.requestNew')}</Link>}
    />
  );
}
