import { Link, Navigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { useSession } from '../../../api/session';
import { Button } from '../../../components/button';
import { EmailField } from '../../../components/email-field';
import { ErrorSummary } from '../../../components/error-summary';
import { NameFields } from '../../../components/name-fields';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { homeFor, webPaths } from '../../../paths';
import { useRegister } from '../api/register';

const ids = {
  firstName: 'register-first-name',
  lastName: 'register-last-name',
  email: 'register-email',
  password: 'register-password',
} as const;

export function RegisterPage() {
  const { t, language } = useI18n();
  const session = useSession();
  const registerMutation = useRegister();
  const { values, setter } = useFormState({ firstName: '', lastName: '', email: '', password: '' });
  const fieldErrors = useFieldErrors(registerMutation.error);

  const user = session.data?.user;
  if (user) return <Navigate to={homeFor(user.role)} replace />;

  return (
    <div className="page page--narrow">
      <PageHeading title={t('register.title')} />
      {registerMutation.isSuccess ? (
        <Notice focus title={t('register.doneTitle')}>
          <p>{t('register.done', { email: registerMutation.variables.email.trim() })}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t('register.intro')}</p>
          <div className="panel">
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!registerMutation.isPending) registerMutation.mutate({ ...values, language });
              }}
            >
              <ErrorSummary
                error={registerMutation.error}
                fields={[
                  { name: 'firstName', id: ids.firstName, label: t('fields.firstName') },
                  { name: 'lastName', id: ids.lastName, label: t('fields.lastName') },
                  { name: 'email', id: ids.email, label: t('fields.email') },
                  { name: 'password', id: ids.password, label: t('fields.password') },
                ]}
              />
              <NameFields ids={ids} values={values} onChange={setter} errors={fieldErrors} />
              <EmailField id={ids.email} value={values.email} onChange={setter('email')} error={fieldErrors.email} />
              <PasswordField
                id={ids.password}
                purpose="new"
                value={values.password}
                onChange={setter('password')}
                error={fieldErrors.password}
              />
              <Button type="submit" busy={registerMutation.isPending}>
                {t('register.submit')}
              </Button>
            </form>
          </div>
        </>
      )}
      <section className="aside-section">
        <h2>{t('register.haveAccount')}</h2>
        <p>
          <Link to={webPaths.signIn}>{t('links.signIn')}</Link>
        </p>
      </section>
    </div>
  );
}
