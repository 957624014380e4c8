import { useState } from 'react';
import type { Language, Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { useNewsletterPreview } from '../api/preview-newsletter';
import { savedBody } from '../newsletter-form';
import { NewsletterPreview } from './newsletter-preview';

/** The saved newsletter as members get it, for an issue that can no longer be edited. */
export function SavedPreview({ newsletter }: { newsletter: Newsletter }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<Language>(newsletter.defaultLanguage);
  const preview = useNewsletterPreview(savedBody(newsletter), language);
  return (
    <NewsletterPreview
      preview={preview.data}
      updating={preview.isFetching}
      note={preview.isError ? t('adminNewsletters.preview.error') : null}
      language={language}
      onLanguageChange={setLanguage}
      live={false}
    />
  );
}
