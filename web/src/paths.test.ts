import { describe, expect, it } from 'vitest';
import { homeFor, safeReturnPath, signInPath } from './paths';

describe('return paths', () => {
  it('accepts only same-site paths', () => {
    expect(safeReturnPath('/admin/staff?q=a')).toBe('/admin/staff?q=a');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it('builds the sign-in link with the way back', () => {
    expect(signInPath('/account')).toBe('/sign-in?returnTo=%2Faccount');
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('sends staff to the console and members home', () => {
    expect(homeFor('admin')).toBe('/admin');
    expect(homeFor('recruiter')).toBe('/admin');
    expect(homeFor('member')).toBe('/');
  });
});
