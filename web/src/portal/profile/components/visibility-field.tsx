import { directoryVisibilities, type DirectoryVisibility } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export interface VisibilityFieldProps {
  value: DirectoryVisibility;
  onChange: (value: DirectoryVisibility) => void;
}

/** Who sees the profile, each choice with a line that says what it means. */
export function VisibilityField({ value, onChange }: VisibilityFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{t('profile.visibility')}</legend>
      {directoryVisibilities.map((option) => {
        const id = `profile-visibility-${option}`;
        return (
          <div className="radio radio--described" key={option}>
            <input
              type="radio"
              id={id}
              name="directoryVisibility"
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
              aria-describedby={`${id}-description`}
            />
            <div>
              <label htmlFor={id}>{t(`visibility.${option}`)}</label>
              <p className="radio__description" id={`${id}-description`}>
                {t(`visibility.${option}Text`)}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
