import type { HTMLInputAutoCompleteAttribute } from 'react';
import { FieldMessages, fieldMessageIds } from './field-messages';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'month' | 'datetime-local' | 'url';
  name?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  /** The on-screen keyboard a touch device offers, e.g. digits for a number typed as text. */
  inputMode?: 'numeric' | 'text' | 'email' | 'url' | 'search';
  /** Bounds of a date (YYYY-MM-DD), month (YYYY-MM) or date and time (YYYY-MM-DDTHH:mm). */
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
  inputMode,
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
        inputMode={inputMode}
        min={min}
        max={max}
        // Browsers without a month picker show a text box; the pattern (and the field's hint) tell the format.
        pattern={type === 'month' ? '\\d{4}-\\d{2}' : undefined}
        spellCheck={type === 'email' || type === 'password' || type === 'url' ? false : undefined}
        autoCapitalize={type === 'email' || type === 'url' ? 'none' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
