import { useEffect, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { useSession } from '../../../api/session';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { homeFor, returnToParam, safeReturnPath, webPaths } from '../../../paths';
import { MagicLinkRequestForm } from '../components/magic-link-request-form';
import { PasswordSignInForm } from '../components/password-sign-in-form';

type Mode = 'password' | 'link';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const [mode, setMode] = useState<Mode>('password');
  const [switched, setSwitched] = useState(false);
  const [email, setEmail] = useState('');

  useEffect(() => {
    if (switched && mode === 'password') document.getElementById('sign-in-email')?.focus();
  }, [mode, switched]);

  const user = session.data?.user;
  if (user) {
    return <Navigate to={safeReturnPath(searchParams.get(returnToParam)) ?? homeFor(user.role)} replace />;
  }

  const switchTo = (next: Mode) => {
    setMode(next);
    setSwitched(true);
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('signIn.title')} />
      <p className="lead">{t('signIn.intro')}</p>
      <div className="panel">
        {mode === 'password' ? (
          <>
            <PasswordSignInForm email={email} onEmailChange={setEmail} />
            <p className="form-links">
              <Link to={webPaths.forgotPassword}>{t('signIn.forgot')}</Link>
            </p>
            <p>
              <Button variant="quiet" onClick={() => switchTo('link')}>
                {t('signIn.useLink')}
              </Button>
            </p>
          </>
        ) : (
          <>
            <MagicLinkRequestForm email={email} onEmailChange={setEmail} focusHeading={switched} />
            <p>
              <Button variant="quiet" onClick={() => switchTo('password')}>
                {t('signIn.usePassword')}
              </Button>
            </p>
          </>
        )}
      </div>
      <section className="aside-section">
        <h2>{t('signIn.newTitle')}</h2>
        <p>
          {t('signIn.newText')} <Link to={webPaths.register}>{t('links.register')}</Link>
        </p>
      </section>
    </div>
  );
}
