import { useState, type Dispatch, type SetStateAction } from 'react';
import { languages, type Language, type Newsletter, type NewsletterBody } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { useCreateNewsletter } from '../api/create-newsletter';
import { useSegmentChoices } from '../api/get-segment-choices';
import { useNewsletterPreview } from '../api/preview-newsletter';
import { useUpdateNewsletter } from '../api/update-newsletter';
import { knownPlaceholders, newsletterFieldErrors, previewProblems } from '../newsletter-errors';
import { eventChoices, newsletterBody, newsletterTextFields, textLimits, type NewsletterFormValues, type NewsletterTextField } from '../newsletter-form';
import { AudienceSummary } from './audience-summary';
import { NewsBlockField, newsFieldId } from './news-block-field';
import { NewsletterPreview } from './newsletter-preview';

/** How long the preview waits after the last key before it asks the server to render the mail. */
const previewDelay = 500;

export interface NewsletterEditorProps {
  /** The draft being edited; a new newsletter when absent. */
  newsletter?: Newsletter;
  values: NewsletterFormValues;
  setValues: Dispatch<SetStateAction<NewsletterFormValues>>;
  onSaved: (newsletter: Newsletter) => void;
  onCancel?: () => void;
}

const fieldId = (field: string) => `newsletter-${field.replace('.', '-')}`;

/**
 * A newsletter's texts per language, its audience and its blocks, beside the mail it makes: the preview
 * is rendered by the server as the author types, and names an unknown placeholder on its field at once.
 */
