import { useI18n } from '../i18n/i18n-provider';
import { TextField } from './text-field';

export type NameField = 'firstName' | 'lastName';

export interface NameFieldsProps {
  ids: Readonly<Record<NameField, string>>;
  values: Readonly<Record<NameField, string>>;
  /** Shaped like `useFormState`'s setter, so a form built on it can pass that straight in. */
  onChange: (field: NameField) => (value: string) => void;
  /** From `useFieldErrors`: the API names these fields `firstName` and `lastName`. */
  errors: Readonly<Record<string, string>>;
}

/** First and last name side by side, capped at the length the API accepts. */
export function NameFields({ ids, values, onChange, errors }: NameFieldsProps) {
  const { t } = useI18n();

  return (
    <div className="form-row">
      <TextField
        id={ids.firstName}
        name="firstName"
        label={t('fields.firstName')}
        autoComplete="given-name"
        value={values.firstName}
        onChange={onChange('firstName')}
        error={errors.firstName}
        required
        maxLength={100}
      />
      <TextField
        id={ids.lastName}
        name="lastName"
        label={t('fields.lastName')}
        autoComplete="family-name"
        value={values.lastName}
        onChange={onChange('lastName')}
        error={errors.lastName}
        required
        maxLength={100}
      />
    </div>
  );
}
