import { describe, expect, it } from 'vitest';
import { ZStaffUpdateMemberBody, type Profile } from '@alumni/shared';
import { testProfile } from '../../profile-form/test-profile';
import { changedProfileFields, parseSkills, profileFormValues } from './profile-form';

const profile: Profile = { ...testProfile, skills: ['SAP', 'Excel'] };

describe('the member edit form', () => {
  it('shows the skills in one box, comma-separated', () => {
    expect(profileFormValues(profile).skills).toBe('SAP, Excel');
  });

  it('sends nothing when nothing changed', () => {
    const values = profileFormValues(profile);
    expect(changedProfileFields(values, { ...values, city: ' Tampere ', skills: 'SAP,Excel' })).toEqual({});
  });

  it('sends only the changed fields, in the shapes the API takes', () => {
    const initial = profileFormValues(profile);
    const body = changedProfileFields(initial, {
      ...initial,
      headline: 'Controller',
      currentEmployer: '',
      country: 'se',
      skills: 'SAP, Power BI, sap',
      openToReturn: true,
      returnModes: ['gig', 'full_time'],
      directoryVisibility: 'staff',
    });
    expect(body).toEqual({
      headline: 'Controller',
      currentEmployer: '',
      country: 'SE',
      skills: ['SAP', 'Power BI'],
      openToReturn: true,
      returnModes: ['full_time', 'gig'],
      directoryVisibility: 'staff',
    });
    // An emptied field becomes "not given" (null) under the shared schema.
    expect(ZStaffUpdateMemberBody.parse(body)).toMatchObject({ currentEmployer: null, country: 'SE' });
  });

  it('reads skills as a comma-separated list', () => {
    expect(parseSkills(' Excel , ,SAP\nexcel, Power BI ')).toEqual(['Excel', 'SAP', 'Power BI']);
    expect(parseSkills('')).toEqual([]);
  });
});
