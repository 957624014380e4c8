/*
 * This feature's texts in the three languages. The English object defines the keys; the Finnish
 * and Swedish ones must have exactly the same keys (the type says so, and catalogs.test checks it).
 */
const en = {} as const;

type Key = keyof typeof en;

export const portalEventsMessages: { en: typeof en; fi: Record<Key, string>; sv: Record<Key, string> } = {
  en,
  fi: {},
  sv: {},
};
