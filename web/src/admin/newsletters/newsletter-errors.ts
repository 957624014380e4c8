import { languages, newsletterPlaceholders, unknownPlaceholders, type ErrorDetail, type Language, type NewsletterBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';
import { maxNews, newsletterTextFields, type NewsletterTextField } from './newsletter-form';

/**
 * The field a detail names. The preview's body sits under `newsletter`, so its paths come as
 * `newsletter.body.fi`. The generic `fieldName` is not used: it drops a leading `body.`, which here is
 * the newsletter's own text field.
 */
export const newsletterFieldName = (path: string): string => path.replace(/^newsletter\./, '');

const isTextField = (value: string | undefined): value is NewsletterTextField =>
  (newsletterTextFields as readonly (string | undefined)[]).includes(value);
const isLanguage = (value: string | undefined): value is Language => (languages as readonly (string | undefined)[]).includes(value);

/** The text a field name such as `body.fi` points at in the body, or null when it names no text. */
function textAt(body: NewsletterBody, name: string): string | null {
  const [field, language, ...rest] = name.split('.');
  if (rest.length > 0 || !isTextField(field) || !isLanguage(language)) return null;
  return body[field][language] ?? '';
}

/** The placeholders a newsletter may use, as the author writes them. */
export const knownPlaceholders = newsletterPlaceholders.map((name) => `{{${name}}}`).join(', ');

/** What is wrong with a text that asks for placeholders no one fills in, or null when nothing is. */
export function placeholderProblem(text: string, t: Translate): string | null {
  const unknown = unknownPlaceholders(text);
  if (unknown.length === 0) return null;
  return t('adminNewsletters.error.placeholder', { unknown: unknown.map((name) => `{{${name}}}`).join(', '), known: knownPlaceholders });
}

/** What is wrong with one field, in words that say how to fix it; `body` is what was checked. */
function describeNewsletterField(name: string, detail: ErrorDetail, body: NewsletterBody, t: Translate): string {
  const text = textAt(body, name);
  if (text !== null) {
    const placeholder = placeholderProblem(text, t);
    if (placeholder) return placeholder;
    if (detail.code === 'too_big') return t('validation.tooLong');
    if (text.trim() === '' && name.startsWith('subject.')) return t('adminNewsletters.error.subjectRequired');
    if (text.trim() === '' && name.startsWith('body.')) return t('adminNewsletters.error.bodyRequired');
    return describeFieldError(detail, t);
  }
  if (name === 'blocks.newsIds' || name.startsWith('blocks.newsIds.')) {
    return detail.code === 'too_big' ? t('adminNewsletters.error.tooManyNews', { max: maxNews }) : t('adminNewsletters.error.news');
  }
  if (name === 'segmentId') return t('adminNewsletters.error.segment');
  if (name === 'blocks.events' || name === 'defaultLanguage') return t('adminNewsletters.error.choice');
  return describeFieldError(detail, t);
}

/** The form's field name for a detail: a news post of the list is reported on the list. */
const formField = (name: string): string => (name.startsWith('blocks.newsIds.') ? 'blocks.newsIds' : name);

/**
 * The editor's message per field from a failed save (the shared schema's check before sending, or the
 * server's answer); `sent` is the newsletter as it was sent. A text the author has changed since is
 * no longer judged by that answer (the live preview checks it again), so its message goes.
 */
export function newsletterFieldErrors(error: unknown, sent: NewsletterBody, t: Translate, current: NewsletterBody = sent): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = newsletterFieldName(detail.path);
    const field = formField(name);
    if (name === '' || name === 'language' || field in result) continue;
    if (textAt(sent, name) !== textAt(current, name)) continue;
    result[field] = describeNewsletterField(name, detail, sent, t);
  }
  return result;
}

/** What the live preview's refusal means for the author. */
export interface PreviewProblems {
  /** Messages to show on the fields now, as the author types: unknown placeholders, texts too long. */
  fields: Readonly<Record<string, string>>;
  /** The subject or the text is still missing in the default language: nothing to show yet, and nothing to scold. */
  missing: boolean;
}

/**
 * Reads the preview's validation error. A missing subject or text is not shown on the field while the
 * author is still writing (saving says it); a placeholder the mail cannot fill in is, at once.
 */
export function previewProblems(error: unknown, body: NewsletterBody, t: Translate): PreviewProblems {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return { fields: {}, missing: false };
  const fields: Record<string, string> = {};
  let missing = false;
  for (const detail of error.details) {
    const name = newsletterFieldName(detail.path);
    const text = textAt(body, name);
    if (text !== null && text.trim() === '') {
      missing = true;
      continue;
    }
    const field = formField(name);
    if (name === '' || name === 'language' || field in fields) continue;
    fields[field] = describeNewsletterField(name, detail, body, t);
  }
  return { fields, missing };
}
