import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, countryOptions } from './countries';

describe('countries', () => {
  it('lists every ISO 3166-1 code once, in the form the API accepts', () => {
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    expect(countryCodes.length).toBe(249);
    expect(countryCodes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('names countries in the UI language', () => {
    expect(countryName('FI', 'fi-FI')).toBe('Suomi');
    expect(countryName('SE', 'sv-FI')).toBe('Sverige');
    expect(countryName('DE', 'en-GB')).toBe('Germany');
  });

  it('puts Finland first and sorts the rest by name in the locale', () => {
    const options = countryOptions('fi-FI');
    expect(options[0]).toEqual({ value: 'FI', label: 'Suomi' });
    expect(options).toHaveLength(countryCodes.length);
    const rest = options.slice(4).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'fi-FI')));
    // Swedish sorts Ö after Z, unlike a plain code point or English order would.
    const swedish = countryOptions('sv-FI').map((o) => o.label);
    expect(swedish.indexOf('Österrike')).toBeGreaterThan(swedish.indexOf('Zimbabwe'));
  });

  it('keeps a saved code that is not on the list', () => {
    expect(countryOptions('en-GB', 'XK').some((o) => o.value === 'XK')).toBe(true);
    expect(countryOptions('en-GB', 'FI').filter((o) => o.value === 'FI')).toHaveLength(1);
  });
});
