import { describe, expect, it } from 'vitest';
import { relativePath, routePattern, sectionsFor } from './admin-sections';

describe('admin sections', () => {
  it('shows the membership sections, the dashboard and surveys to HR and admins, jobs and boomerangs to recruiters too, staff users, the audit log and the settings to admins only', () => {
    expect(sectionsFor('admin').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent', 'insight', 'surveys', 'staff', 'audit', 'settings']);
    expect(sectionsFor('hr').map((s) => s.key)).toEqual(['home', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent', 'insight', 'surveys']);
    expect(sectionsFor('recruiter').map((s) => s.key)).toEqual(['home', 'jobs', 'talent']);
    expect(sectionsFor('member')).toEqual([]);
  });

  it('routes sections below the console root', () => {
    expect(sectionsFor('admin').map(relativePath)).toEqual(['', 'members', 'approvals', 'records', 'events', 'segments', 'newsletters', 'news', 'jobs', 'talent', 'insight', 'surveys', 'staff', 'audit', 'settings']);
  });

  it('lets only the members, events, newsletters, jobs and surveys sections route pages below their own paths', () => {
    expect(sectionsFor('admin').map(routePattern)).toEqual(['', 'members/*', 'approvals', 'records', 'events/*', 'segments', 'newsletters/*', 'news', 'jobs/*', 'talent', 'insight', 'surveys/*', 'staff', 'audit', 'settings']);
  });
});
