import { contrastRatio, defaultOrgSettings, minimumBrandContrast, type Branding } from '@alumni/shared';

/*
 * The organisation's colours as the stylesheet's custom properties. styles.css derives its primary,
 * hover, soft and link colours from `--brand-*` variables whose own values are the platform's blue;
 * a colour left at the shipped default sets nothing, so the stylesheet's hand-tuned shades stay.
 */

/** The page background (`--color-bg` in styles.css): brand colours are read as text on it too. */
export const pageBackground = '#f5f7fa';
const white = '#ffffff';
const black = '#000000';

const hexColour = /^#[0-9a-fA-F]{6}$/;
export const isHexColour = (value: string): boolean => hexColour.test(value);

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `colour` moved `share` (0 to 1) of the way towards `towards`, channel by channel. */
export function mix(colour: string, towards: string, share: number): string {
  const a = channels(colour);
  const b = channels(towards);
  return toHex(a.map((c, i) => c + ((b[i] ?? c) - c) * share));
}

/**
 * The colour, darkened as little as needed to read as text on `background` (AA, 4.5:1). The
 * server already holds it to that against white; the page's light grey asks slightly more.
 */
export function readableOn(colour: string, background: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, black, step / 20);
    if (contrastRatio(candidate, background) >= minimumBrandContrast) return candidate;
  }
  return black;
}

/** The lightest tint for hover and current-item backgrounds on which the colour itself still reads as text. */
export function softTint(colour: string): string {
  for (const share of [0.9, 0.93, 0.96, 0.98]) {
    const tint = mix(colour, white, share);
    if (contrastRatio(colour, tint) >= minimumBrandContrast) return tint;
  }
  return white;
}

export type BrandVariable = '--brand-primary' | '--brand-primary-hover' | '--brand-primary-soft' | '--brand-accent';

/** Each variable's value, or null to leave the stylesheet's own. */
export type BrandVariables = Readonly<Record<BrandVariable, string | null>>;

const isDefault = (colour: string, fallback: string) => colour.toLowerCase() === fallback.toLowerCase();

export function brandCssVariables(branding: Pick<Branding, 'primaryColour' | 'accentColour'> | null): BrandVariables {
  const primary = branding?.primaryColour ?? '';
  const accent = branding?.accentColour ?? '';
  const ownPrimary = isHexColour(primary) && !isDefault(primary, defaultOrgSettings.primaryColour);
  const ownAccent = isHexColour(accent) && !isDefault(accent, defaultOrgSettings.accentColour);
  const base = ownPrimary ? readableOn(primary, pageBackground) : null;
  return {
    '--brand-primary': base,
    '--brand-primary-hover': base ? mix(base, black, 0.22) : null,
    '--brand-primary-soft': base ? softTint(base) : null,
    '--brand-accent': ownAccent ? readableOn(accent, pageBackground) : null,
  };
}

/** What setting the variables needs of the document root's style. */
export interface StyleTarget {
  setProperty: (name: string, value: string) => void;
  removeProperty: (name: string) => unknown;
}

export function applyBrandVariables(style: StyleTarget, variables: BrandVariables): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === null) style.removeProperty(name);
    else style.setProperty(name, value);
  }
}
