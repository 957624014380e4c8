import { passwordMinLength } from '@alumni/shared';
import { useI18n } from '../i18n/i18n-provider';
import { TextField } from './text-field';

export interface PasswordFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /**
   * Only a new password is held to the length rule, so only then is the rule shown up front,
   * and password managers offer to generate one rather than fill in the saved one.
   */
  purpose: 'new' | 'current';
  /** The key the API names the field by in its errors. */
  name?: string;
  label?: string;
}

export function PasswordField({ id, value, onChange, error, purpose, name = 'password', label }: PasswordFieldProps) {
  const { t } = useI18n();
  const isNew = purpose === 'new';

  return (
    <TextField
      id={id}
      name={name}
      type="password"
      label={label ?? t('fields.password')}
      hint={isNew ? t('fields.passwordHint', { min: passwordMinLength }) : undefined}
      autoComplete={isNew ? 'new-password' : 'current-password'}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
