import type { HTMLInputAutoCompleteAttribute } from 'react';
import { useI18n } from '../i18n/i18n-provider';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  name?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
}

/** A labelled input whose hint and error are read out with it (aria-describedby) and marked invalid. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  name,
  autoComplete,
  hint,
  error,
  required = false,
  maxLength,
}: TextFieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      ) : null}
      <input
        className="field__input"
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
        autoCapitalize={type === 'email' ? 'none' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
