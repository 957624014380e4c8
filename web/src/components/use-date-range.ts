import { useState } from 'react';

/** A range of calendar days (YYYY-MM-DD) runs backwards when both ends are given and the end comes first. */
export const isBackwardsRange = (from: string, to: string): boolean => from !== '' && to !== '' && from > to;

/** The two ends of a search form's date range, as typed, and whether the last submit found it backwards. */
export function useDateRange(initial: { from: string; to: string }) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [backwards, setBackwards] = useState(false);
  /** At submit: false, and the range marked, when it ends before it starts. */
  const validate = (): boolean => {
    const invalid = isBackwardsRange(from, to);
    setBackwards(invalid);
    return !invalid;
  };
  return { from, to, setFrom, setTo, backwards, validate };
}

export type DateRangeState = ReturnType<typeof useDateRange>;
