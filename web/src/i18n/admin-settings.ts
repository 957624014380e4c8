/*
 * The settings' and the audit export's console texts in the three languages. The English object defines the keys; the Finnish and
 * Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {
  'admin.nav.settings': 'Settings',
  'admin.home.settingsText': 'The organisation\'s name, logo, colours and languages, the newsletter cadence and the saving figures.',
  'auditAction.settings.updated': 'Settings changed',
  'auditAction.settings.logo_changed': 'Logo changed',
  'auditAction.settings.logo_removed': 'Logo removed',
  'auditAction.audit.exported': 'Audit log exported',
};

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'admin.nav.settings': 'Asetukset',
  'admin.home.settingsText': 'Organisaation nimi, logo, värit ja kielet, uutiskirjeen tahti ja säästöluvut.',
  'auditAction.settings.updated': 'Asetuksia muutettu',
  'auditAction.settings.logo_changed': 'Logo vaihdettu',
  'auditAction.settings.logo_removed': 'Logo poistettu',
  'auditAction.audit.exported': 'Tapahtumaloki viety',
};

const sv: Record<Key, string> = {
  'admin.nav.settings': 'Inställningar',
  'admin.home.settingsText': 'Organisationens namn, logotyp, färger och språk, nyhetsbrevets takt och besparingssiffrorna.',
  'auditAction.settings.updated': 'Inställningar ändrade',
  'auditAction.settings.logo_changed': 'Logotyp bytt',
  'auditAction.settings.logo_removed': 'Logotyp borttagen',
  'auditAction.audit.exported': 'Granskningsloggen exporterad',
};

export const adminSettingsMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
