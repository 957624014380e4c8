import { describe, expect, it } from 'vitest';
import { chosenAmong, emptySelection, selectionState, toggleAll, toggleOne } from './selection';

describe('row selection', () => {
  const shown = ['a', 'b', 'c'];

  it('chooses and clears single rows without changing the old set', () => {
    const one = toggleOne(emptySelection, 'a', true);
    expect([...one]).toEqual(['a']);
    expect(emptySelection.size).toBe(0);
    expect([...toggleOne(one, 'a', false)]).toEqual([]);
  });

  it('tells the header checkbox whether all, some or none are chosen', () => {
    expect(selectionState(emptySelection, shown)).toBe('none');
    expect(selectionState(new Set(['b']), shown)).toBe('some');
    expect(selectionState(new Set(shown), shown)).toBe('all');
    expect(selectionState(emptySelection, [])).toBe('none');
  });

  it('chooses or clears every shown row at once, leaving others alone', () => {
    const all = toggleAll(new Set(['z']), shown, true);
    expect([...all].sort()).toEqual(['a', 'b', 'c', 'z']);
    expect([...toggleAll(all, shown, false)]).toEqual(['z']);
  });

  it('sends only chosen rows that are still shown, in their order', () => {
    expect(chosenAmong(new Set(['c', 'z', 'a']), shown)).toEqual(['a', 'c']);
  });
});
