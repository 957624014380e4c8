import { ApiError } from '../../api/api-error';
import { describeError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';

/** The most addresses a test goes to. */
export const maxTestAddresses = 5;

/** The addresses typed for a test, split on commas, semicolons, spaces or lines; each once, in order. */
export function parseAddresses(text: string): string[] {
  const result: string[] = [];
  const taken = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const address = part.trim();
    if (address === '' || taken.has(address.toLowerCase())) continue;
    taken.add(address.toLowerCase());
    result.push(address);
  }
  return result;
}

/** What is wrong with the test's addresses (`to`, `to.2`…), or the refusal as one message. */
export function testSendProblem(error: unknown, addresses: readonly string[], t: Translate): { field: string | null; message: string | null } {
  if (!error) return { field: null, message: null };
  if (error instanceof ApiError) {
    for (const detail of error.details) {
      if (detail.path === 'to' && detail.code === 'too_big') return { field: t('adminNewsletters.test.error.tooMany', { max: maxTestAddresses }), message: null };
      const match = /^to\.(\d+)$/.exec(detail.path);
      if (match) {
        const address = addresses[Number(match[1])] ?? '';
        return { field: t('adminNewsletters.test.error.address', { address }), message: null };
      }
    }
  }
  return { field: null, message: describeError(error, t, { rule_broken: 'adminNewsletters.test.error.ruleBroken' }) };
}
