import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { EmailRequestForm } from '../components/email-request-form';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const requestReset = useRequestPasswordReset();

  return (
    <div className="page page--narrow">
      <PageHeading title={t('forgotPassword.title')} />
      {requestReset.isSuccess ? (
        <Notice focus>{t('forgotPassword.done')}</Notice>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <div className="panel">
            <EmailRequestForm
              id="forgot-password-email"
              email={email}
              onEmailChange={setEmail}
              request={requestReset}
              submitLabel={t('forgotPassword.submit')}
            />
          </div>
        </>
      )}
      <p className="form-links">
        <Link to={webPaths.signIn}>{t('links.signIn')}</Link>
      </p>
    </div>
  );
}
