import { pickText, type Language, type LocalizedText, type SurveyAnswers, type SurveyQuestion } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import type { MessageKey } from '../../i18n/en';

/** What the member has chosen or written so far, per question id. */
export type AnswerDraft = Readonly<Record<string, number | string | readonly string[] | undefined>>;

/** The answers as sent: unanswered questions left out, texts trimmed. */
export function answersBody(questions: readonly SurveyQuestion[], draft: AnswerDraft): SurveyAnswers {
  const body: SurveyAnswers = {};
  for (const q of questions) {
    const value = draft[q.id];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') body[q.id] = text;
    } else if (typeof value === 'number') {
      body[q.id] = value;
    } else if (value.length > 0) {
      body[q.id] = [...value];
    }
  }
  return body;
}

/** Required questions left without an answer, checked before sending. */
export function missingAnswers(questions: readonly SurveyQuestion[], draft: AnswerDraft): string[] {
  const body = answersBody(questions, draft);
  return questions.filter((q) => q.required && !(q.id in body)).map((q) => q.id);
}

/** Ticks or unticks an option of a multiple-choice question, keeping the question's order. */
export function toggleOption(question: SurveyQuestion, chosen: readonly string[], option: string, on: boolean): string[] {
  const next = new Set(chosen);
  if (on) next.add(option);
  else next.delete(option);
  return question.options.map((o) => o.id).filter((id) => next.has(id));
}

const problemKeys: Readonly<Record<string, MessageKey>> = {
  required: 'surveys.error.required',
  out_of_range: 'surveys.error.scale',
  too_big: 'surveys.error.tooLong',
};

/** The server's problems per question id, as message keys. */
export function answerProblems(error: unknown): Readonly<Record<string, MessageKey>> {
  if (!(error instanceof ApiError)) return {};
  const problems: Record<string, MessageKey> = {};
  for (const detail of error.details) {
    const match = /^answers\.([a-z0-9_-]+)/.exec(detail.path);
    if (!match?.[1] || match[1] in problems) continue;
    problems[match[1]] = problemKeys[detail.code ?? ''] ?? 'surveys.error.invalid';
  }
  return problems;
}

/** A text in the member's language, or the first language it was written in. */
export const textFor = (text: LocalizedText | undefined, language: Language): string => (text ? pickText(text, language) : '');
