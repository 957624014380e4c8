import { FieldMessages, fieldMessageIds } from './field-messages';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  lang?: string;
}

export interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  className?: string;
  /** For compact table rows: the label is still there for assistive technology, just not shown. */
  hideLabel?: boolean;
}

export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  name,
  hint,
  error,
  className,
  hideLabel = false,
}: SelectFieldProps<V>) {
  const { describedBy } = fieldMessageIds(id, hint, error);

  const handleChange = (raw: string) => {
    const option = options.find((o) => o.value === raw);
    if (option) onChange(option.value);
  };

  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        className="field__select"
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => handleChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
