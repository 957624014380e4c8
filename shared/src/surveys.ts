import { z } from 'zod';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';
import { languages } from './enums.js';
import { ZLocalizedText, type LocalizedText } from './events.js';

/* ---- questions ---- */

export const questionKinds = ['scale', 'single', 'multiple', 'text'] as const;
export const ZQuestionKind = z.enum(questionKinds);
export type QuestionKind = z.infer<typeof ZQuestionKind>;

const hasText = (t: LocalizedText) => languages.some((l) => t[l] !== '');
const ZKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Use 1–40 lower-case letters, digits, - or _');
const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const ZSurveyOption = z.strictObject({ id: ZKey, label: ZLocalizedText(200).refine(hasText, 'Write the option in at least one language') });
export type SurveyOption = z.infer<typeof ZSurveyOption>;

export const maxFreeTextLength = 4000;

export const ZSurveyQuestion = z
  .strictObject({
    id: ZKey,
    kind: ZQuestionKind,
    prompt: ZLocalizedText(500).refine(hasText, 'Write the question in at least one language'),
    required: z.boolean().default(true),
    /** Single and multiple choice: 2 to 20 options. */
    options: z.array(ZSurveyOption).max(20).default([]),
    /** Scale: from 1 to `scaleMax` (2 to 10), with optional words for the ends. */
    scaleMax: z.number().int().min(2).max(10).default(5),
    minLabel: ZLocalizedText(80).optional(),
    maxLabel: ZLocalizedText(80).optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'A choice question needs at least two options' });
    if (!choice && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only choice questions have options' });
    if (!unique(q.options.map((o) => o.id))) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give each option its own id' });
  });
export type SurveyQuestion = z.output<typeof ZSurveyQuestion>;
export type SurveyQuestionInput = z.input<typeof ZSurveyQuestion>;

/* ---- the survey ---- */

export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export const ZSurveyStatus = z.enum(surveyStatuses);
export type SurveyStatus = z.infer<typeof ZSurveyStatus>;

/** What HR writes. Once the survey is open, only `closesAt` may change. */
export const ZSurveyBody = z
  .strictObject({
    title: ZLocalizedText(160).refine(hasText, 'Give the survey a title in at least one language'),
    intro: ZLocalizedText(2000).default({ fi: '', sv: '', en: '' }),
    /** No answer is stored with its member: not in the application, not in the database. */
    anonymous: z.boolean().default(false),
    /** The audience: a saved segment, or everyone when null. */
    segmentId: z.uuid().nullable().default(null),
    closesAt: ZIsoDateTime,
    questions: z.array(ZSurveyQuestion).min(1).max(30),
  })
  .superRefine((s, ctx) => {
    if (!unique(s.questions.map((q) => q.id))) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Give each question its own id' });
  });
export type SurveyBody = z.input<typeof ZSurveyBody>;

export const ZSurveyPatch = z.strictObject({ closesAt: ZIsoDateTime });

export const ZSurvey = z.object({
  id: z.uuid(),
  title: ZLocalizedText(160),
  intro: ZLocalizedText(2000),
  anonymous: z.boolean(),
  segmentId: z.uuid().nullable(),
  segmentName: z.string().nullable(),
  closesAt: ZIsoDateTime,
  questions: z.array(ZSurveyQuestion),
  status: ZSurveyStatus,
  openedAt: ZIsoDateTime.nullable(),
  responses: z.number().int(),
  /** Mails queued and sent for the survey. */
  mailed: z.number().int(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type Survey = z.infer<typeof ZSurvey>;
export const ZSurveyPage = page(ZSurvey);
export type SurveyPage = z.infer<typeof ZSurveyPage>;
export const ZSurveyQuery = ZPageQuery.extend({ status: ZSurveyStatus.optional() });
export type SurveyQuery = z.input<typeof ZSurveyQuery>;

/** Opening sends the mail to the audience's members who take the newsletter. */
export const ZSurveyOpened = z.object({ survey: ZSurvey, queued: z.number().int() });

/* ---- answers ---- */

/** One answer per question id: a scale point, an option id, option ids, or text. Skipped optional questions are left out. */
export const ZSurveyAnswers = z.record(
  ZKey,
  z.union([z.number().int(), z.string().max(maxFreeTextLength), z.array(ZKey).max(20)]),
);
export type SurveyAnswers = z.infer<typeof ZSurveyAnswers>;
export const ZSurveyAnswerBody = z.strictObject({ answers: ZSurveyAnswers });
export type SurveyAnswerBody = z.input<typeof ZSurveyAnswerBody>;

/** The survey as a member sees it in the portal. */
export const ZPortalSurvey = z.object({
  id: z.uuid(),
  title: ZLocalizedText(160),
  intro: ZLocalizedText(2000),
  anonymous: z.boolean(),
  closesAt: ZIsoDateTime,
  questions: z.array(ZSurveyQuestion),
  open: z.boolean(),
  answered: z.boolean(),
});
export type PortalSurvey = z.infer<typeof ZPortalSurvey>;
export const ZPortalSurveyList = z.object({ items: z.array(ZPortalSurvey) });
export type PortalSurveyList = z.infer<typeof ZPortalSurveyList>;

/* ---- results ---- */

export const ZQuestionResult = z.object({
  questionId: z.string(),
  kind: ZQuestionKind,
  /** Responses that answered this question. */
  answered: z.number().int(),
  /** Choice questions: one count per option, in the question's order. */
  options: z.array(z.object({ id: z.string(), count: z.number().int() })),
  /** Scale questions: one count per point from 1, and the mean. */
  scale: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  average: z.number().nullable(),
  /** Free-text answers, in a shuffled order for anonymous surveys. */
  texts: z.array(z.string()),
});
export type QuestionResult = z.infer<typeof ZQuestionResult>;

export const ZSurveyResults = z.object({
  surveyId: z.uuid(),
  anonymous: z.boolean(),
  responses: z.number().int(),
  /** Members in the audience when it opened, for the response rate; null for drafts. */
  audience: z.number().int().nullable(),
  questions: z.array(ZQuestionResult),
});
export type SurveyResults = z.infer<typeof ZSurveyResults>;
