import { useI18n } from '../../../i18n/i18n-provider';
import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  name?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  /** Show how many characters are used of the maximum, read out with the field. */
  counter?: boolean;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  maxLength,
  name,
  hint,
  error,
  required = false,
  rows = 4,
  counter = false,
}: TextAreaFieldProps) {
  const { t } = useI18n();
  const { describedBy } = fieldMessageIds(id, hint, error);
  const counterId = `${id}-count`;
  const used = [...value].length;
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
        aria-describedby={[describedBy, counter ? counterId : undefined].filter(Boolean).join(' ') || undefined}
      />
      {counter ? (
        <p className="field__counter" id={counterId}>
          {t('membership.characterCount', { used, max: maxLength })}
        </p>
      ) : null}
    </div>
  );
}
