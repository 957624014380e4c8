import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@alumni/shared';
import { catalogs, locales } from './catalogs';
import { formatDateTime } from './dates';
import { initialLanguage, storeLanguage } from './detect-language';
import { createTranslator, type Translate } from './translate';

export interface I18n {
  language: Language;
  locale: string;
  t: Translate;
  /** Changes the UI language and remembers it on this device. */
  setLanguage: (language: Language) => void;
  formatDateTime: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      locale: locales[language],
      t: createTranslator(catalogs[language]),
      setLanguage,
      formatDateTime: (iso: string) => formatDateTime(iso, language),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
