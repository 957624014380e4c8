import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate } from './translate';
import { fi } from './fi';
import { pickLanguage } from './detect-language';

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Anna' })).toBe('Hello Anna, {missing}');
    expect(interpolate('{count} rows', { count: 3 })).toBe('3 rows');
  });

  it('translates with a catalog', () => {
    expect(createTranslator(fi)('home.greeting', { name: 'Anna' })).toBe('Tervetuloa, Anna');
  });
});

describe('pickLanguage', () => {
  it('takes the first supported browser language by its base', () => {
    expect(pickLanguage(['de-DE', 'sv-FI', 'en'])).toBe('sv');
    expect(pickLanguage(['en-US', 'fi'])).toBe('en');
    expect(pickLanguage(['FI'])).toBe('fi');
  });

  it('falls back to Finnish', () => {
    expect(pickLanguage([])).toBe('fi');
    expect(pickLanguage(['de', 'fr-CA'])).toBe('fi');
  });
});
