import type { HTMLInputAutoCompleteAttribute } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'month';
  name?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  /** Bounds of a date (YYYY-MM-DD) or month (YYYY-MM). */
  min?: string;
  max?: string;
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
  min,
  max,
}: TextFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        className={type === 'month' ? 'field__input field__input--month' : 'field__input'}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        min={min}
        max={max}
        // Browsers without a month picker show a text box; the pattern (and the field's hint) tell the format.
        pattern={type === 'month' ? '\\d{4}-\\d{2}' : undefined}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
        autoCapitalize={type === 'email' ? 'none' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
