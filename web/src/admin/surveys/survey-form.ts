import { languages, type Language, type LocalizedText, type QuestionKind, type Survey, type SurveyBody, type SurveyQuestionInput } from '@alumni/shared';
import { wallClock } from '../newsletters/schedule-form';

/** Surveys open and close on Helsinki's clock. */
export const surveyTimeZone = 'Europe/Helsinki';

/** The longest text each field takes, as the shared schema has it. */
export const surveyLimits = { title: 160, intro: 2000, prompt: 500, option: 200, endLabel: 80 } as const;

/** The most questions a survey and options a choice question take, and the scale's bounds. */
export const maxQuestions = 30;
export const maxOptions = 20;
export const minOptions = 2;
export const scaleMaxChoices: readonly number[] = [2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface OptionValues {
  id: string;
  label: LocalizedText;
}

/** One question as the builder holds it. Options and scale settings stay while the kind changes, so nothing typed is lost. */
export interface QuestionValues {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  required: boolean;
  options: OptionValues[];
  scaleMax: number;
  minLabel: LocalizedText;
  maxLabel: LocalizedText;
}

/** The survey editor's values: the audience "everyone" as an empty string, the closing time as a datetime-local field holds it. */
export interface SurveyFormValues {
  title: LocalizedText;
  intro: LocalizedText;
  anonymous: boolean;
  segmentId: string;
  /** `YYYY-MM-DDTHH:mm` on Helsinki's clock. */
  closesAt: string;
  questions: QuestionValues[];
}

export const noText = (): LocalizedText => ({ fi: '', sv: '', en: '' });
const copyText = (text: LocalizedText | undefined): LocalizedText => (text ? { fi: text.fi, sv: text.sv, en: text.en } : noText());

export const isChoice = (kind: QuestionKind): boolean => kind === 'single' || kind === 'multiple';

/** The next free id of the form `q3` or `o3`: one above the highest number used, so a removed id is not given again. */
export function nextId(prefix: 'q' | 'o', used: readonly string[]): string {
  let highest = 0;
  for (const id of used) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

const newOption = (used: readonly string[]): OptionValues => ({ id: nextId('o', used), label: noText() });

export function newQuestion(used: readonly string[], kind: QuestionKind = 'scale'): QuestionValues {
  const question: QuestionValues = {
    id: nextId('q', used),
    kind,
    prompt: noText(),
    required: true,
    options: [],
    scaleMax: 5,
    minLabel: noText(),
    maxLabel: noText(),
  };
  return isChoice(kind) ? withEnoughOptions(question) : question;
}

/** A choice question starts with two empty options to fill in. */
function withEnoughOptions(question: QuestionValues): QuestionValues {
  const options = [...question.options];
  while (options.length < minOptions) options.push(newOption(options.map((o) => o.id)));
  return { ...question, options };
}

/** Two weeks from the day at four in the afternoon, Helsinki time. */
export function defaultClosesAt(now: Date = new Date()): string {
  const day = wallClock(new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000).toISOString(), surveyTimeZone).slice(0, 10);
  return `${day}T16:00`;
}

export function newSurveyValues(now: Date = new Date()): SurveyFormValues {
  return { title: noText(), intro: noText(), anonymous: false, segmentId: '', closesAt: defaultClosesAt(now), questions: [newQuestion([])] };
}

export function surveyFormValues(survey: Survey): SurveyFormValues {
  return {
    title: copyText(survey.title),
    intro: copyText(survey.intro),
    anonymous: survey.anonymous,
    segmentId: survey.segmentId ?? '',
    closesAt: wallClock(survey.closesAt, surveyTimeZone),
    questions: survey.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: copyText(q.prompt),
      required: q.required,
      options: q.options.map((o) => ({ id: o.id, label: copyText(o.label) })),
      scaleMax: q.scaleMax,
      minLabel: copyText(q.minLabel),
      maxLabel: copyText(q.maxLabel),
    })),
  };
}

/** How far the zone is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock time (`YYYY-MM-DDTHH:mm`) in the zone as an ISO instant, or '' when it is not one. */
export function wallClockToIso(local: string, zone: string = surveyTimeZone): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return '';
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return '';
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - zoneOffset(wall, zone);
  const corrected = wall - zoneOffset(instant, zone);
  if (corrected !== instant) instant = corrected;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

const hasText = (text: LocalizedText): boolean => languages.some((l) => text[l].trim() !== '');

function questionBody(q: QuestionValues): SurveyQuestionInput {
  const body: SurveyQuestionInput = {
    id: q.id,
    kind: q.kind,
    prompt: copyText(q.prompt),
    required: q.required,
    options: isChoice(q.kind) ? q.options.map((o) => ({ id: o.id, label: copyText(o.label) })) : [],
    scaleMax: q.scaleMax,
  };
  if (q.kind === 'scale' && hasText(q.minLabel)) body.minLabel = copyText(q.minLabel);
  if (q.kind === 'scale' && hasText(q.maxLabel)) body.maxLabel = copyText(q.maxLabel);
  return body;
}

/** The whole survey as the API takes it; the shared schema checks it before it is sent. */
export function surveyBody(values: SurveyFormValues): SurveyBody {
  return {
    title: copyText(values.title),
    intro: copyText(values.intro),
    anonymous: values.anonymous,
    segmentId: values.segmentId === '' ? null : values.segmentId,
    closesAt: wallClockToIso(values.closesAt),
    questions: values.questions.map(questionBody),
  };
}

/* ---- the question builder's edits ---- */

export function addQuestion(questions: readonly QuestionValues[]): QuestionValues[] {
  if (questions.length >= maxQuestions) return [...questions];
  return [...questions, newQuestion(questions.map((q) => q.id))];
}

export const removeQuestion = (questions: readonly QuestionValues[], id: string): QuestionValues[] => questions.filter((q) => q.id !== id);

/** Moves an item one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** A question turned into a choice question gets empty options up to two; its other settings stay for turning it back. */
export function setKind(question: QuestionValues, kind: QuestionKind): QuestionValues {
  const next = { ...question, kind };
  return isChoice(kind) ? withEnoughOptions(next) : next;
}

export const replaceQuestion = (questions: readonly QuestionValues[], question: QuestionValues): QuestionValues[] =>
  questions.map((q) => (q.id === question.id ? question : q));

export const setQuestionText = (question: QuestionValues, field: 'prompt' | 'minLabel' | 'maxLabel', language: Language, value: string): QuestionValues => ({
  ...question,
  [field]: { ...question[field], [language]: value },
});

export function addOption(question: QuestionValues): QuestionValues {
  if (question.options.length >= maxOptions) return question;
  return { ...question, options: [...question.options, newOption(question.options.map((o) => o.id))] };
}

export const removeOption = (question: QuestionValues, optionId: string): QuestionValues => ({
  ...question,
  options: question.options.filter((o) => o.id !== optionId),
});

export const setOptionLabel = (question: QuestionValues, optionId: string, language: Language, value: string): QuestionValues => ({
  ...question,
  options: question.options.map((o) => (o.id === optionId ? { ...o, label: { ...o.label, [language]: value } } : o)),
});

export const moveOption = (question: QuestionValues, optionId: string, by: -1 | 1): QuestionValues => ({
  ...question,
  options: moveItem(question.options, optionId, by),
});

/** Whether the form holds what was saved. */
export const sameValues = (a: SurveyFormValues, b: SurveyFormValues): boolean => JSON.stringify(a) === JSON.stringify(b);
