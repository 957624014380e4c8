import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { EmailField } from '../../../components/email-field';
import { ErrorSummary } from '../../../components/error-summary';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useLogin } from '../api/login';

export interface PasswordSignInFormProps {
  email: string;
  onEmailChange: (email: string) => void;
}

export function PasswordSignInForm({ email, onEmailChange }: PasswordSignInFormProps) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const loginMutation = useLogin();
  const fieldErrors = useFieldErrors(loginMutation.error);
  const ids = { email: 'sign-in-email', password: 'sign-in-password' };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!loginMutation.isPending) loginMutation.mutate({ email, password });
      }}
    >
      <ErrorSummary
        error={loginMutation.error}
        fields={[
          { name: 'email', id: ids.email, label: t('fields.email') },
          { name: 'password', id: ids.password, label: t('fields.password') },
        ]}
      />
      <EmailField
        id={ids.email}
        autoComplete="username"
        value={email}
        onChange={onEmailChange}
        error={fieldErrors.email}
      />
      <PasswordField
        id={ids.password}
        purpose="current"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
      />
      <Button type="submit" busy={loginMutation.isPending}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
