import { Route, Routes } from 'react-router';
import { NewsletterNotFound } from '../components/newsletter-not-found';
import { NewNewsletterPage } from './new-newsletter-page';
import { NewsletterPage } from './newsletter-page';
import { PlanPage } from './plan-page';
import '../newsletters.css';

/** The newsletters section: the year's plan with every newsletter, a new one, and one newsletter's page (webPaths.adminNewsletter…). */
export function NewslettersRoutes() {
  return (
    <Routes>
      <Route index element={<PlanPage />} />
      <Route path="new" element={<NewNewsletterPage />} />
      <Route path=":id" element={<NewsletterPage />} />
      <Route path="*" element={<NewsletterNotFound />} />
    </Routes>
  );
}
