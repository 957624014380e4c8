/*
 * The returner jobs' console texts in the three languages. The English object defines the keys;
 * the Finnish and Swedish ones must have exactly the same keys (the type says so, and
 * catalogs.test checks it).
 */
const en = {
  'auditAction.job.created': 'Job posted',
  'auditAction.job.updated': 'Job changed',
  'auditAction.job.deleted': 'Draft job deleted',
  'auditAction.job.responses_viewed': 'Interests and referrals of a job viewed',
  'auditAction.job.interest_status_changed': 'Interest moved along',
  'auditAction.job.referral_status_changed': 'Referral moved along',
} as const;

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'auditAction.job.created': 'Työpaikka julkaistu',
  'auditAction.job.updated': 'Työpaikkaa muutettu',
  'auditAction.job.deleted': 'Työpaikan luonnos poistettu',
  'auditAction.job.responses_viewed': 'Työpaikan kiinnostukset ja suositukset katsottu',
  'auditAction.job.interest_status_changed': 'Kiinnostuksen tilaa muutettu',
  'auditAction.job.referral_status_changed': 'Suosituksen tilaa muutettu',
};

const sv: Record<Key, string> = {
  'auditAction.job.created': 'Jobb publicerat',
  'auditAction.job.updated': 'Jobb ändrat',
  'auditAction.job.deleted': 'Jobbutkast raderat',
  'auditAction.job.responses_viewed': 'Intressen och rekommendationer för ett jobb visade',
  'auditAction.job.interest_status_changed': 'Intressets status ändrad',
  'auditAction.job.referral_status_changed': 'Rekommendationens status ändrad',
};

export const adminJobsMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
