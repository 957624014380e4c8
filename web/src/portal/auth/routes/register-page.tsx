import { Link, Navigate } from 'react-router';
import { passwordMinLength } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { useSession } from '../../../api/session';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
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
              <div className="form-row">
                <TextField
                  id={ids.firstName}
                  name="firstName"
                  label={t('fields.firstName')}
                  autoComplete="given-name"
                  value={values.firstName}
                  onChange={setter('firstName')}
                  error={fieldErrors.firstName}
                  required
                  maxLength={100}
                />
                <TextField
                  id={ids.lastName}
                  name="lastName"
                  label={t('fields.lastName')}
                  autoComplete="family-name"
                  value={values.lastName}
                  onChange={setter('lastName')}
                  error={fieldErrors.lastName}
                  required
                  maxLength={100}
                />
              </div>
              <TextField
                id={ids.email}
                name="email"
                type="email"
                label={t('fields.email')}
                autoComplete="email"
                value={values.email}
                onChange={setter('email')}
                error={fieldErrors.email}
                required
              />
              <TextField
                id={ids.password}
                name="password"
                type="password"
                label={t('fields.password')}
                hint={t('fields.passwordHint', { min: passwordMinLength })}
                autoComplete="new-password"
                value={values.password}
                onChange={setter('password')}
                error={fieldErrors.password}
                required
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
