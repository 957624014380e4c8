import { useEffect, useRef, useState } from 'react';
import { languages, newsStatuses, pickText, type Language, type NewsPost, type NewsStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { RadioGroup } from '../../../components/radio-group';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateNewsPost } from '../api/create-news-post';
import { useUpdateNewsPost } from '../api/update-news-post';
import { newNewsValues, newsBody, newsFieldErrors, newsFormValues, newsLimits, type NewsFormValues, type NewsTextField } from '../news-form';

export interface NewsFormProps {
  /** The post being edited; a new one when absent. */
  post?: NewsPost;
  onSaved: (post: NewsPost) => void;
  onCancel: () => void;
}

const fieldId = (field: string) => `news-${field.replace('.', '-')}`;

/** A news post's title and Markdown text per language, and whether members see it. */
export function NewsForm({ post, onSaved, onCancel }: NewsFormProps) {
  const { t, language } = useI18n();
  const [values, setValues] = useState<NewsFormValues>(() => (post ? newsFormValues(post) : newNewsValues()));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const create = useCreateNewsPost();
  const update = useUpdateNewsPost();
  const mutation = post ? update : create;
  const fieldErrors = newsFieldErrors(mutation.error, t);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const setText = (field: NewsTextField, l: Language) => (value: string) =>
    setValues((current) => ({ ...current, [field]: { ...current[field], [l]: value } }));

  const summaryFields: SummaryField[] = [
    ...languages.flatMap((l) => [
      { name: `title.${l}`, id: fieldId(`title.${l}`), label: t(`adminNews.form.title.${l}`) },
      { name: `body.${l}`, id: fieldId(`body.${l}`), label: t(`adminNews.form.body.${l}`) },
    ]),
    { name: 'status', id: `news-status-${newsStatuses[0]}`, label: t('adminNews.form.status') },
  ];

  return (
    <section className="panel" aria-labelledby="news-form-title">
      <h2 id="news-form-title" tabIndex={-1} ref={headingRef}>
        {post ? t('adminNews.editTitle', { title: pickText(post.title, language) || t('adminNews.untitled') }) : t('adminNews.createTitle')}
      </h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (mutation.isPending) return;
          const body = newsBody(values);
          if (post) update.mutate({ id: post.id, body }, { onSuccess: onSaved });
          else create.mutate(body, { onSuccess: onSaved });
        }}
      >
        <ErrorSummary error={mutation.error} fields={summaryFields} messages={fieldErrors} />
        <p className="muted">{t('adminNews.form.textsHint')}</p>
        {languages.map((l) => (
          <fieldset key={l} className="form-group">
            <legend>{t(`adminNews.form.legend.${l}`)}</legend>
            <TextField
              id={fieldId(`title.${l}`)}
              name={`title.${l}`}
              label={t(`adminNews.form.title.${l}`)}
              value={values.title[l]}
              onChange={setText('title', l)}
              error={fieldErrors[`title.${l}`]}
              maxLength={newsLimits.title}
            />
            <TextAreaField
              id={fieldId(`body.${l}`)}
              name={`body.${l}`}
              label={t(`adminNews.form.body.${l}`)}
              hint={t('adminNews.form.markdownHint')}
              value={values.body[l]}
              onChange={setText('body', l)}
              error={fieldErrors[`body.${l}`]}
              maxLength={newsLimits.body}
              rows={6}
              counter
            />
          </fieldset>
        ))}
        <RadioGroup<NewsStatus>
          name="news-status"
          legend={t('adminNews.form.status')}
          value={values.status}
          onChange={(status) => setValues((current) => ({ ...current, status }))}
          options={newsStatuses.map((status) => ({ value: status, label: t(`adminNews.form.status.${status}`) }))}
        />
        {fieldErrors.status ? <p className="field__error">{fieldErrors.status}</p> : null}
        <div className="form-actions">
          <Button type="submit" busy={mutation.isPending}>
            {t('adminNews.form.save')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
