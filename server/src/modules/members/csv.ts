/**
 * CSV for spreadsheets. The console's users open exports in Excel with a Finnish or Swedish locale,
 * where the list separator is a semicolon (the comma is the decimal mark), so cells are separated by
 * `;`; the file starts with a UTF-8 byte order mark so Excel reads ä, ö and å right.
 */
export const csvSeparator = ';';
export const csvBom = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * let one slip past that check). A cell starting with one gets a leading apostrophe, which the
 * spreadsheet shows as plain text (OWASP "CSV injection").
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: defused against formula injection, then always quoted with inner quotes doubled. */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One line of cells, ended with CRLF as RFC 4180 has it. */
export const csvRow = (cells: ReadonlyArray<string | null | undefined>): string => `${cells.map(csvCell).join(csvSeparator)}\r\n`;
