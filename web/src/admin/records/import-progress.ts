import type { ImportStatus, RecordImport } from '@alumni/shared';

/** How often the page asks how far an import has come. */
export const importPollMs = 1000;

/** Only an import being written changes by itself; it is read again every second until it stops. */
export const importPollInterval = (status: ImportStatus | undefined): number | false => (status === 'importing' ? importPollMs : false);

/** How far an import has come, 0..100, from rows written out of the valid rows to write. */
export function importPercent(processed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((processed / total) * 100)));
}

/**
 * The step the live status announces: every quarter rather than every poll, so a screen reader is
 * told how the import goes without being talked over each second.
 */
export const progressMilestone = (processed: number, total: number): number => Math.floor(importPercent(processed, total) / 25) * 25;

/** The problems that belong to the whole file (line 0) come first, then by line. */
export const sortedProblems = (problems: RecordImport['problems']): RecordImport['problems'] =>
  [...problems].sort((a, b) => a.line - b.line);
