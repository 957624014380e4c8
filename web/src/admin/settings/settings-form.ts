import {
  apiPaths,
  contrastRatio,
  languages as allLanguages,
  logoTypes,
  maxLogoBytes,
  minimumBrandContrast,
  type AdminSettings,
  type Language,
  type OrgSettings,
  type OrgSettingsBody,
} from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import type { Translate } from '../../i18n/translate';

/** The settings form as its fields hold it: euros as typed, colours as typed. */
export interface SettingsValues {
  orgName: string;
  primaryColour: string;
  accentColour: string;
  languages: Language[];
  defaultLanguage: Language;
  recruitmentCostEur: string;
  onboardingCostEur: string;
}

export type SettingsField = keyof SettingsValues;
export type ColourField = 'primaryColour' | 'accentColour';

export const settingsValues = (s: OrgSettings): SettingsValues => ({
  orgName: s.orgName,
  primaryColour: s.primaryColour,
  accentColour: s.accentColour,
  languages: [...s.languages],
  defaultLanguage: s.defaultLanguage,
  recruitmentCostEur: String(s.savings.recruitmentCostEur),
  onboardingCostEur: String(s.savings.onboardingCostEur),
});

/** Euros as typed, spaces (1 000) allowed; anything but a whole number is sent as not a number, which the schema refuses. */
export function euros(text: string): number {
  const compact = text.replace(/[\s\u00a0]/g, '');
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

const hexColour = /^#[0-9a-fA-F]{6}$/;

/** A colour as typed, with the leading # added when it was left out. */
export function colourText(text: string): string {
  const trimmed = text.trim();
  return /^[0-9a-fA-F]{6}$/.test(trimmed) ? `#${trimmed}` : trimmed;
}

/** What the colour picker shows: the typed colour when it is one, else the one saved. */
export const pickerValue = (text: string, saved: string): string => {
  const colour = colourText(text);
  return (hexColour.test(colour) ? colour : saved).toLowerCase();
};

export interface ColourCheck {
  /** The colour, when the text is a `#RRGGBB` one. */
  colour: string | null;
  /** Its contrast with white text, 1 to 21. */
  ratio: number | null;
  /** Whether white text on it meets the rule (AA, 4.5:1). */
  readable: boolean;
}

export function checkColour(text: string): ColourCheck {
  const colour = colourText(text);
  if (!hexColour.test(colour)) return { colour: null, ratio: null, readable: false };
  const ratio = contrastRatio(colour, '#ffffff');
  return { colour, ratio, readable: ratio >= minimumBrandContrast };
}

/** A ratio as people read it: one decimal, rounded down so that 4.49 never shows as the 4.5 it misses. */
export const formatRatio = (ratio: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.floor(ratio * 10) / 10);

export function settingsBody(values: SettingsValues): OrgSettingsBody {
  return {
    orgName: values.orgName,
    primaryColour: colourText(values.primaryColour),
    accentColour: colourText(values.accentColour),
    languages: values.languages,
    defaultLanguage: values.defaultLanguage,
    savings: { recruitmentCostEur: euros(values.recruitmentCostEur), onboardingCostEur: euros(values.onboardingCostEur) },
  };
}

/**
 * Ticks or unticks a language, keeping the platform's order. When the default language is
 * unticked, the first language still offered becomes the default.
 */
export function toggleLanguage(values: SettingsValues, language: Language, offered: boolean): SettingsValues {
  const next = allLanguages.filter((l) => (l === language ? offered : values.languages.includes(l)));
  const first = next[0];
  const defaultLanguage = next.includes(values.defaultLanguage) || first === undefined ? values.defaultLanguage : first;
  return { ...values, languages: next, defaultLanguage };
}

/** The form field a detail's path names: `savings.recruitmentCostEur` is the recruitment cost, `languages.1` the languages. */
export function settingsFieldOf(path: string): SettingsField | null {
  const [head, sub] = path.replace(/^body[./]/, '').split('.');
  if (head === 'savings') return sub === 'recruitmentCostEur' || sub === 'onboardingCostEur' ? sub : null;
  if (head === 'orgName' || head === 'primaryColour' || head === 'accentColour' || head === 'languages' || head === 'defaultLanguage') return head;
  return null;
}

/** The form's message per field from a refused save; `sent` is what was sent, to tell a colour's contrast. */
export function settingsFieldErrors(error: unknown, sent: SettingsValues, t: Translate, locale: string): Readonly<Partial<Record<SettingsField, string>>> {
  if (!(error instanceof ApiError)) return {};
  const result: Partial<Record<SettingsField, string>> = {};
  for (const detail of error.details) {
    const field = settingsFieldOf(detail.path);
    if (!field || result[field] !== undefined) continue;
    if (field === 'orgName') result[field] = detail.code === 'too_big' ? t('validation.tooLong') : t('adminSettings.error.orgName');
    else if (field === 'primaryColour' || field === 'accentColour') {
      const check = checkColour(sent[field]);
      result[field] =
        check.ratio !== null && !check.readable
          ? t('adminSettings.error.contrast', { ratio: formatRatio(check.ratio, locale), min: formatRatio(minimumBrandContrast, locale) })
          : t('adminSettings.error.colourFormat');
    } else if (field === 'languages') result[field] = t('adminSettings.error.languages');
    else if (field === 'defaultLanguage') result[field] = t('adminSettings.error.defaultLanguage');
    else result[field] = t('adminSettings.error.euros');
  }
  return result;
}

/* ---- the logo ---- */

export type LogoProblem = 'type' | 'size' | 'empty';

/**
 * Checks a chosen logo before it is sent, against the limits the server keeps (which reads the
 * bytes themselves too): PNG, JPEG or WebP, and at most `maxLogoBytes`.
 */
export function checkLogo(file: { size: number; type: string }): LogoProblem | null {
  if (!(logoTypes as readonly string[]).includes(file.type.toLowerCase())) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxLogoBytes) return 'size';
  return null;
}

/** A size in kilobytes, whole, the locale's way. */
export const kilobytes = (bytes: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024));

/** The stored logo's versioned address, as the branding gives it. */
export const logoUrlOf = (logo: NonNullable<AdminSettings['logo']>): string => `${apiPaths.brandingLogo}?v=${Date.parse(logo.updatedAt)}`;
