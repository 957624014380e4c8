import { describe, expect, it } from 'vitest';
import { languages } from '@alumni/shared';
import { catalogs } from './catalogs';
import { en } from './en';
import { placeholders } from './translate';

const englishKeys = Object.keys(en).sort();

describe('message catalogs', () => {
  it.each(languages)('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogs[language]).sort()).toEqual(englishKeys);
  });

  it.each(languages)('%s has no empty messages', (language) => {
    const empty = Object.entries(catalogs[language]).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s uses the same placeholders as English', (language) => {
    const catalog = catalogs[language];
    const mismatched = englishKeys.filter(
      (key) => placeholders(catalog[key as keyof typeof en]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('is actually translated: most Finnish and Swedish messages differ from English', () => {
    for (const language of ['fi', 'sv'] as const) {
      const same = englishKeys.filter((key) => catalogs[language][key as keyof typeof en] === en[key as keyof typeof en]);
      expect(same.length / englishKeys.length).toBeLessThan(0.1);
    }
  });

  it('keeps the labels other tests and people rely on in English', () => {
    expect(en['fields.email']).toBe('Email');
    expect(en['fields.password']).toBe('Password');
    expect(en['signIn.submit']).toBe('Sign in');
    expect(en['links.register']).toBe('Register');
    expect(en['register.submit']).toBe('Create account');
    expect(en['confirmEmail.submit']).toBe('Confirm my address');
    expect(en['magicLink.submit']).toBe('Sign me in');
    expect(en['user.signOut']).toBe('Sign out');
    expect(en['language.label']).toBe('Language');
    expect([en['language.fi'], en['language.sv'], en['language.en']]).toEqual(['Suomi', 'Svenska', 'English']);
  });
});
