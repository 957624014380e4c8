import { describe, expect, it } from 'vitest';
import { ZStaffUpdateMemberBody, type Profile } from '@alumni/shared';
import { changedProfileFields, parseSkills, profileFormValues, toggleReturnMode } from './profile-form';

const profile: Profile = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'aino.virtanen@example.com',
  firstName: 'Aino',
  lastName: 'Virtanen',
  language: 'fi',
  memberType: 'former_employee',
  headline: null,
  currentEmployer: 'Kone',
  currentTitle: null,
  city: 'Tampere',
  country: 'FI',
  linkedinUrl: null,
  bio: null,
  skills: ['SAP', 'Excel'],
  openToReturn: false,
  returnModes: [],
  mentor: true,
  speaker: false,
  directoryVisibility: 'members',
  verificationStatus: 'verified',
  photoUrl: null,
  employment: [],
  consents: [],
  joinedAt: '2026-01-05T10:00:00.000Z',
};

describe('the member edit form', () => {
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

  it('keeps return modes in the contract order', () => {
    expect(toggleReturnMode(['gig'], 'full_time', true)).toEqual(['full_time', 'gig']);
    expect(toggleReturnMode(['full_time', 'gig'], 'full_time', false)).toEqual(['gig']);
    expect(toggleReturnMode(['gig'], 'gig', true)).toEqual(['gig']);
  });
});
