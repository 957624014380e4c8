import { describe, expect, it } from 'vitest';
import { chooseMatch, monthEnd, monthStart, toMonth, type MatchedRecord } from './matching.js';

describe('months', () => {
  it('turns a claimed month into its first and last day', () => {
    expect(monthStart('2019-06')).toBe('2019-06-01');
    expect(monthEnd('2019-06')).toBe('2019-06-30');
    expect(monthEnd('2019-12')).toBe('2019-12-31');
    expect(monthEnd('2016-02')).toBe('2016-02-29');
    expect(monthEnd('2100-02')).toBe('2100-02-28');
    expect(monthEnd('2016-02-01')).toBe('2016-02-29');
    expect(toMonth('2016-02-01')).toBe('2016-02');
  });
});

const rec = (o: Partial<MatchedRecord> & { id: string }): MatchedRecord => ({ employeeNumber: 'E1', byEmail: false, overlaps: true, startDate: '2015-01-01', ...o });

describe('chooseMatch', () => {
  it('matches nothing without rows', () => {
    expect(chooseMatch([])).toBeNull();
  });

  it('takes every record of one person, the overlapping latest as the match', () => {
    const m = chooseMatch([rec({ id: 'a', startDate: '2010-01-01' }), rec({ id: 'b', startDate: '2018-01-01' }), rec({ id: 'c', startDate: '2020-01-01', overlaps: false })]);
    expect(m).toEqual({ recordIds: ['b', 'a', 'c'], primaryId: 'b' });
  });

  it('leaves a name shared by two people to HR', () => {
    expect(chooseMatch([rec({ id: 'a', employeeNumber: 'E1' }), rec({ id: 'b', employeeNumber: 'E2' })])).toBeNull();
  });

  it('lets the address decide over namesakes', () => {
    const m = chooseMatch([rec({ id: 'a', employeeNumber: 'E1' }), rec({ id: 'b', employeeNumber: 'E2', byEmail: true, overlaps: false })]);
    expect(m).toEqual({ recordIds: ['b'], primaryId: 'b' });
  });
});
