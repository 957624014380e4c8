import { describe, expect, it } from 'vitest';
import { ZUpdateProfileBody } from '@alumni/shared';
import { profileBody, profileValues, toggleReturnMode } from './profile-values';
import { testProfile as profile } from './test-profile';

describe('the profile form values', () => {
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
    expect(toggleReturnMode(['gig'], 'full_time', true)).toEqual(['full_time', 'gig']);
    expect(toggleReturnMode(['full_time', 'gig'], 'gig', false)).toEqual(['full_time']);
    expect(toggleReturnMode(['full_time', 'gig'], 'full_time', false)).toEqual(['gig']);
    expect(toggleReturnMode(['gig'], 'gig', true)).toEqual(['gig']);
  });
});
