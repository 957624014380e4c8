import type { Profile } from '@alumni/shared';

/** A member's profile for the profile forms' unit tests; each test overrides what it is about. */
export const testProfile: Profile = {
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
