import { eq } from 'drizzle-orm';
import {
  ZOrgSettings,
  apiPaths,
  defaultOrgSettings,
  languages as allLanguages,
  logoTypes,
  type AdminSettings,
  type Branding,
  type LogoType,
  type OrgSettings,
} from '@alumni/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { orgAssets, settings } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import type { MailBrand } from '../../mail/template-types.js';
import { recordAudit } from '../audit/service.js';
import type { StoredLogo } from './logo.js';

/** The settings row that holds the organisation's name, colours, languages and saving figures. */
export const orgSettingsKey = 'org';
/** The org_assets row that holds the logo. */
export const logoKey = 'logo';

type Reader = Pick<Db, 'select'>;
/** Where the defaults' organisation name comes from: the ORG_NAME the platform was started with. */
type NameSource = Pick<Config, 'orgName'>;

/** What applies before an admin ever saved: the shipped defaults, named as the deployment names itself. */
export const orgDefaults = (config?: NameSource): OrgSettings => (config ? { ...defaultOrgSettings, orgName: config.orgName } : defaultOrgSettings);

async function readOrgRow(db: Reader): Promise<{ settings: OrgSettings; updatedAt: Date } | null> {
  const [row] = await db.select({ value: settings.value, updatedAt: settings.updatedAt }).from(settings).where(eq(settings.key, orgSettingsKey));
  if (!row) return null;
  const parsed = ZOrgSettings.safeParse(row.value);
  return parsed.success ? { settings: parsed.data, updatedAt: row.updatedAt } : null;
}

/**
 * The organisation's settings as stored, or the defaults when they were never saved. With the
 * config, the defaults carry its ORG_NAME, so mails and pages keep the deployment's name until an
 * admin saves another.
 */
export async function readOrgSettings(db: Reader, config?: NameSource): Promise<OrgSettings> {
  return (await readOrgRow(db))?.settings ?? orgDefaults(config);
}

/** The settings as they are stored: colours in lower case, languages in the platform's own order. */
export function normalizeOrgSettings(s: OrgSettings): OrgSettings {
  return {
    orgName: s.orgName,
    primaryColour: s.primaryColour.toLowerCase(),
    accentColour: s.accentColour.toLowerCase(),
    languages: allLanguages.filter((l) => s.languages.includes(l)),
    defaultLanguage: s.defaultLanguage,
    savings: { recruitmentCostEur: s.savings.recruitmentCostEur, onboardingCostEur: s.savings.onboardingCostEur },
  };
}

/** The fields that differ, savings named one by one (`savings.recruitmentCostEur`). */
export function changedFields(before: OrgSettings, after: OrgSettings): string[] {
  const changed: string[] = [];
  for (const key of ['orgName', 'primaryColour', 'accentColour', 'defaultLanguage'] as const) {
    if (before[key] !== after[key]) changed.push(key);
  }
  if (before.languages.join(',') !== after.languages.join(',')) changed.push('languages');
  for (const key of ['recruitmentCostEur', 'onboardingCostEur'] as const) {
    if (before.savings[key] !== after.savings[key]) changed.push(`savings.${key}`);
  }
  return changed;
}

const isLogoType = (type: string): type is LogoType => (logoTypes as readonly string[]).includes(type);

async function readLogoInfo(db: Reader): Promise<AdminSettings['logo']> {
  const [row] = await db
    .select({ contentType: orgAssets.contentType, bytes: orgAssets.bytes, updatedAt: orgAssets.updatedAt })
    .from(orgAssets)
    .where(eq(orgAssets.key, logoKey));
  return row && isLogoType(row.contentType) ? { contentType: row.contentType, bytes: row.bytes, updatedAt: row.updatedAt.toISOString() } : null;
}

