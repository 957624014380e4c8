import type { MessageKey } from './en';
import type { MessageParams, Translate } from './translate';

/** The two forms a count takes in Finnish, Swedish and English: one, and everything else. */
export interface CountKeys {
  one: MessageKey;
  other: MessageKey;
}

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let cached = rules.get(locale);
  if (!cached) {
    cached = new Intl.PluralRules(locale);
    rules.set(locale, cached);
  }
  return cached;
}

/** A message about a count in the form the count takes ("1 member", "2 members"), the count written as the locale writes numbers. */
export function countText(t: Translate, locale: string, count: number, keys: CountKeys, params: MessageParams = {}): string {
  const key = pluralRules(locale).select(count) === 'one' ? keys.one : keys.other;
  return t(key, { ...params, count: new Intl.NumberFormat(locale).format(count) });
}
