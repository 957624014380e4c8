import type { ComponentType } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import type { User } from '@alumni/shared';
import { useSessionUser } from '../api/session';
import { useI18n } from '../i18n/i18n-provider';
import { NotAllowedPage } from '../components/not-allowed-page';
import { NotFoundPage } from '../components/not-found-page';
import { adminSections, canOpen, routePattern, sectionsFor, type AdminSectionKey } from './admin-sections';
import { ApprovalsPage } from './approvals/routes/approvals-page';
import { AuditPage } from './audit/routes/audit-page';
import { EventsRoutes } from './events/routes/events-routes';
import { JobsRoutes } from './jobs/routes/jobs-routes';
import { AdminHomePage } from './home/routes/admin-home-page';
import { MembersRoutes } from './members/routes/members-routes';
import { NewsPage } from './news/routes/news-page';
import { NewslettersRoutes } from './newsletters/routes/newsletters-routes';
import { RecordsPage } from './records/routes/records-page';
import { SegmentsPage } from './segments/routes/segments-page';
import { StaffPage } from './staff/routes/staff-page';
import { TalentPage } from './talent/routes/talent-page';
import { InsightPage } from './insight/routes/insight-page';
import { SurveysRoutes } from './surveys/routes/surveys-routes';
import { SettingsPage } from './settings/routes/settings-page';

const pages: Readonly<Record<AdminSectionKey, ComponentType<{ user: User }>>> = {
  home: AdminHomePage,
  members: MembersRoutes,
  approvals: ApprovalsPage,
  records: RecordsPage,
  events: EventsRoutes,
  segments: SegmentsPage,
  newsletters: NewslettersRoutes,
  news: NewsPage,
  jobs: JobsRoutes,
  talent: TalentPage,
  insight: InsightPage,
  surveys: SurveysRoutes,
  staff: StaffPage,
  audit: AuditPage,
  settings: SettingsPage,
};

/** The admin console: its own navigation and route tree, each section guarded by the roles it allows. */
export function AdminApp() {
  const { t } = useI18n();
  const user = useSessionUser();
  if (!user) return null;

  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label={t('admin.navLabel')}>
        <ul className="admin-nav__list">
          {sectionsFor(user.role).map((section) => (
            <li key={section.key}>
              <NavLink className="admin-nav__link" to={section.path} end={section.key === 'home'}>
                {t(section.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <Routes>
          {adminSections.map((section) => {
            const Page = pages[section.key];
            const element = canOpen(section, user.role) ? <Page user={user} /> : <NotAllowedPage />;
            const path = routePattern(section);
            return path === '' ? (
              <Route key={section.key} index element={element} />
            ) : (
              <Route key={section.key} path={path} element={element} />
            );
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </div>
  );
}
