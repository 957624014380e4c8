/** Rows chosen in a table, by id. Every change makes a new set, so React sees it. */
export type Selection = ReadonlySet<string>;

export const emptySelection: Selection = new Set<string>();

export function toggleOne(selection: Selection, id: string, on: boolean): Selection {
  const next = new Set(selection);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The header checkbox: chooses or clears every row shown, leaving other chosen rows alone. */
export function toggleAll(selection: Selection, ids: readonly string[], on: boolean): Selection {
  const next = new Set(selection);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** What the header checkbox shows: checked, mixed (indeterminate) or clear. */
export function selectionState(selection: Selection, ids: readonly string[]): 'all' | 'some' | 'none' {
  const chosen = ids.filter((id) => selection.has(id)).length;
  if (chosen === 0) return 'none';
  return chosen === ids.length ? 'all' : 'some';
}

/** Only rows still shown can be sent; a row that left the list (filtered away) is not invited unseen. */
export const chosenAmong = (selection: Selection, ids: readonly string[]): string[] => ids.filter((id) => selection.has(id));
