import { maxFreeTextLength, type ErrorDetail, type SurveyAnswers, type SurveyQuestion } from '@alumni/shared';

/*
 * Whether a member's answers fit the survey's questions. Pure: the same rules for every caller, and
 * a list of every misfit (path `answers.<questionId>`) rather than the first one, so the page can
 * mark each question at once.
 */

export interface CheckedAnswers {
  /** The answers as stored: texts trimmed, skipped optional questions left out. */
  answers: SurveyAnswers;
  problems: ErrorDetail[];
}

const problem = (questionId: string, code: string, message: string): ErrorDetail => ({ path: `answers.${questionId}`, code, message });

/** One answer against its question: the value to store, or a problem. */
function checkOne(q: SurveyQuestion, value: SurveyAnswers[string] | undefined): { value?: SurveyAnswers[string]; problem?: ErrorDetail } {
  const missing = () => (q.required ? { problem: problem(q.id, 'required', 'Answer this question') } : {});
  if (value === undefined) return missing();
  switch (q.kind) {
    case 'scale': {
      if (typeof value !== 'number') return { problem: problem(q.id, 'invalid_type', 'Choose a point on the scale') };
      if (!Number.isInteger(value) || value < 1 || value > q.scaleMax) {
        return { problem: problem(q.id, 'out_of_range', `Choose a whole number from 1 to ${q.scaleMax}`) };
      }
      return { value };
    }
    case 'single': {
      if (typeof value !== 'string') return { problem: problem(q.id, 'invalid_type', 'Choose one option') };
      if (!q.options.some((o) => o.id === value)) return { problem: problem(q.id, 'unknown_option', 'Choose one of the question’s options') };
      return { value };
    }
    case 'multiple': {
      if (!Array.isArray(value)) return { problem: problem(q.id, 'invalid_type', 'Choose any of the options as a list') };
      if (value.some((id) => !q.options.some((o) => o.id === id))) return { problem: problem(q.id, 'unknown_option', 'Choose among the question’s options') };
      if (new Set(value).size !== value.length) return { problem: problem(q.id, 'duplicate', 'Choose each option at most once') };
      if (!value.length) return missing();
      // Stored in the question's order, so the same choices are always the same value.
      return { value: q.options.filter((o) => value.includes(o.id)).map((o) => o.id) };
    }
    case 'text': {
      if (typeof value !== 'string') return { problem: problem(q.id, 'invalid_type', 'Write the answer as text') };
      const text = value.trim();
      if (text.length > maxFreeTextLength) return { problem: problem(q.id, 'too_big', `Write at most ${maxFreeTextLength} characters`) };
      if (!text) return missing();
      return { value: text };
    }
  }
}

export function checkAnswers(questions: readonly SurveyQuestion[], given: Readonly<Record<string, unknown>>): CheckedAnswers {
  const problems: ErrorDetail[] = [];
  const answers: SurveyAnswers = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) problems.push(problem(id, 'unknown_question', 'The survey has no such question'));
  }
  for (const q of questions) {
    const raw = Object.hasOwn(given, q.id) ? given[q.id] : undefined;
    const value = raw === undefined || typeof raw === 'number' || typeof raw === 'string' || (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) ? raw : null;
    if (value === null) {
      problems.push(problem(q.id, 'invalid_type', 'This is not an answer to this question'));
      continue;
    }
    const out = checkOne(q, value);
    if (out.problem) problems.push(out.problem);
    else if (out.value !== undefined) answers[q.id] = out.value;
  }
  return { answers, problems };
}
