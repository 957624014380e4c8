import { describe, expect, it } from 'vitest';
import { relativePath, sectionsFor } from './admin-sections';

describe('admin sections', () => {
  it('shows staff users and the audit log to admins only', () => {
    expect(sectionsFor('admin').map((s) => s.key)).toEqual(['home', 'staff', 'audit']);
    expect(sectionsFor('hr').map((s) => s.key)).toEqual(['home']);
    expect(sectionsFor('recruiter').map((s) => s.key)).toEqual(['home']);
    expect(sectionsFor('member')).toEqual([]);
  });

  it('routes sections below the console root', () => {
    expect(sectionsFor('admin').map(relativePath)).toEqual(['', 'staff', 'audit']);
  });
});
