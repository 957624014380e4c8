/*
 * The surveys' console texts in the three languages. The English object defines the keys; the Finnish and
 * Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {
  'admin.nav.surveys': 'Surveys',
  'admin.home.surveysText': 'Ask alumni short questions, named or anonymous, and see the answers.',
  'auditAction.survey.created': 'Survey created',
  'auditAction.survey.updated': 'Survey changed',
  'auditAction.survey.deleted': 'Draft survey deleted',
  'auditAction.survey.opened': 'Survey opened and mailed',
  'auditAction.survey.closed': 'Survey closed',
  'auditAction.survey.results_viewed': 'Survey results viewed',
  'auditAction.survey.results_exported': 'Survey answers exported',
};

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'admin.nav.surveys': 'Kyselyt',
  'admin.home.surveysText': 'Kysy alumneilta lyhyitä kysymyksiä nimellä tai nimettömästi ja katso vastaukset.',
  'auditAction.survey.created': 'Kysely luotu',
  'auditAction.survey.updated': 'Kyselyä muutettu',
  'auditAction.survey.deleted': 'Kyselyn luonnos poistettu',
  'auditAction.survey.opened': 'Kysely avattu ja postitettu',
  'auditAction.survey.closed': 'Kysely suljettu',
  'auditAction.survey.results_viewed': 'Kyselyn tulokset katsottu',
  'auditAction.survey.results_exported': 'Kyselyn vastaukset viety',
};

const sv: Record<Key, string> = {
  'admin.nav.surveys': 'Enkäter',
  'admin.home.surveysText': 'Ställ korta frågor till alumnerna, med namn eller anonymt, och se svaren.',
  'auditAction.survey.created': 'Enkät skapad',
  'auditAction.survey.updated': 'Enkät ändrad',
  'auditAction.survey.deleted': 'Enkätutkast raderat',
  'auditAction.survey.opened': 'Enkät öppnad och utskickad',
  'auditAction.survey.closed': 'Enkät stängd',
  'auditAction.survey.results_viewed': 'Enkätens resultat visade',
  'auditAction.survey.results_exported': 'Enkätens svar exporterade',
};

export const adminSurveysMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
