/*
 * The surveys' portal texts in the three languages. The English object defines the keys; the Finnish and
 * Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {
  'surveys.navLabel': 'Surveys',
};

type Key = keyof typeof en;

const fi: Record<Key, string> = {
  'surveys.navLabel': 'Kyselyt',
};

const sv: Record<Key, string> = {
  'surveys.navLabel': 'Enkäter',
};

export const portalSurveysMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = { en, fi, sv };
