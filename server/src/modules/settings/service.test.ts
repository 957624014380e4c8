import { describe, expect, it } from 'vitest';
import { defaultOrgSettings, type OrgSettings } from '@alumni/shared';
import { changedFields, normalizeOrgSettings, orgDefaults } from './service.js';

const base: OrgSettings = { ...defaultOrgSettings, savings: { recruitmentCostEur: 100, onboardingCostEur: 50 } };

describe('the organisation’s settings', () => {
  it('names the defaults as the deployment does', () => {
    expect(orgDefaults({ orgName: 'Esimerkki Oy' })).toEqual({ ...defaultOrgSettings, orgName: 'Esimerkki Oy' });
    expect(orgDefaults()).toBe(defaultOrgSettings);
  });

  it('stores colours in lower case and languages in the platform’s order, so one setting has one form', () => {
    const s = normalizeOrgSettings({ ...base, primaryColour: '#1D4E89', languages: ['en', 'sv'], defaultLanguage: 'sv' });
    expect(s).toMatchObject({ primaryColour: '#1d4e89', languages: ['sv', 'en'] });
    expect(normalizeOrgSettings(s)).toEqual(s);
  });

  it('lists the changed fields, savings one by one, and nothing for the same settings', () => {
    expect(changedFields(base, base)).toEqual([]);
    expect(changedFields(base, { ...base, orgName: 'X', languages: ['fi'], savings: { recruitmentCostEur: 100, onboardingCostEur: 60 } })).toEqual([
      'orgName',
      'languages',
      'savings.onboardingCostEur',
    ]);
  });
});
