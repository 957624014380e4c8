import { useNavigate } from 'react-router';
import { webPaths, withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { SurveyForm } from '../components/survey-form';

export function NewSurveyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeading title={t('adminSurveys.newTitle')} />
      <SurveyForm onSaved={(survey) => void navigate(withId(webPaths.adminSurvey, survey.id))} onCancel={() => void navigate(webPaths.adminSurveys)} />
    </div>
  );
}
