import { useI18n } from '../i18n/i18n-provider';
import { FieldMessages, fieldMessageIds } from './field-messages';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  name?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  /** Show how many characters are used of the maximum (when there is one), read out with the field. */
  counter?: boolean;
}

/** A labelled multi-line input, with its hint and error read out the way TextField's are. */
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
  const showCounter = counter && maxLength !== undefined;
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
        aria-describedby={[describedBy, showCounter ? counterId : undefined].filter(Boolean).join(' ') || undefined}
      />
      {showCounter ? (
        <p className="field__counter" id={counterId}>
          {t('membership.characterCount', { used, max: maxLength ?? 0 })}
        </p>
      ) : null}
    </div>
  );
}
