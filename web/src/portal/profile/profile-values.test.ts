import { describe, expect, it } from 'vitest';
import { ZUpdateProfileBody, returnModes, type Profile } from '@alumni/shared';
import { profileBody, profileValues, toggleReturnMode } from './profile-values';

const profile: Profile = {
  id: '7d1d5c3e-6b1f-4c52-9a7e-0b8f0c7e2a11',
  email: 'aino@example.fi',
  firstName: 'Aino',
  lastName: null,
  language: 'fi',
  memberType: 'intern',
  headline: null,
  currentEmployer: 'Acme',
  currentTitle: null,
  city: 'Tampere',
  country: 'FI',
  linkedinUrl: null,
  bio: null,
  skills: ['SQL'],
  openToReturn: false,
  returnModes: ['summer'],
  mentor: true,
  speaker: false,
  directoryVisibility: 'members',
  verificationStatus: 'verified',
  photoUrl: null,
  employment: [],
  consents: [],
  joinedAt: '2026-01-10T10:00:00+02:00',
};

describe('the profile form', () => {
  it('shows missing texts as empty fields', () => {
    const values = profileValues(profile);
    expect(values.lastName).toBe('');
    expect(values.headline).toBe('');
    expect(values.currentEmployer).toBe('Acme');
    expect(values.country).toBe('FI');
  });

  it('sends a body the API accepts, with empty texts stored as not given', () => {
    const body = ZUpdateProfileBody.parse(profileBody({ ...profileValues(profile), lastName: 'Virtanen' }));
    expect(body.headline).toBeNull();
    expect(body.linkedinUrl).toBeNull();
    expect(body.country).toBe('FI');
    expect(body.skills).toEqual(['SQL']);
  });

  it('drops the ways to return when the member is not open to returning', () => {
    expect(profileBody(profileValues(profile)).returnModes).toEqual([]);
    expect(profileBody({ ...profileValues(profile), openToReturn: true }).returnModes).toEqual(['summer']);
  });

  it('trims the LinkedIn address before it is checked', () => {
    const body = ZUpdateProfileBody.parse(profileBody({ ...profileValues(profile), lastName: 'V', linkedinUrl: ' https://www.linkedin.com/in/aino ' }));
    expect(body.linkedinUrl).toBe('https://www.linkedin.com/in/aino');
  });

  it('ticks and unticks ways to return in the order shown', () => {
    expect(toggleReturnMode(['gig'], 'full_time', true, returnModes)).toEqual(['full_time', 'gig']);
    expect(toggleReturnMode(['full_time', 'gig'], 'gig', false, returnModes)).toEqual(['full_time']);
    expect(toggleReturnMode(['gig'], 'gig', true, returnModes)).toEqual(['gig']);
  });
});
