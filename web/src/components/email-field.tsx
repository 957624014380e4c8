import type { HTMLInputAutoCompleteAttribute } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { TextField } from './text-field';

export interface EmailFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** The key the API names the field by in its errors. */
  name?: string;
  label?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
}

export function EmailField({
  id,
  value,
  onChange,
  error,
  name = 'email',
  label,
  autoComplete = 'email',
}: EmailFieldProps) {
  const { t } = useI18n();

  return (
    <TextField
      id={id}
      name={name}
      type="email"
      label={label ?? t('fields.email')}
      autoComplete={autoComplete}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
