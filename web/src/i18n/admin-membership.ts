/*
 * This feature's texts in the three languages. The English object defines the keys; the Finnish
 * and Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {
  'auditAction.records.imported': 'Employment records imported',
  'auditAction.records.invited': 'Former employees invited',
  'auditAction.claim.approved': 'Membership approved',
  'auditAction.claim.rejected': 'Membership rejected',
  'auditAction.claim.info_requested': 'More information requested',
  'auditAction.member.viewed': 'Member details viewed',
  'auditAction.members.exported': 'Member list exported',
  'auditAction.member.updated': 'Member profile edited',
  'auditAction.member.erased': 'Member erased by staff',
  'auditAction.member.self_erased': 'Member erased their account',
} as const;

type Key = keyof typeof en;

export const adminMembershipMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = {
  en,
  fi: {
    'auditAction.records.imported': 'Työsuhdetiedot tuotu',
    'auditAction.records.invited': 'Entisiä työntekijöitä kutsuttu',
    'auditAction.claim.approved': 'Jäsenyys hyväksytty',
    'auditAction.claim.rejected': 'Jäsenyys hylätty',
    'auditAction.claim.info_requested': 'Lisätietoja pyydetty',
    'auditAction.member.viewed': 'Jäsenen tiedot katsottu',
    'auditAction.members.exported': 'Jäsenluettelo viety',
    'auditAction.member.updated': 'Jäsenen profiilia muokattu',
    'auditAction.member.erased': 'Henkilökunta poisti jäsenen',
    'auditAction.member.self_erased': 'Jäsen poisti tilinsä',
  },
  sv: {
    'auditAction.records.imported': 'Anställningsuppgifter importerade',
    'auditAction.records.invited': 'Tidigare anställda inbjudna',
    'auditAction.claim.approved': 'Medlemskap godkänt',
    'auditAction.claim.rejected': 'Medlemskap avslaget',
    'auditAction.claim.info_requested': 'Mer information begärd',
    'auditAction.member.viewed': 'Medlemsuppgifter visade',
    'auditAction.members.exported': 'Medlemslista exporterad',
    'auditAction.member.updated': 'Medlemsprofil redigerad',
    'auditAction.member.erased': 'Medlem raderad av personalen',
    'auditAction.member.self_erased': 'Medlem raderade sitt konto',
  },
};
