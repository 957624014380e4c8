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
  'auditAction.job.suggestions_viewed': 'Suggested alumni for a job viewed',
  'auditAction.talent.flagged': 'Member flagged as a boomerang candidate',
  'auditAction.talent.flag_updated': 'Boomerang flag changed',
  'auditAction.talent.flag_moved': 'Boomerang flag moved',
  'auditAction.talent.note_added': 'Note added to a boomerang flag',
  'auditAction.talent.rehired': 'Rehire recorded',
  'auditAction.talent.flag_deleted': 'Boomerang flag removed',
  'auditAction.talent.board_viewed': 'Boomerang board viewed',
} as const;

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'auditAction.job.created': 'Työpaikka julkaistu',
  'auditAction.job.updated': 'Työpaikkaa muutettu',
  'auditAction.job.deleted': 'Työpaikan luonnos poistettu',
  'auditAction.job.responses_viewed': 'Työpaikan kiinnostukset ja suositukset katsottu',
  'auditAction.job.interest_status_changed': 'Kiinnostuksen tilaa muutettu',
  'auditAction.job.referral_status_changed': 'Suosituksen tilaa muutettu',
  'auditAction.job.suggestions_viewed': 'Työpaikalle ehdotetut alumnit katsottu',
  'auditAction.talent.flagged': 'Jäsen merkitty paluuehdokkaaksi',
  'auditAction.talent.flag_updated': 'Paluuehdokkuutta muutettu',
  'auditAction.talent.flag_moved': 'Paluuehdokkuuden vaihe muutettu',
  'auditAction.talent.note_added': 'Muistiinpano lisätty paluuehdokkuuteen',
  'auditAction.talent.rehired': 'Paluu töihin kirjattu',
  'auditAction.talent.flag_deleted': 'Paluuehdokkuus poistettu',
  'auditAction.talent.board_viewed': 'Paluuehdokkaiden taulu katsottu',
};

const sv: Record<Key, string> = {
  'auditAction.job.created': 'Jobb publicerat',
  'auditAction.job.updated': 'Jobb ändrat',
  'auditAction.job.deleted': 'Jobbutkast raderat',
  'auditAction.job.responses_viewed': 'Intressen och rekommendationer för ett jobb visade',
  'auditAction.job.interest_status_changed': 'Intressets status ändrad',
  'auditAction.job.referral_status_changed': 'Rekommendationens status ändrad',
  'auditAction.job.suggestions_viewed': 'Föreslagna alumner för ett jobb visade',
  'auditAction.talent.flagged': 'Medlem flaggad som bumerangkandidat',
  'auditAction.talent.flag_updated': 'Bumerangflagga ändrad',
  'auditAction.talent.flag_moved': 'Bumerangflagga flyttad',
  'auditAction.talent.note_added': 'Anteckning tillagd i en bumerangflagga',
  'auditAction.talent.rehired': 'Återanställning registrerad',
  'auditAction.talent.flag_deleted': 'Bumerangflagga borttagen',
  'auditAction.talent.board_viewed': 'Bumerangtavlan visad',
};

export const adminJobsMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
