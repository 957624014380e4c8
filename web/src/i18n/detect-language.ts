import { defaultLanguage, languages, type Language } from '@alumni/shared';

export const languageStorageKey = 'alumni_language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The first supported language among the browser's preferences (sv-FI counts as sv), else Finnish. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}

export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(languageStorageKey, language);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

export function initialLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return pickLanguage(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}
