/** The downloaded file's name: the day it was made, in Helsinki, so several exports sort by date. */
export function exportFileName(exportedAt: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(exportedAt);
  return `alumni-data-${day}.json`;
}

/** The export as people and programs read it: indented JSON with a final newline. */
export const exportFileText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
