import { useEffect, useState } from 'react';
import { languages, type Language, type NewsletterPreview as Preview } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { RadioGroup } from '../../../components/radio-group';

export interface NewsletterPreviewProps {
  /** The preview for the text as it stands, when the server could render it. */
  preview: Preview | undefined;
  /** A newer preview is on its way, or the text has changed since the one shown. */
  updating: boolean;
  /** Why the preview cannot follow the text just now, or null when it can. */
  note: string | null;
  language: Language;
  onLanguageChange: (language: Language) => void;
  /** The preview follows the editor as the author types; otherwise it shows what was saved. */
  live: boolean;
}

/**
 * The mail as a member reading the language gets it: subject, preheader, the HTML part in a sandboxed
 * frame (no scripts, no forms, no way out of the frame) and the plain-text part. While the text cannot
 * be rendered (a placeholder to fix), the last preview stays, dimmed, with the reason above it.
 */
export function NewsletterPreview({ preview, updating, note, language, onLanguageChange, live }: NewsletterPreviewProps) {
  const { t } = useI18n();
  const [lastShown, setLastShown] = useState<Preview | undefined>(preview);
  useEffect(() => {
    if (preview) setLastShown(preview);
  }, [preview]);
  const shown = preview ?? lastShown;
  const stale = updating || note !== null || preview === undefined;

  return (
    <section className="newsletter-preview" aria-labelledby="newsletter-preview-title">
      <h3 id="newsletter-preview-title" className="newsletter-preview__title">
        {t('adminNewsletters.preview.title')}
      </h3>
      <p className="muted">{t(live ? 'adminNewsletters.preview.hint' : 'adminNewsletters.preview.savedHint')}</p>
      <RadioGroup<Language>
        name="newsletter-preview-language"
        legend={t('adminNewsletters.preview.language')}
        value={language}
        onChange={onLanguageChange}
        options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
      />
      <p className="muted" role="status">
        {note ?? (shown ? '' : t('adminNewsletters.preview.loading'))}
      </p>
      {shown ? (
        <div className="newsletter-preview__mail" aria-busy={updating ? true : undefined}>
          <dl className="newsletter-preview__envelope">
            <dt>{t('adminNewsletters.preview.subject')}</dt>
            <dd lang={language}>{shown.subject || t('common.none')}</dd>
            <dt>{t('adminNewsletters.preview.preheader')}</dt>
            <dd lang={language}>{shown.preheader || t('common.none')}</dd>
          </dl>
          <iframe
            className={stale ? 'newsletter-preview__frame newsletter-preview__frame--stale' : 'newsletter-preview__frame'}
            sandbox=""
            srcDoc={shown.html}
            title={t('adminNewsletters.preview.frameTitle')}
          />
          <details className="disclosure">
            <summary>{t('adminNewsletters.preview.textVersion')}</summary>
            <pre className="newsletter-preview__text" lang={language}>
              {shown.text}
            </pre>
          </details>
        </div>
      ) : null}
    </section>
  );
}
