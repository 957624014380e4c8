import { flagMoveAllowed, flagStages, type FlagMove, type FlagStage, type JobType, type TalentFlag } from '@alumni/shared';

/** The board's columns in order, each with its flags, the most recently moved first. */
export function boardColumns(flags: readonly TalentFlag[]): { stage: FlagStage; flags: TalentFlag[] }[] {
  return flagStages.map((stage) => ({
    stage,
    flags: flags.filter((flag) => flag.stage === stage).sort((a, b) => b.stageChangedAt.localeCompare(a.stageChangedAt)),
  }));
}

/** The stages a flag may be moved to from where it is, in the board's order. */
export const movesFrom = (from: FlagStage): FlagStage[] => flagStages.filter((to) => flagMoveAllowed(from, to));

/** What the rehire form holds; the posting is optional. */
export interface RehireValues {
  rehiredOn: string;
  type: JobType;
  jobId: string;
}

/** The move the API takes: a rehire carries its day, type of work and the posting, if any. */
export function flagMove(stage: FlagStage, rehire: RehireValues): FlagMove {
  if (stage !== 'rehired') return { stage };
  return { stage, rehire: { rehiredOn: rehire.rehiredOn, type: rehire.type, jobId: rehire.jobId === '' ? null : rehire.jobId } };
}

/** Tags as typed: comma-separated, trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}
