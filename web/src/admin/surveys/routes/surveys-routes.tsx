import { Route, Routes } from 'react-router';
import { SurveyNotFound } from '../components/survey-not-found';
import { NewSurveyPage } from './new-survey-page';
import { SurveyPage } from './survey-page';
import { SurveysPage } from './surveys-page';
import '../surveys.css';

/** The surveys section: the list, a new survey and one survey's page (webPaths.adminSurvey…). */
export function SurveysRoutes() {
  return (
    <Routes>
      <Route index element={<SurveysPage />} />
      <Route path="new" element={<NewSurveyPage />} />
      <Route path=":id" element={<SurveyPage />} />
      <Route path="*" element={<SurveyNotFound />} />
    </Routes>
  );
}
