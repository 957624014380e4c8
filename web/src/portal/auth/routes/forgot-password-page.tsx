import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { webPaths } from '../../../paths';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordPage() {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const requestReset = useRequestPasswordReset();
  const fieldErrors = useFieldErrors(requestReset.error);
  const emailId = 'forgot-password-email';

  return (
    <div className="page page--narrow">
      <PageHeading title={t('forgotPassword.title')} />
      {requestReset.isSuccess ? (
        <Notice focus>{t('forgotPassword.done')}</Notice>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <div className="panel">
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!requestReset.isPending) requestReset.mutate({ email, language });
              }}
            >
              <ErrorSummary error={requestReset.error} fields={[{ name: 'email', id: emailId, label: t('fields.email') }]} />
              <TextField
                id={emailId}
                name="email"
                type="email"
                label={t('fields.email')}
                autoComplete="email"
                value={email}
                onChange={setEmail}
                error={fieldErrors.email}
                required
              />
              <Button type="submit" busy={requestReset.isPending}>
                {t('forgotPassword.submit')}
              </Button>
            </form>
          </div>
        </>
      )}
      <p className="form-links">
        <Link to={webPaths.signIn}>{t('links.signIn')}</Link>
      </p>
    </div>
  );
}
