import { languages, type ErrorDetail, type Language, type LocalizedText, type NewsPost, type NewsPostBody, type NewsStatus } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';

/** The news editor's values: a title and a Markdown text per language, and whether members see it. */
export interface NewsFormValues {
  title: LocalizedText;
  body: LocalizedText;
  status: NewsStatus;
}

export type NewsTextField = 'title' | 'body';

/** The longest text each field takes, as the shared schema has it. */
export const newsLimits: Readonly<Record<NewsTextField, number>> = { title: 160, body: 4000 };

const noText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export const newNewsValues = (): NewsFormValues => ({ title: noText(), body: noText(), status: 'draft' });

export const newsFormValues = (post: NewsPost): NewsFormValues => ({ title: { ...post.title }, body: { ...post.body }, status: post.status });

export const newsBody = (values: NewsFormValues): NewsPostBody => ({ title: { ...values.title }, body: { ...values.body }, status: values.status });

const isLanguage = (value: string | undefined): value is Language => (languages as readonly (string | undefined)[]).includes(value);

/**
 * The field a detail names, as the form knows it (`title.fi`, `body.sv`, `status`). The generic
 * `fieldName` is not used: it drops a leading `body.`, which here is the post's own text field.
 */
export function newsFieldName(path: string): string {
  const [field, language] = path.split('.');
  if ((field === 'title' || field === 'body') && isLanguage(language)) return `${field}.${language}`;
  return field ?? '';
}

function describeNewsField(name: string, detail: ErrorDetail, t: Translate): string {
  if (name.startsWith('title.') && (detail.code === 'custom' || detail.code === 'required')) return t('adminNews.error.titleRequired');
  if (detail.code === 'too_big') return t('validation.tooLong');
  if (name === 'status') return t('adminNews.error.status');
  return describeFieldError(detail, t);
}

/** The news form's message per field from a failed save. */
export function newsFieldErrors(error: unknown, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = newsFieldName(detail.path);
    if (name === '' || name in result) continue;
    result[name] = describeNewsField(name, detail, t);
  }
  return result;
}
