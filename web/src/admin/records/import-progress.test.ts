import { describe, expect, it } from 'vitest';
import { importPercent, importPollInterval, progressMilestone, sortedProblems } from './import-progress';

describe('import progress', () => {
  it('counts written rows against the valid ones', () => {
    expect(importPercent(0, 50_000)).toBe(0);
    expect(importPercent(12_499, 50_000)).toBe(24);
    expect(importPercent(50_000, 50_000)).toBe(100);
    expect(importPercent(60, 50)).toBe(100);
    expect(importPercent(0, 0)).toBe(100);
  });

  it('announces every quarter, not every poll', () => {
    expect(progressMilestone(100, 1000)).toBe(0);
    expect(progressMilestone(260, 1000)).toBe(25);
    expect(progressMilestone(749, 1000)).toBe(50);
    expect(progressMilestone(1000, 1000)).toBe(100);
  });

  it('polls every second only while the rows are being written', () => {
    expect(importPollInterval('importing')).toBe(1000);
    expect(importPollInterval('previewed')).toBe(false);
    expect(importPollInterval('done')).toBe(false);
    expect(importPollInterval('failed')).toBe(false);
    expect(importPollInterval('discarded')).toBe(false);
    expect(importPollInterval(undefined)).toBe(false);
  });

  it('lists file problems first, then by line', () => {
    const problems = [
      { line: 7, field: 'email', message: 'Not an address' },
      { line: 0, field: null, message: 'Missing column' },
      { line: 3, field: 'startDate', message: 'Not a date' },
    ];
    expect(sortedProblems(problems).map((p) => p.line)).toEqual([0, 3, 7]);
  });
});
