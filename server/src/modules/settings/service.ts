import { eq } from 'drizzle-orm';
import { ZOrgSettings, defaultOrgSettings, type OrgSettings } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { settings } from '../../db/schema.js';

/** The settings row that holds the organisation's name, colours, languages and saving figures. */
export const orgSettingsKey = 'org';

/** The organisation's settings as stored, or the defaults for whatever was never saved. */
export async function readOrgSettings(db: Pick<Db, 'select'>): Promise<OrgSettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, orgSettingsKey));
  const parsed = ZOrgSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultOrgSettings;
}
