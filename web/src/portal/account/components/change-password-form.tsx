import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { useChangePassword } from '../api/change-password';

const ids = { currentPassword: 'account-current-password', newPassword: 'account-new-password' } as const;
const overrides: ErrorOverrides = { invalid_credentials: 'errors.wrongPassword' };

export function ChangePasswordForm() {
  const { t } = useI18n();
  const change = useChangePassword();
  const { values, setter, setValues } = useFormState({ currentPassword: '', newPassword: '' });
  const fieldErrors = useFieldErrors(change.error);

  return (
    <section className="panel">
      <h2>{t('account.passwordTitle')}</h2>
      <p>{t('account.passwordIntro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (change.isPending) return;
          change.mutate(values, { onSuccess: () => setValues({ currentPassword: '', newPassword: '' }) });
        }}
      >
        <ErrorSummary
          error={change.error}
          overrides={overrides}
          fields={[
            { name: 'currentPassword', id: ids.currentPassword, label: t('fields.currentPassword') },
            { name: 'newPassword', id: ids.newPassword, label: t('fields.newPassword') },
          ]}
        />
        {change.isSuccess ? <Notice>{t('account.passwordChanged')}</Notice> : null}
        <PasswordField
          id={ids.currentPassword}
          name="currentPassword"
          purpose="current"
          label={t('fields.currentPassword')}
          value={values.currentPassword}
          onChange={setter('currentPassword')}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          id={ids.newPassword}
          name="newPassword"
          purpose="new"
          label={t('fields.newPassword')}
          value={values.newPassword}
          onChange={setter('newPassword')}
          error={fieldErrors.newPassword}
        />
        <Button type="submit" busy={change.isPending}>
          {t('account.passwordSubmit')}
        </Button>
      </form>
    </section>
  );
}
