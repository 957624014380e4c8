import { minimumBrandContrast } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';
import { checkColour, colourText, formatRatio, pickerValue } from '../settings-form';

export interface ColourFieldProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  /** The colour saved, which the picker shows while the text is not a colour. */
  saved: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * A colour as a picker and as #RRGGBB text side by side, with a swatch that shows white text on it
 * and its contrast ratio, so the rule can be seen before saving.
 */
export function ColourField({ id, name, label, hint, value, saved, onChange, error }: ColourFieldProps) {
  const { t, locale } = useI18n();
  const check = checkColour(value);
  const statusId = `${id}-contrast`;
  const { describedBy } = fieldMessageIds(id, hint, error);
  const min = formatRatio(minimumBrandContrast, locale);
  const status =
    check.ratio === null
      ? t('adminSettings.colourInvalid')
      : check.readable
        ? t('adminSettings.contrastOk', { ratio: formatRatio(check.ratio, locale) })
        : t('adminSettings.contrastLow', { ratio: formatRatio(check.ratio, locale), min });

  return (
    <div className={error ? 'field field--invalid colour-field' : 'field colour-field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="colour-field__controls">
        <input
          className="colour-field__picker"
          type="color"
          id={`${id}-picker`}
          aria-label={t('adminSettings.colourPicker', { label })}
          aria-describedby={statusId}
          value={pickerValue(value, saved)}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          className="field__input colour-field__text"
          id={id}
          name={name}
          type="text"
          value={value}
          maxLength={7}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => onChange(colourText(value))}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy, statusId].filter(Boolean).join(' ')}
        />
        {/* White text is shown only where it is readable; below the rule the swatch shows the colour alone. */}
        <div className="colour-swatch" style={check.colour ? { background: check.colour } : undefined} aria-hidden="true">
          {check.readable ? t('adminSettings.swatch') : null}
        </div>
      </div>
      <p className={check.readable ? 'field__hint' : 'field__hint colour-field__warning'} id={statusId}>
        {status}
      </p>
    </div>
  );
}
