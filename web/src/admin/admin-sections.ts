import { staffRoles, type Role } from '@alumni/shared';
import type { MessageKey } from '../i18n/en';
import { webPaths } from '../paths';

export type AdminSectionKey = 'home' | 'members' | 'approvals' | 'records' | 'events' | 'segments' | 'newsletters' | 'news' | 'jobs' | 'talent' | 'insight' | 'surveys' | 'staff' | 'audit' | 'settings';

export interface AdminSection {
  key: AdminSectionKey;
  path: string;
  labelKey: MessageKey;
  /** Shown on the console's overview card; the overview itself has none. */
  descriptionKey?: MessageKey;
  /** Who may open the section; the navigation shows it only to them and the route refuses everyone else. */
  roles: readonly Role[];
  /** The section routes pages of its own below its path (e.g. a member's detail page), behind the same guard. */
  hasSubpages?: boolean;
}

/** HR runs the membership; admins can do everything HR can. */
const membershipRoles: readonly Role[] = ['hr', 'admin'];

/** Recruiters run the returner jobs and the boomerang board, with HR and admins. */
const recruitingRoles: readonly Role[] = ['recruiter', 'hr', 'admin'];

/** The console's sections, in navigation order. A new section (members, events, jobs…) is one more entry. */
export const adminSections: readonly AdminSection[] = [
  { key: 'home', path: webPaths.admin, labelKey: 'admin.nav.home', roles: staffRoles },
  {
    key: 'members',
    path: webPaths.adminMembers,
    labelKey: 'admin.nav.members',
    descriptionKey: 'admin.home.membersText',
    roles: membershipRoles,
    hasSubpages: true,
  },
  {
    key: 'approvals',
    path: webPaths.adminApprovals,
    labelKey: 'admin.nav.approvals',
    descriptionKey: 'admin.home.approvalsText',
    roles: membershipRoles,
  },
  {
    key: 'records',
    path: webPaths.adminRecords,
    labelKey: 'admin.nav.records',
    descriptionKey: 'admin.home.recordsText',
    roles: membershipRoles,
  },
  {
    key: 'events',
    path: webPaths.adminEvents,
    labelKey: 'admin.nav.events',
    descriptionKey: 'admin.home.eventsText',
    roles: membershipRoles,
    hasSubpages: true,
  },
  {
    key: 'segments',
    path: webPaths.adminSegments,
    labelKey: 'admin.nav.segments',
    descriptionKey: 'admin.home.segmentsText',
    roles: membershipRoles,
  },
  {
    key: 'newsletters',
    path: webPaths.adminNewsletters,
    labelKey: 'admin.nav.newsletters',
    descriptionKey: 'admin.home.newslettersText',
    roles: membershipRoles,
    hasSubpages: true,
  },
  {
    key: 'news',
    path: webPaths.adminNews,
    labelKey: 'admin.nav.news',
    descriptionKey: 'admin.home.newsText',
    roles: membershipRoles,
  },
  {
    key: 'jobs',
    path: webPaths.adminJobs,
    labelKey: 'admin.nav.jobs',
    descriptionKey: 'admin.home.jobsText',
    roles: recruitingRoles,
    hasSubpages: true,
  },
  {
    key: 'talent',
    path: webPaths.adminTalent,
    labelKey: 'admin.nav.talent',
    descriptionKey: 'admin.home.talentText',
    roles: recruitingRoles,
  },
  {
    key: 'insight',
    path: webPaths.adminInsight,
    labelKey: 'admin.nav.insight',
    descriptionKey: 'admin.home.insightText',
    roles: membershipRoles,
  },
  {
    key: 'surveys',
    path: webPaths.adminSurveys,
    labelKey: 'admin.nav.surveys',
    descriptionKey: 'admin.home.surveysText',
    roles: membershipRoles,
    hasSubpages: true,
  },
  {
    key: 'staff',
    path: webPaths.adminStaff,
    labelKey: 'admin.nav.staff',
    descriptionKey: 'admin.home.staffText',
    roles: ['admin'],
  },
  {
    key: 'audit',
    path: webPaths.adminAudit,
    labelKey: 'admin.nav.audit',
    descriptionKey: 'admin.home.auditText',
    roles: ['admin'],
  },
  {
    key: 'settings',
    path: webPaths.adminSettings,
    labelKey: 'admin.nav.settings',
    descriptionKey: 'admin.home.settingsText',
    roles: ['admin'],
  },
];

export const canOpen = (section: AdminSection, role: Role): boolean => section.roles.includes(role);

export const sectionsFor = (role: Role): AdminSection[] => adminSections.filter((section) => canOpen(section, role));

/** The section's path below the console root, for the console's own route tree. */
export const relativePath = (section: AdminSection): string =>
  section.path === webPaths.admin ? '' : section.path.slice(webPaths.admin.length + 1);

/** The pattern the console's route tree matches the section with: its subpages too, when it has any. */
export const routePattern = (section: AdminSection): string => {
  const path = relativePath(section);
  return section.hasSubpages && path !== '' ? `${path}/*` : path;
};
