import type { Language } from '@alumni/shared';
import { en, type Messages } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const catalogs: Readonly<Record<Language, Messages>> = { fi, sv, en };

/** The locale each UI language formats dates and numbers in. */
export const locales: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
