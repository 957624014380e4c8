import { z } from 'zod';
import { ZIsoDateTime } from './common.js';
import { ZJobType } from './jobs.js';
import { ZIsoDate } from './membership.js';

/* ---- boomerang flags ---- */

/** The pipeline in order; `not_now` stands aside it. */
export const flagStages = ['flagged', 'contacted', 'interviewing', 'offer', 'rehired', 'not_now'] as const;
export const ZFlagStage = z.enum(flagStages);
export type FlagStage = z.infer<typeof ZFlagStage>;

const pipeline: readonly FlagStage[] = ['flagged', 'contacted', 'interviewing', 'offer', 'rehired'];

/**
 * Where a flag may go from a stage: forward any number of steps, back one step (a move made by
 * mistake), aside to `not_now`, and from `not_now` back to the start. A rehire is final. Moving to
 * `rehired` is done by recording the rehire.
 */
export function flagMoveAllowed(from: FlagStage, to: FlagStage): boolean {
  if (from === to || from === 'rehired') return false;
  if (to === 'not_now') return true;
  if (from === 'not_now') return to === 'flagged' || to === 'contacted';
  const a = pipeline.indexOf(from);
  const b = pipeline.indexOf(to);
  return b > a || b === a - 1;
}

const ZTag = z.string().trim().min(1).max(40);

export const ZFlagBody = z.strictObject({
  memberId: z.uuid(),
  reason: z.string().trim().min(1).max(2000),
  tags: z.array(ZTag).max(20).default([]),
});
export type FlagBody = z.input<typeof ZFlagBody>;

export const ZFlagUpdate = z.strictObject({
  reason: z.string().trim().min(1).max(2000).optional(),
  tags: z.array(ZTag).max(20).optional(),
});
export type FlagUpdate = z.input<typeof ZFlagUpdate>;

export const ZRehireBody = z.strictObject({
  rehiredOn: ZIsoDate,
  jobId: z.uuid().nullable().default(null),
  type: ZJobType,
});
export type RehireBody = z.input<typeof ZRehireBody>;

/** A move on the board; moving to `rehired` carries the rehire. */
export const ZFlagMove = z.discriminatedUnion('stage', [
  z.strictObject({ stage: z.literal('rehired'), rehire: ZRehireBody }),
  z.strictObject({ stage: z.enum(['flagged', 'contacted', 'interviewing', 'offer', 'not_now']) }),
]);
export type FlagMove = z.input<typeof ZFlagMove>;

export const ZFlagNoteBody = z.strictObject({ text: z.string().trim().min(1).max(4000) });

export const ZFlagNote = z.object({ id: z.uuid(), text: z.string(), author: z.string(), createdAt: ZIsoDateTime });
export type FlagNote = z.infer<typeof ZFlagNote>;

export const ZRehire = z.object({ rehiredOn: ZIsoDate, jobId: z.uuid().nullable(), jobTitle: z.string().nullable(), type: ZJobType });
export type Rehire = z.infer<typeof ZRehire>;

export const ZTalentFlag = z.object({
  id: z.uuid(),
  member: z.object({ userId: z.uuid(), name: z.string(), email: z.string(), headline: z.string().nullable() }),
  reason: z.string(),
  tags: z.array(z.string()),
  stage: ZFlagStage,
  flaggedBy: z.string().nullable(),
  stageChangedAt: ZIsoDateTime,
  rehire: ZRehire.nullable(),
  notes: z.array(ZFlagNote),
  createdAt: ZIsoDateTime,
});
export type TalentFlag = z.infer<typeof ZTalentFlag>;
export const ZTalentBoard = z.object({ items: z.array(ZTalentFlag) });
export type TalentBoard = z.infer<typeof ZTalentBoard>;

/* ---- suggested alumni for a posting ---- */

export const ZSuggestion = z.object({
  userId: z.uuid(),
  name: z.string(),
  headline: z.string().nullable(),
  city: z.string().nullable(),
  score: z.number(),
  /** Why the member matches: `open_to_return`, `mode`, `department`, `skills`, `place`. */
  reasons: z.array(z.string()),
  flagged: z.boolean(),
});
export type Suggestion = z.infer<typeof ZSuggestion>;
export const ZSuggestions = z.object({ items: z.array(ZSuggestion) });
export type Suggestions = z.infer<typeof ZSuggestions>;
