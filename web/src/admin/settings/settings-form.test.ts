import { describe, expect, it } from 'vitest';
import { ZOrgSettings, apiPaths, defaultOrgSettings, maxLogoBytes, type ErrorDetail } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { catalogs } from '../../i18n/catalogs';
import { createTranslator } from '../../i18n/translate';
import {
  checkColour,
  checkLogo,
  colourText,
  euros,
  formatRatio,
  kilobytes,
  logoUrlOf,
  pickerValue,
  settingsBody,
  settingsFieldErrors,
  settingsFieldOf,
  settingsValues,
  toggleLanguage,
} from './settings-form';

const t = createTranslator(catalogs.en);
const values = settingsValues({ ...defaultOrgSettings, savings: { recruitmentCostEur: 8500, onboardingCostEur: 6000 } });
const refusal = (details: ErrorDetail[]) => new ApiError({ status: 400, code: 'validation_failed', message: 'Invalid', details });

describe('the settings form', () => {
  it('turns the settings into fields and back into the same body', () => {
    expect(values).toMatchObject({ recruitmentCostEur: '8500', onboardingCostEur: '6000', languages: ['fi', 'sv', 'en'] });
    expect(ZOrgSettings.parse(settingsBody(values))).toEqual({ ...defaultOrgSettings, savings: { recruitmentCostEur: 8500, onboardingCostEur: 6000 } });
  });

  it('reads euros as whole numbers, spaces allowed, and anything else as not a number', () => {
    expect(euros('12 500')).toBe(12500);
    expect(euros(' 0 ')).toBe(0);
    expect(euros('12,5')).toBeNaN();
    expect(euros('-1')).toBeNaN();
    expect(euros('')).toBeNaN();
  });

  it('takes a colour with or without the #, and keeps the picker on a real colour', () => {
    expect(colourText(' 1D4E89 ')).toBe('#1D4E89');
    expect(colourText('#abc')).toBe('#abc');
    expect(pickerValue('#7A1F5C', '#1d4e89')).toBe('#7a1f5c');
    expect(pickerValue('#7A1F', '#1d4e89')).toBe('#1d4e89');
  });

  it('tells whether white text on a colour meets AA, as the server does', () => {
    expect(checkColour('#1d4e89')).toMatchObject({ colour: '#1d4e89', readable: true });
    expect(checkColour('#767676').readable).toBe(true);
    expect(checkColour('#777777').readable).toBe(false);
    expect(checkColour('ffff00')).toMatchObject({ colour: '#ffff00', readable: false });
    expect(checkColour('blue')).toEqual({ colour: null, ratio: null, readable: false });
    // Rounded down: a ratio that misses 4.5 never reads as 4.5.
    expect(formatRatio(4.48, 'en')).toBe('4.4');
    expect(formatRatio(4.5, 'fi')).toBe('4,5');
  });

  it('keeps the languages in order and moves the default when it is unticked', () => {
    const noFinnish = toggleLanguage(values, 'fi', false);
    expect(noFinnish).toMatchObject({ languages: ['sv', 'en'], defaultLanguage: 'sv' });
    expect(toggleLanguage(noFinnish, 'fi', true)).toMatchObject({ languages: ['fi', 'sv', 'en'], defaultLanguage: 'sv' });
    const none = toggleLanguage(toggleLanguage(noFinnish, 'sv', false), 'en', false);
    expect(none.languages).toEqual([]);
  });

  it('names each field of a refused save in words that say how to fix it', () => {
    expect(settingsFieldOf('savings.recruitmentCostEur')).toBe('recruitmentCostEur');
    expect(settingsFieldOf('languages.1')).toBe('languages');
    expect(settingsFieldOf('logo')).toBeNull();
    const sent = { ...values, primaryColour: '#ffff00', accentColour: 'blue' };
    const errors = settingsFieldErrors(
      refusal([
        { path: 'primaryColour', message: 'hard to read', code: 'custom' },
        { path: 'accentColour', message: 'format', code: 'invalid_format' },
        { path: 'defaultLanguage', message: 'not offered', code: 'custom' },
        { path: 'savings.onboardingCostEur', message: 'Invalid', code: 'invalid_type' },
        { path: 'orgName', message: 'Too big', code: 'too_big' },
      ]),
      sent,
      t,
      'en',
    );
    expect(errors.primaryColour).toBe(catalogs.en['adminSettings.error.contrast'].replace('{ratio}', '1.0').replace('{min}', '4.5'));
    expect(errors.accentColour).toBe(catalogs.en['adminSettings.error.colourFormat']);
    expect(errors.defaultLanguage).toBe(catalogs.en['adminSettings.error.defaultLanguage']);
    expect(errors.onboardingCostEur).toBe(catalogs.en['adminSettings.error.euros']);
    expect(errors.orgName).toBe(catalogs.en['validation.tooLong']);
    expect(settingsFieldErrors(new Error('network'), sent, t, 'en')).toEqual({});
  });

  it('gets the same field errors from the shared check before sending as from the server', () => {
    let error: unknown = null;
    try {
      validateBody(ZOrgSettings, settingsBody({ ...values, orgName: ' ', languages: [], recruitmentCostEur: 'x' }));
    } catch (caught) {
      error = caught;
    }
    const errors = settingsFieldErrors(error, values, t, 'en');
    expect(Object.keys(errors).sort()).toEqual(['languages', 'orgName', 'recruitmentCostEur']);
  });
});

describe('the logo', () => {
  it('is checked for type and size before it is sent', () => {
    expect(checkLogo({ type: 'image/png', size: 1000 })).toBeNull();
    expect(checkLogo({ type: 'IMAGE/WEBP', size: maxLogoBytes })).toBeNull();
    expect(checkLogo({ type: 'image/svg+xml', size: 1000 })).toBe('type');
    expect(checkLogo({ type: 'image/gif', size: 1000 })).toBe('type');
    expect(checkLogo({ type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(checkLogo({ type: 'image/jpeg', size: maxLogoBytes + 1 })).toBe('size');
    expect(kilobytes(maxLogoBytes, 'en')).toBe('256');
  });

  it('is shown from its versioned public address', () => {
    expect(logoUrlOf({ contentType: 'image/png', bytes: 10, updatedAt: '2025-03-01T10:00:00.000Z' })).toBe(`${apiPaths.brandingLogo}?v=${Date.parse('2025-03-01T10:00:00.000Z')}`);
  });
});
