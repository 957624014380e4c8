import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { reasonKey, suggestionReasons } from './suggestion-reasons';

describe('suggestion reasons', () => {
  it('labels every reason the server gives', () => {
    for (const reason of suggestionReasons) {
      const key = reasonKey(reason);
      expect(key).not.toBeNull();
      if (key) expect(en[key]).toBeTruthy();
    }
  });

  it('has no label for a reason it does not know', () => {
    expect(reasonKey('astrology')).toBeNull();
  });
});
