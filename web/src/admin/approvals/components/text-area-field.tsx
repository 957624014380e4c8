import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  rows?: number;
}

/** A labelled multi-line input, with its hint and error read out the way TextField's are. */
export function TextAreaField({ id, label, value, onChange, name, hint, error, required = false, maxLength, rows = 4 }: TextAreaFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        className="field__input field__textarea"
        id={id}
        name={name ?? id}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
