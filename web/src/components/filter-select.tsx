import { SelectField, type SelectOption } from './select-field';

export interface FilterSelectProps<V extends string> {
  id: string;
  name?: string;
  label: string;
  /** '' while the list is not filtered by this. */
  value: V | '';
  onChange: (value: V | '') => void;
  /** The first option, the one that filters nothing out. */
  anyLabel: string;
  options: readonly SelectOption<V>[];
}

/** A search form's choice of one value, or any. */
export function FilterSelect<V extends string>({ anyLabel, options, ...rest }: FilterSelectProps<V>) {
  return <SelectField<V | ''> {...rest} options={[{ value: '', label: anyLabel }, ...options]} />;
}
