import { Link, useNavigate } from 'react-router';
import { webPaths, withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { EventForm } from '../components/event-form';
import type { EventPageState } from './event-page';

export function NewEventPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="page page--medium">
      <p className="back-link">
        <Link to={webPaths.adminEvents}>{t('adminEvents.backToList')}</Link>
      </p>
      <PageHeading title={t('adminEvents.newTitle')} />
      <p className="lead">{t('adminEvents.newIntro')}</p>
      <section className="panel" aria-label={t('adminEvents.newTitle')}>
        <EventForm
          onSaved={(event) => {
            const state: EventPageState = { created: true };
            void navigate(withId(webPaths.adminEvent, event.id), { state });
          }}
          onCancel={() => void navigate(webPaths.adminEvents)}
        />
      </section>
    </div>
  );
}
