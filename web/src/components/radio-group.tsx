export interface RadioOption<V extends string> {
  value: V;
  label: string;
  lang?: string;
}

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
}

export function RadioGroup<V extends string>({ name, legend, value, options, onChange }: RadioGroupProps<V>) {
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div className="radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={id} lang={option.lang}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
