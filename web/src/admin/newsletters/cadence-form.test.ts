import { describe, expect, it } from 'vitest';
import { ZCadencePolicy } from '@alumni/shared';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { cadenceBody, cadenceFieldErrors, cadenceValues, leastChoices, mostBelowLeast, mostChoices } from './cadence-form';

const t = createTranslator(en);

describe('the cadence policy form', () => {
  it('offers what the shared schema takes: none to 52 at least, 1 to 52 at most', () => {
    expect([leastChoices[0], leastChoices.at(-1), leastChoices.length]).toEqual([0, 52, 53]);
    expect([mostChoices[0], mostChoices.at(-1), mostChoices.length]).toEqual([1, 52, 52]);
  });

  it('gives the policy back as numbers', () => {
    expect(cadenceBody(cadenceValues({ minPerYear: 2, maxPerYear: 4 }))).toEqual({ minPerYear: 2, maxPerYear: 4 });
  });

  it('says when the most is below the least, as the server would', () => {
    const values = { minPerYear: '5', maxPerYear: '3' };
    expect(mostBelowLeast(values)).toBe(true);
    expect(mostBelowLeast({ minPerYear: '3', maxPerYear: '3' })).toBe(false);
    let error: unknown = null;
    try {
      validateBody(ZCadencePolicy, cadenceBody(values));
    } catch (caught) {
      error = caught;
    }
    expect(cadenceFieldErrors(error, t)).toEqual({ maxPerYear: 'The most cannot be below the least.' });
  });
});
