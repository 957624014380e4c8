import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';

export interface MonthFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  /** YYYY-MM bounds; browsers without a month picker show a text box, where the hint tells the format. */
  min?: string;
  max?: string;
}

export function MonthField({ id, label, value, onChange, name, hint, error, required = false, min, max }: MonthFieldProps) {
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        className="field__input field__input--month"
        id={id}
        name={name ?? id}
        type="month"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        min={min}
        max={max}
        pattern="\d{4}-\d{2}"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
