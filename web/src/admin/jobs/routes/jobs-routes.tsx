import { Route, Routes } from 'react-router';
import '../jobs.css';
import { JobNotFound } from '../components/job-not-found';
import { JobPage } from './job-page';
import { JobsPage } from './jobs-page';
import { NewJobPage } from './new-job-page';

/** The jobs section: the list, a new posting and one posting's page (webPaths.adminJob…). */
export function JobsRoutes() {
  return (
    <Routes>
      <Route index element={<JobsPage />} />
      <Route path="new" element={<NewJobPage />} />
      <Route path=":id" element={<JobPage />} />
      <Route path="*" element={<JobNotFound />} />
    </Routes>
  );
}
