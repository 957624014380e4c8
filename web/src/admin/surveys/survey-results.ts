import { pickText, type Language, type QuestionResult, type SurveyQuestion, type SurveyResults } from '@alumni/shared';

/** One bar of a question's chart, with the figures its table shows. */
export interface ResultBar {
  key: string;
  label: string;
  count: number;
  /** Of the responses that answered the question, 0–1; several options of a multiple choice may add up to more than 1. */
  share: number;
  /** Of the largest count, 0–1, for the bar's length. */
  length: number;
}

const withShares = (rows: readonly { key: string; label: string; count: number }[], answered: number): ResultBar[] => {
  const largest = Math.max(0, ...rows.map((row) => row.count));
  return rows.map((row) => ({
    ...row,
    share: answered > 0 ? row.count / answered : 0,
    length: largest > 0 ? row.count / largest : 0,
  }));
};

/**
 * The bars of a choice or scale question, in the question's order: every option or scale point is
 * there, answered or not. A scale's ends carry their words ("1 – Poor"). Free text has no bars.
 */
export function resultBars(question: SurveyQuestion, result: QuestionResult, language: Language): ResultBar[] {
  if (question.kind === 'single' || question.kind === 'multiple') {
    const counts = new Map(result.options.map((o) => [o.id, o.count]));
    return withShares(
      question.options.map((option) => ({ key: option.id, label: pickText(option.label, language) || option.id, count: counts.get(option.id) ?? 0 })),
      result.answered,
    );
  }
  if (question.kind === 'scale') {
    const counts = new Map(result.scale.map((s) => [s.value, s.count]));
    const min = question.minLabel ? pickText(question.minLabel, language) : '';
    const max = question.maxLabel ? pickText(question.maxLabel, language) : '';
    const rows = Array.from({ length: question.scaleMax }, (_, i) => {
      const value = i + 1;
      const words = value === 1 ? min : value === question.scaleMax ? max : '';
      return { key: String(value), label: words ? `${value} – ${words}` : String(value), count: counts.get(value) ?? 0 };
    });
    return withShares(rows, result.answered);
  }
  return [];
}

/** The bars read out in one line, for the chart's text equivalent: "Yes: 12, No: 3". */
export function barsSummary(bars: readonly ResultBar[], locale: string): string {
  const n = new Intl.NumberFormat(locale);
  return bars.map((bar) => `${bar.label}: ${n.format(bar.count)}`).join(', ');
}

/** A label cut to fit beside its bar; the table under the chart has it whole. */
export function shortLabel(label: string, max = 48): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A share as the locale writes a percentage, or a dash when there is nothing to divide by. */
export function percentText(locale: string, part: number, whole: number): string {
  if (whole <= 0) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

/** The scale's mean with one decimal, or null before anyone answered. */
export function meanText(locale: string, average: number | null): string | null {
  if (average === null || !Number.isFinite(average)) return null;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}

/** Each question with its result; a question the results do not name gets an empty one, so every question is shown. */
export function questionsWithResults(questions: readonly SurveyQuestion[], results: SurveyResults): { question: SurveyQuestion; result: QuestionResult }[] {
  const byId = new Map(results.questions.map((r) => [r.questionId, r]));
  return questions.map((question) => ({
    question,
    result: byId.get(question.id) ?? { questionId: question.id, kind: question.kind, answered: 0, options: [], scale: [], average: null, texts: [] },
  }));
}
