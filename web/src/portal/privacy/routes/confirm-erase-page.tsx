import { Link, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { useSession } from '../../../api/session';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { signInPath, webPaths } from '../../../paths';
import { isErasedState, useEraseAccount } from '../api/erase-account';
import { ErasureExplanation } from '../components/erasure-explanation';

const tokenErrors: ErrorOverrides = {
  invalid_token: 'errors.invalidToken',
  not_found: 'errors.invalidToken',
  conflict: 'errors.invalidToken',
};

function Goodbye() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('privacy.goodbyeTitle')} />
      <Notice focus>
        <p>{t('privacy.goodbyeText')}</p>
      </Notice>
      <p>{t('privacy.goodbyeThanks')}</p>
      <p>
        <Link to={webPaths.home}>{t('links.home')}</Link>
      </p>
    </div>
  );
}

/**
 * Where the erasure mail leads (and where both ways of erasing end, to say goodbye). Opening the link
 * changes nothing; only the button erases, and only for the signed-in owner of the link.
 */
export function ConfirmErasePage() {
  const { t } = useI18n();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const session = useSession();
  const erase = useEraseAccount();
  const needsPassword = isApiError(erase.error) && erase.error.details.some((d) => d.code === 'password_required');

  if (isErasedState(location.state)) return <Goodbye />;
  if (session.isPending) return <Loading />;
  const user = session.data?.user;

  return (
    <div className="page page--medium">
      <PageHeading title={t('privacy.confirmTitle')} />
      {!token ? (
        <>
          <Notice tone="error">{t('errors.missingToken')}</Notice>
          <p>
            <Link to={webPaths.account}>{t('privacy.toAccount')}</Link>
          </p>
        </>
      ) : !user ? (
        <Notice tone="info" title={t('privacy.signInFirstTitle')}>
          <p>{t('privacy.signInFirstText')}</p>
          <p>
            <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('links.signIn')}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t('privacy.confirmIntro', { email: user.email })}</p>
          <ErasureExplanation headingLevel={2} />
          <ErrorSummary error={needsPassword ? null : erase.error} overrides={tokenErrors} />
          {needsPassword ? (
            <Notice tone="error">
              <p>
                {t('privacy.usePassword')} <Link to={webPaths.account}>{t('privacy.toAccount')}</Link>
              </p>
            </Notice>
          ) : null}
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!erase.isPending) erase.mutate({ token });
            }}
          >
            <div className="button-row">
              <Button type="submit" variant="danger" busy={erase.isPending}>
                {t('privacy.eraseConfirm')}
              </Button>
              <Link className="button button--secondary" to={webPaths.account}>
                {t('privacy.keepAccount')}
              </Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
