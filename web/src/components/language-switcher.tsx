import type { Language } from '@alumni/shared';
import { useBranding } from '../app/branding';
import { useI18n } from '../i18n/i18n-provider';
import { SelectField } from './select-field';

export interface LanguageSwitcherProps {
  onChange: (language: Language) => void;
}

/**
 * Options are written in their own language (Suomi, Svenska, English) so anyone can find theirs;
 * only the languages the organisation offers are listed, and with one there is nothing to switch.
 */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const { t, language } = useI18n();
  const { languages } = useBranding();
  if (languages.length < 2) return null;
  return (
    <SelectField
      className="language-switcher"
      id="language-switcher"
      label={t('language.label')}
      value={language}
      onChange={onChange}
      options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
    />
  );
}
