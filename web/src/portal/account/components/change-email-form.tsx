import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { EmailField } from '../../../components/email-field';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { useChangeEmail } from '../api/change-email';

const ids = { newEmail: 'account-new-email', password: 'account-email-password' } as const;
const overrides: ErrorOverrides = { invalid_credentials: 'errors.wrongPassword', conflict: 'errors.emailTaken' };

export function ChangeEmailForm() {
  const { t } = useI18n();
  const change = useChangeEmail();
  const { values, setter, setValues } = useFormState({ newEmail: '', password: '' });
  const fieldErrors = useFieldErrors(change.error);

  return (
    <section className="panel">
      <h2>{t('account.emailTitle')}</h2>
      <p>{t('account.emailIntro')}</p>
      {change.isSuccess ? (
        <Notice focus>{t('account.emailSent', { email: change.variables.newEmail.trim() })}</Notice>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (change.isPending) return;
          change.mutate(values, { onSuccess: () => setValues({ newEmail: '', password: '' }) });
        }}
      >
        <ErrorSummary
          error={change.error}
          overrides={overrides}
          fields={[
            { name: 'newEmail', id: ids.newEmail, label: t('fields.newEmail') },
            { name: 'password', id: ids.password, label: t('fields.password') },
          ]}
        />
        <EmailField
          id={ids.newEmail}
          name="newEmail"
          label={t('fields.newEmail')}
          value={values.newEmail}
          onChange={setter('newEmail')}
          error={fieldErrors.newEmail}
        />
        <PasswordField
          id={ids.password}
          purpose="current"
          value={values.password}
          onChange={setter('password')}
          error={fieldErrors.password}
        />
        <Button type="submit" busy={change.isPending}>
          {t('account.emailSubmit')}
        </Button>
      </form>
    </section>
  );
}
