import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
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
      <TextField
        id={ids.email}
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="username"
        value={email}
        onChange={onEmailChange}
        error={fieldErrors.email}
        required
      />
      <TextField
        id={ids.password}
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
        required
      />
      <Button type="submit" busy={loginMutation.isPending}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
