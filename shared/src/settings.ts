import { z } from 'zod';
import { ZLanguage, languages, type Language } from './enums.js';

/* ---- colours ---- */

export const ZHexColour = z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, 'Give a colour as #RRGGBB, e.g. #1f4e79');

/** WCAG relative luminance of a `#RRGGBB` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two `#RRGGBB` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Buttons and links carry white text on the brand colours; below AA contrast the pages would fail axe. */
export const minimumBrandContrast = 4.5;

/* ---- logo ---- */

export const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof logoTypes)[number];
/** The largest logo accepted, in bytes. */
export const maxLogoBytes = 256 * 1024;

/* ---- the organisation's settings ---- */

export const ZSavingFigures = z.strictObject({
  /** What recruiting one person from outside costs, euros: ads, agency, interviews. */
  recruitmentCostEur: z.number().int().min(0).max(10_000_000),
  /** What onboarding a newcomer costs beyond a returner, euros: training, lost productivity. */
  onboardingCostEur: z.number().int().min(0).max(10_000_000),
});
export type SavingFigures = z.infer<typeof ZSavingFigures>;

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

export const ZOrgSettings = z
  .strictObject({
    orgName: z.string().trim().min(1).max(120),
    primaryColour: ZHexColour,
    accentColour: ZHexColour,
    /** The languages the portal, the console and the mails offer; at least one. */
    languages: z.array(ZLanguage).min(1).max(languages.length).refine(unique, 'Give each language once'),
    /** The language for visitors and members whose own language is not offered. */
    defaultLanguage: ZLanguage,
    savings: ZSavingFigures,
  })
  .superRefine((s, ctx) => {
    if (!s.languages.includes(s.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'The default language must be one of the languages offered' });
    }
    for (const key of ['primaryColour', 'accentColour'] as const) {
      const colour = s[key];
      if (/^#[0-9a-fA-F]{6}$/.test(colour) && contrastRatio(colour, '#ffffff') < minimumBrandContrast) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `White text on ${colour} is hard to read (contrast ${contrastRatio(colour, '#ffffff').toFixed(1)}:1, at least ${minimumBrandContrast}:1 needed); choose a darker colour`,
        });
      }
    }
  });
export type OrgSettings = z.infer<typeof ZOrgSettings>;
export type OrgSettingsBody = z.input<typeof ZOrgSettings>;

/** The colours are the portal's own blue, so a platform whose settings were never saved looks as it always did. */
export const defaultOrgSettings: OrgSettings = {
  orgName: 'Alumni',
  primaryColour: '#1d4e89',
  accentColour: '#1d4e89',
  languages: [...languages],
  defaultLanguage: 'fi',
  savings: { recruitmentCostEur: 0, onboardingCostEur: 0 },
};

/** The admin's view: the settings plus the logo's state. */
export const ZAdminSettings = z.object({
  settings: ZOrgSettings,
  logo: z.object({ contentType: z.enum(logoTypes), bytes: z.number().int(), updatedAt: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type AdminSettings = z.infer<typeof ZAdminSettings>;

/** What every page may read without signing in: the name, colours, languages and logo address. */
export const ZBranding = z.object({
  orgName: z.string(),
  primaryColour: z.string(),
  accentColour: z.string(),
  languages: z.array(ZLanguage),
  defaultLanguage: ZLanguage,
  /** The logo's address with its version, or null when none is set. */
  logoUrl: z.string().nullable(),
});
export type Branding = z.infer<typeof ZBranding>;

/** The language to use for someone who prefers `wanted`: it when offered, else the default. */
export const offeredLanguage = (branding: Pick<OrgSettings, 'languages' | 'defaultLanguage'>, wanted: Language): Language =>
  branding.languages.includes(wanted) ? wanted : branding.defaultLanguage;
