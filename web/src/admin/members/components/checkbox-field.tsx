export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}

export function CheckboxField({ id, label, checked, onChange, name }: CheckboxFieldProps) {
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name={name ?? id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
