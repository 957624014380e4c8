export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  /** One line under the label saying what ticking the box means, read out with it. */
  description?: string;
}

export function CheckboxField({ id, label, checked, onChange, name, description }: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        name={name ?? id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={descriptionId}
      />
      <div className="checkbox__text">
        <label htmlFor={id}>{label}</label>
        {description ? (
          <p className="checkbox__description" id={descriptionId}>
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
