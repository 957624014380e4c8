/*
 * The outcome dashboard's console texts in the three languages. The English object defines the keys; the Finnish and
 * Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {
  'admin.nav.insight': 'Dashboard',
  'admin.home.insightText': 'What the community returns: members, newsletters, events, jobs and rehires over a chosen period.',
  'auditAction.insight.exported': 'Dashboard figures exported',
  'auditAction.insight.hires_entered': 'Company\'s total hires entered',
};

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'admin.nav.insight': 'Kojelauta',
  'admin.home.insightText': 'Mitä yhteisö tuottaa: jäsenet, uutiskirjeet, tapahtumat, työpaikat ja paluut valitulla jaksolla.',
  'auditAction.insight.exported': 'Kojelaudan luvut viety',
  'auditAction.insight.hires_entered': 'Yrityksen kaikki rekrytoinnit kirjattu',
};

const sv: Record<Key, string> = {
  'admin.nav.insight': 'Översikt',
  'admin.home.insightText': 'Vad gemenskapen ger: medlemmar, nyhetsbrev, evenemang, jobb och återanställningar under en vald period.',
  'auditAction.insight.exported': 'Översiktens siffror exporterade',
  'auditAction.insight.hires_entered': 'Företagets totala rekryteringar inmatade',
};

export const adminInsightMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