/** The admin's view: the settings in force, the logo's state and when the settings were last saved. */
export async function readAdminSettings(db: Reader, config: NameSource): Promise<AdminSettings> {
  const [row, logo] = await Promise.all([readOrgRow(db), readLogoInfo(db)]);
  return { settings: row?.settings ?? orgDefaults(config), logo, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/**
 * Saves the settings. The body was checked by its schema on the way in (colours, contrast,
 * languages), so nothing here can half-apply. Saving what is already stored writes nothing and
 * records nothing; otherwise the audit entry lists the fields that changed.
 */
export async function saveOrgSettings(db: Db, actor: Actor, config: NameSource, input: OrgSettings): Promise<AdminSettings> {
  const next = normalizeOrgSettings(input);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, orgSettingsKey)).for('update');
    const stored = row ? ZOrgSettings.safeParse(row.value) : null;
    const before = stored?.success ? normalizeOrgSettings(stored.data) : orgDefaults(config);
    const changed = changedFields(before, next);
    if (row && stored?.success && changed.length === 0) return;
    await tx
      .insert(settings)
      .values({ key: orgSettingsKey, value: next, updatedBy: actor.user.id })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedBy: actor.user.id, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.user.id, action: 'settings.updated', objectType: 'settings', objectId: orgSettingsKey, data: { changed }, ip: actor.ip });
  });
  return readAdminSettings(db, config);
}

/** Stores or replaces the logo; its time is its version in the public URL. */
export async function storeLogo(db: Db, actor: Actor, config: NameSource, logo: StoredLogo): Promise<AdminSettings> {
  await db.transaction(async (tx) => {
    const values = { contentType: logo.contentType, content: logo.content, bytes: logo.content.length, updatedBy: actor.user.id, updatedAt: new Date() };
    await tx.insert(orgAssets).values({ key: logoKey, ...values }).onConflictDoUpdate({ target: orgAssets.key, set: values });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'settings.logo_changed',
      objectType: 'settings',
      objectId: logoKey,
      data: { contentType: logo.contentType, bytes: values.bytes },
      ip: actor.ip,
    });
  });
  return readAdminSettings(db, config);
}

/** Removes the logo; removing what is already gone changes and records nothing. */
export async function removeLogo(db: Db, actor: Actor, config: NameSource): Promise<AdminSettings> {
  await db.transaction(async (tx) => {
    const gone = await tx.delete(orgAssets).where(eq(orgAssets.key, logoKey)).returning({ key: orgAssets.key });
    if (gone.length) await recordAudit(tx, { actorId: actor.user.id, action: 'settings.logo_removed', objectType: 'settings', objectId: logoKey, ip: actor.ip });
  });
  return readAdminSettings(db, config);
}

/** The versioned logo address: a new logo gets a new address, so caches never show the old one. */
export const logoUrlOf = (updatedAt: Date): string => `${apiPaths.brandingLogo}?v=${updatedAt.getTime()}`;

/** What every page reads before anyone signs in. */
export async function readBranding(db: Reader, config: NameSource): Promise<Branding> {
  const [s, logo] = await Promise.all([readOrgSettings(db, config), readLogoInfo(db)]);
  return {
    orgName: s.orgName,
    primaryColour: s.primaryColour,
    accentColour: s.accentColour,
    languages: s.languages,
    defaultLanguage: s.defaultLanguage,
    logoUrl: logo ? logoUrlOf(new Date(logo.updatedAt)) : null,
  };
}

/** The logo's bytes, type and version, or null when none is set. */
export async function readLogo(db: Reader): Promise<{ content: Buffer; contentType: string; version: string } | null> {
  const [row] = await db
    .select({ content: orgAssets.content, contentType: orgAssets.contentType, updatedAt: orgAssets.updatedAt })
    .from(orgAssets)
    .where(eq(orgAssets.key, logoKey));
  return row ? { content: row.content, contentType: row.contentType, version: String(row.updatedAt.getTime()) } : null;
}

/** What every mail takes from the settings: the organisation's name, and its colours and languages. */
export async function mailBrandingFor(db: Reader, config: NameSource): Promise<{ orgName: string; brand: MailBrand }> {
  const s = await readOrgSettings(db, config);
  return {
    orgName: s.orgName,
    brand: { primaryColour: s.primaryColour, accentColour: s.accentColour, languages: s.languages, defaultLanguage: s.defaultLanguage },
  };
}
