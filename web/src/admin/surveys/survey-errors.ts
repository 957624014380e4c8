import { languages, type ErrorDetail, type Language, type SurveyBody } from '@alumni/shared';
import { ApiError, fieldName } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';
import { maxQuestions } from './survey-form';

const isLanguage = (value: string | undefined): value is Language => (languages as readonly (string | undefined)[]).includes(value);
const localized = ['title', 'intro'] as const;
const questionTexts = ['prompt', 'minLabel', 'maxLabel'] as const;

/** The element id of the input a field key names, e.g. `survey-questions-q1-prompt-fi`. */
export const surveyFieldId = (key: string): string => `survey-${key.replaceAll('.', '-')}`;

/** A text in three languages refused as a whole (none written) is shown on its first language's input. */
const textKey = (base: string, language: string | undefined): string => `${base}.${isLanguage(language) ? language : languages[0]}`;

/**
 * The form's key for an issue's path. Questions and options are named by their ids rather than their
 * places, so a message stays on its question when questions are moved after the check: `questions.0.prompt`
 * becomes `questions.q1.prompt.fi`. `sent` is the body that was checked.
 */
export function surveyFieldKey(path: string, sent: SurveyBody): string {
  const parts = fieldName(path).split('.').filter((part) => part !== '');
  const [head, second, third, ...rest] = parts;
  if (head === undefined) return '';
  if ((localized as readonly string[]).includes(head)) return textKey(head, second);
  if (head !== 'questions') return head;
  if (second === undefined || !/^\d+$/.test(second)) return 'questions';
  const question = sent.questions[Number(second)];
  if (!question) return 'questions';
  const base = `questions.${question.id}`;
  if (third === undefined) return base;
  if ((questionTexts as readonly string[]).includes(third)) return textKey(`${base}.${third}`, rest[0]);
  if (third === 'options') {
    const [index, field, language] = rest;
    if (index === undefined || !/^\d+$/.test(index)) return `${base}.options`;
    const option = question.options?.[Number(index)];
    if (!option || field !== 'label') return `${base}.options`;
    return textKey(`${base}.options.${option.id}.label`, language);
  }
  if (third === 'kind' || third === 'required' || third === 'scaleMax') return `${base}.${third}`;
  return base;
}

/** What is wrong with one field, in words that say how to fix it. */
function describeSurveyField(key: string, detail: ErrorDetail, error: ApiError, t: Translate): string {
  if (detail.code === 'too_big' && key !== 'questions' && !key.endsWith('.options')) return t('validation.tooLong');
  if (key.startsWith('title.')) return t('adminSurveys.error.titleRequired');
  if (key === 'closesAt') {
    if (error.code === 'rule_broken') return t('adminSurveys.error.closesInPast');
    return detail.code === 'required' ? t('adminSurveys.error.closesRequired') : t('adminSurveys.error.closesInvalid');
  }
  if (key === 'segmentId') return t('adminSurveys.error.segment');
  if (key === 'questions') return detail.code === 'too_big' ? t('adminSurveys.error.tooManyQuestions', { max: maxQuestions }) : t('adminSurveys.error.noQuestions');
  if (/^questions\.[^.]+\.prompt\./.test(key)) return t('adminSurveys.error.promptRequired');
  if (/^questions\.[^.]+\.options\.[^.]+\.label\./.test(key)) return t('adminSurveys.error.optionRequired');
  if (key.endsWith('.options')) return detail.code === 'too_big' ? t('adminSurveys.error.tooManyOptions') : t('adminSurveys.error.fewOptions');
  if (key.endsWith('.scaleMax')) return t('adminSurveys.error.scaleMax');
  return describeFieldError(detail, t);
}

/**
 * The editor's message per field from a failed save: the shared schema's check before sending (the
 * client runs ZSurveyBody.safeParse) or the server's answer, read against the body that was sent.
 */
export function surveyFieldErrors(error: unknown, sent: SurveyBody, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const key = surveyFieldKey(detail.path, sent);
    if (key === '' || key in result) continue;
    result[key] = describeSurveyField(key, detail, error, t);
  }
  return result;
}
