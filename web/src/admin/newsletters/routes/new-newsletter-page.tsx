import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { webPaths, withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { NewsletterEditor } from '../components/newsletter-editor';
import { newNewsletterValues, type NewsletterFormValues } from '../newsletter-form';
import type { NewsletterPageState } from './newsletter-page';

export function NewNewsletterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<NewsletterFormValues>(newNewsletterValues);
  return (
    <div className="page">
      <p className="back-link">
        <Link to={webPaths.adminNewsletters}>{t('adminNewsletters.backToList')}</Link>
      </p>
      <PageHeading title={t('adminNewsletters.newTitle')} />
      <p className="lead">{t('adminNewsletters.newIntro')}</p>
      <section className="panel" aria-labelledby="newsletter-content-title">
        <h2 id="newsletter-content-title">{t('adminNewsletters.contentTitle')}</h2>
        <NewsletterEditor
          values={values}
          setValues={setValues}
          onSaved={(newsletter) => {
            const state: NewsletterPageState = { created: true };
            void navigate(withId(webPaths.adminNewsletter, newsletter.id), { state });
          }}
          onCancel={() => void navigate(webPaths.adminNewsletters)}
        />
      </section>
    </div>
  );
}
