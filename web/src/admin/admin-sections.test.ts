import { describe, expect, it } from 'vitest';
import { relativePath, routePattern, sectionsFor } from './admin-sections';

describe('admin sections', () => {
  it('shows the membership sections to HR and admins, jobs and boomerangs to recruiters too, staff users and the audit log to admins only', () => {
    expect(sectionsFor('admin').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent', 'staff', 'audit']);
    expect(sectionsFor('hr').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent']);
    expect(sectionsFor('recruiter').map((s) => s.key)).toEqual(['home', 'jobs', 'talent']);
    expect(sectionsFor('member')).toEqual([]);
  });

  it('routes sections below the console root', () => {
    expect(sectionsFor('admin').map(relativePath)).toEqual(['', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent', 'staff', 'audit']);
  });

  it('lets only the members, events, newsletters and jobs sections route pages below their own paths', () => {
    expect(sectionsFor('admin').map(routePattern)).toEqual(['', 'members/*', 'approvals', 'records', 'events/*', 'segments', 'newsletters/*', 'news', 'jobs/*', 'talent', 'staff', 'audit']);
  });
});
