import { describe, expect, it } from 'vitest';
import { relativePath, routePattern, sectionsFor } from './admin-sections';

describe('admin sections', () => {
  it('shows the membership sections to HR and admins, staff users and the audit log to admins only', () => {
    expect(sectionsFor('admin').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records', 'staff', 'audit']);
    expect(sectionsFor('hr').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records']);
    expect(sectionsFor('recruiter').map((s) => s.key)).toEqual(['home']);
    expect(sectionsFor('member')).toEqual([]);
  });

  it('routes sections below the console root', () => {
    expect(sectionsFor('admin').map(relativePath)).toEqual(['', 'members', 'approvals', 'records', 'staff', 'audit']);
  });

  it('lets only the members section route pages below its own path', () => {
    expect(sectionsFor('admin').map(routePattern)).toEqual(['', 'members/*', 'approvals', 'records', 'staff', 'audit']);
  });
});
