import { describe, expect, it } from 'vitest';
import type { TalentFlag } from '@alumni/shared';
import { boardColumns, flagMove, movesFrom, parseTags } from './board';

const flag = (id: string, stage: TalentFlag['stage'], stageChangedAt: string): TalentFlag => ({
  id,
  member: { userId: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', name: 'Aino', email: 'aino@example.com', headline: null },
  reason: 'Strong engineer',
  tags: [],
  stage,
  flaggedBy: 'Riikka',
  stageChangedAt,
  rehire: null,
  notes: [],
  createdAt: '2026-01-01T09:00:00.000+02:00',
});

describe('the boomerang board', () => {
  it('puts each flag in its stage’s column, the latest move first', () => {
    const columns = boardColumns([
      flag('a', 'flagged', '2026-01-01T09:00:00.000+02:00'),
      flag('b', 'offer', '2026-01-02T09:00:00.000+02:00'),
      flag('c', 'flagged', '2026-01-03T09:00:00.000+02:00'),
    ]);
    expect(columns.map((c) => c.stage)).toEqual(['flagged', 'contacted', 'interviewing', 'offer', 'rehired', 'not_now']);
    expect(columns[0]?.flags.map((f) => f.id)).toEqual(['c', 'a']);
    expect(columns[3]?.flags.map((f) => f.id)).toEqual(['b']);
  });

  it('offers only the moves the shared rules allow', () => {
    expect(movesFrom('flagged')).toEqual(['contacted', 'interviewing', 'offer', 'rehired', 'not_now']);
    expect(movesFrom('interviewing')).toEqual(['contacted', 'offer', 'rehired', 'not_now']);
    expect(movesFrom('not_now')).toEqual(['flagged', 'contacted']);
    expect(movesFrom('rehired')).toEqual([]);
  });

  it('carries the rehire only on a move to rehired', () => {
    const rehire = { rehiredOn: '2026-05-01', type: 'full_time' as const, jobId: '' };
    expect(flagMove('contacted', rehire)).toEqual({ stage: 'contacted' });
    expect(flagMove('rehired', rehire)).toEqual({ stage: 'rehired', rehire: { rehiredOn: '2026-05-01', type: 'full_time', jobId: null } });
  });

  it('reads comma-separated tags', () => {
    expect(parseTags(' react, , cloud,react ')).toEqual(['react', 'cloud']);
  });
});
