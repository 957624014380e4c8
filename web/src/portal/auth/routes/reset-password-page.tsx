import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { webPaths } from '../../../paths';
import { useResetPassword } from '../api/reset-password';

const tokenErrors: ErrorOverrides = { not_found: 'errors.invalidToken', conflict: 'errors.invalidToken' };

export function ResetPasswordPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const [password, setPassword] = useState('');
  const reset = useResetPassword();
  const fieldErrors = useFieldErrors(reset.error);
  const passwordId = 'reset-password-password';

  return (
    <div className="page page--narrow">
      <PageHeading title={t('resetPassword.title')} />
      {reset.isSuccess ? (
        <Notice focus>
          <p>
            {t('resetPassword.done')} <Link to={webPaths.signIn}>{t('links.signIn')}</Link>
          </p>
        </Notice>
      ) : token ? (
        <>
          <p className="lead">{t('resetPassword.intro')}</p>
          <div className="panel">
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!reset.isPending) reset.mutate({ token, password });
              }}
            >
              <ErrorSummary
                error={reset.error}
                overrides={tokenErrors}
                fields={[{ name: 'password', id: passwordId, label: t('fields.newPassword') }]}
              />
              <PasswordField
                id={passwordId}
                purpose="new"
                label={t('fields.newPassword')}
                value={password}
                onChange={setPassword}
                error={fieldErrors.password}
              />
              <Button type="submit" busy={reset.isPending}>
                {t('resetPassword.submit')}
              </Button>
            </form>
          </div>
          <p className="form-links">
            <Link to={webPaths.forgotPassword}>{t('magicLink.requestNew')}</Link>
          </p>
        </>
      ) : (
        <>
          <Notice tone="error">{t('errors.missingToken')}</Notice>
          <p>
            <Link to={webPaths.forgotPassword}>{t('magicLink.requestNew')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