export function NewsletterEditor({ newsletter, values, setValues, onSaved, onCancel }: NewsletterEditorProps) {
  const { t } = useI18n();
  const create = useCreateNewsletter();
  const update = useUpdateNewsletter();
  const segments = useSegmentChoices();
  const mutation = newsletter ? update : create;
  const [sent, setSent] = useState<NewsletterBody | null>(null);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(values.defaultLanguage);

  const body = newsletterBody(values);
  const settled = useDebouncedValue(body, previewDelay, JSON.stringify(body));
  const preview = useNewsletterPreview(settled, previewLanguage);
  const problems = previewProblems(preview.error, settled, t);
  const saveErrors = newsletterFieldErrors(mutation.error, sent ?? body, t, body);
  const fieldErrors: Readonly<Record<string, string>> = { ...problems.fields, ...saveErrors };
  const typing = JSON.stringify(settled) !== JSON.stringify(body);

  const previewNote = problems.missing
    ? t('adminNewsletters.preview.missing', { language: t(`adminNewsletters.languageName.${values.defaultLanguage}`) })
    : Object.keys(problems.fields).length > 0
      ? t('adminNewsletters.preview.fix')
      : preview.isError
        ? t('adminNewsletters.preview.error')
        : null;

  const set = <K extends keyof NewsletterFormValues>(field: K) => (value: NewsletterFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setText = (field: NewsletterTextField, language: Language) => (value: string) =>
    setValues((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));

  const segmentOptions = [
    { value: '', label: t('adminNewsletters.form.audienceAll') },
    ...(segments.data?.items ?? []).map((segment) => ({ value: segment.id, label: segment.name })),
  ];
  // The newsletter's segment stays a choice while the list loads, or if it is beyond the first page.
  if (newsletter?.segmentId && !segmentOptions.some((option) => option.value === newsletter.segmentId)) {
    segmentOptions.push({ value: newsletter.segmentId, label: newsletter.segmentName ?? newsletter.segmentId });
  }

  const summaryFields: SummaryField[] = [
    ...languages.flatMap((language) =>
      newsletterTextFields.map((field) => ({
        name: `${field}.${language}`,
        id: fieldId(`${field}.${language}`),
        label: t(`adminNewsletters.form.${field}.${language}`),
      })),
    ),
    { name: 'defaultLanguage', id: fieldId('defaultLanguage'), label: t('adminNewsletters.form.defaultLanguage') },
    { name: 'segmentId', id: fieldId('segmentId'), label: t('adminNewsletters.form.audience') },
    { name: 'blocks.events', id: fieldId('events'), label: t('adminNewsletters.form.events') },
    { name: 'blocks.newsIds', id: newsFieldId, label: t('adminNewsletters.form.news') },
  ];

  return (
    <div className="newsletter-editor">
      <form
        className="form newsletter-form"
        noValidate
        aria-label={t('adminNewsletters.form.label')}
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          if (mutation.isPending) return;
          mutation.reset();
          setSent(body);
          if (newsletter) update.mutate({ id: newsletter.id, body }, { onSuccess: onSaved });
          else create.mutate(body, { onSuccess: onSaved });
        }}
      >
        <ErrorSummary error={mutation.error} fields={summaryFields} messages={saveErrors} overrides={{ conflict: 'adminNewsletters.form.conflict' }} />
        <p className="muted">{t('adminNewsletters.form.textsHint')}</p>
        <p className="muted">{t('adminNewsletters.form.placeholdersHint', { placeholders: knownPlaceholders })}</p>
        {languages.map((language) => (
          <fieldset key={language} className="form-group">
            <legend>{t(`adminNewsletters.form.legend.${language}`)}</legend>
            <TextField
              id={fieldId(`subject.${language}`)}
              name={`subject.${language}`}
              label={t(`adminNewsletters.form.subject.${language}`)}
              value={values.subject[language]}
              onChange={setText('subject', language)}
              error={fieldErrors[`subject.${language}`]}
              maxLength={textLimits.subject}
            />
            <TextField
              id={fieldId(`preheader.${language}`)}
              name={`preheader.${language}`}
              label={t(`adminNewsletters.form.preheader.${language}`)}
              hint={t('adminNewsletters.form.preheaderHint')}
              value={values.preheader[language]}
              onChange={setText('preheader', language)}
              error={fieldErrors[`preheader.${language}`]}
              maxLength={textLimits.preheader}
            />
            <TextAreaField
              id={fieldId(`body.${language}`)}
              name={`body.${language}`}
              label={t(`adminNewsletters.form.body.${language}`)}
              hint={t('adminNewsletters.form.markdownHint')}
              value={values.body[language]}
              onChange={setText('body', language)}
              error={fieldErrors[`body.${language}`]}
              maxLength={textLimits.body}
              rows={12}
            />
          </fieldset>
        ))}
        <fieldset className="form-group">
          <legend>{t('adminNewsletters.form.settingsLegend')}</legend>
          <SelectField<Language>
            id={fieldId('defaultLanguage')}
            name="defaultLanguage"
            label={t('adminNewsletters.form.defaultLanguage')}
            hint={t('adminNewsletters.form.defaultLanguageHint')}
            value={values.defaultLanguage}
            onChange={set('defaultLanguage')}
            error={fieldErrors.defaultLanguage}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
          <div className="field">
            <SelectField<string>
              id={fieldId('segmentId')}
              name="segmentId"
              label={t('adminNewsletters.form.audience')}
              hint={t('adminNewsletters.form.audienceHint')}
              value={values.segmentId}
              onChange={set('segmentId')}
              error={fieldErrors.segmentId}
              options={segmentOptions}
            />
            <AudienceSummary segmentId={values.segmentId === '' ? null : values.segmentId} />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('adminNewsletters.form.blocksLegend')}</legend>
          <SelectField<string>
            id={fieldId('events')}
            name="blocks.events"
            label={t('adminNewsletters.form.events')}
            hint={t('adminNewsletters.form.eventsHint')}
            value={values.events}
            onChange={set('events')}
            error={fieldErrors['blocks.events']}
            options={eventChoices.map((count) => ({ value: String(count), label: count === 0 ? t('adminNewsletters.form.eventsNone') : String(count) }))}
          />
          <NewsBlockField value={values.newsIds} onChange={set('newsIds')} error={fieldErrors['blocks.newsIds']} />
        </fieldset>
        <div className="form-actions">
          <Button type="submit" busy={mutation.isPending}>
            {newsletter ? t('adminNewsletters.form.save') : t('adminNewsletters.form.saveDraft')}
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
      <NewsletterPreview
        preview={preview.data}
        updating={typing || preview.isFetching}
        note={previewNote}
        language={previewLanguage}
        onLanguageChange={setPreviewLanguage}
        live
      />
    </div>
  );
}
