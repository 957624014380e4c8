import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { memberTypes, type ImportProblem, type MemberType } from '@alumni/shared';

/**
 * One valid row of the HR export, normalised. The keys are the columns of employment_records, so
 * PostgreSQL can read a batch of them straight from JSON (jsonb_to_recordset).
 */
export interface RecordRow {
  employee_number: string;
  first_name: string;
  last_name: string;
  email: string | null;
  department: string;
  title: string;
  member_type: MemberType | null;
  start_date: string;
  end_date: string | null;
}

/**
 * What is wrong, as a stable code the console translates (with `params` filled into its text); the
 * English `message` stays for API clients.
 */
export type ImportProblemCode =
  | 'file_empty'
  | 'file_unreadable'
  | 'file_unreadable_at'
  | 'no_header'
  | 'duplicate_column'
  | 'missing_columns'
  | 'nul_character'
  | 'too_many_values'
  | 'required'
  | 'too_long'
  | 'employee_number_chars'
  | 'invalid_email'
  | 'invalid_date'
  | 'end_before_start'
  | 'unknown_member_type'
  | 'duplicate_row'
  | 'conflicting_row'
  | 'conflicting_row_first'
  // Not the file's: writing a committed import failed.
  | 'import_failed';

export const importProblem = (line: number, field: string | null, code: ImportProblemCode, message: string, params?: Record<string, string>): ImportProblem =>
  params ? { line, field, code, params, message } : { line, field, code, message };

export interface ParsedRecords {
  /** Data rows in the file (the header and blank lines not counted). */
  totalRows: number;
  rows: RecordRow[];
  problems: ImportProblem[];
}

type Field = keyof RecordRow;

/** The fields a file must have a column for; a member type column is optional. */
const requiredFields: Field[] = ['employee_number', 'first_name', 'last_name', 'email', 'department', 'title', 'start_date', 'end_date'];

/**
 * Header names each field is known by, folded (lower case, no accents, `_` for spaces and dashes):
 * HR systems export in Finnish, Swedish or English.
 */
const aliases: Record<Field, string[]> = {
  employee_number: ['employee_number', 'employee_no', 'employee_id', 'employeenumber', 'emp_no', 'henkilonumero', 'henkilo_numero', 'henkilonro', 'tyontekijanumero', 'personalnummer', 'anstallningsnummer'],
  first_name: ['first_name', 'firstname', 'given_name', 'etunimi', 'etunimet', 'fornamn'],
  last_name: ['last_name', 'lastname', 'surname', 'family_name', 'sukunimi', 'efternamn'],
  email: ['email', 'e_mail', 'email_address', 'sahkoposti', 'sahkopostiosoite', 'e_post', 'epost', 'e_postadress'],
  department: ['department', 'dept', 'osasto', 'yksikko', 'avdelning'],
  title: ['title', 'job_title', 'nimike', 'tehtavanimike', 'titel', 'befattning'],
  start_date: ['start_date', 'start', 'started', 'alkupaiva', 'alkupvm', 'alkamispaiva', 'startdatum'],
  end_date: ['end_date', 'end', 'ended', 'loppupaiva', 'loppupvm', 'paattymispaiva', 'slutdatum'],
  member_type: ['member_type', 'membertype', 'type', 'jasentyyppi', 'tyyppi', 'medlemstyp'],
};

/** Member types as HR systems may write them, folded like headers. */
const memberTypeAliases: Record<string, MemberType> = {
  ...Object.fromEntries(memberTypes.map((t) => [t, t])),
  employee: 'former_employee',
  entinen_tyontekija: 'former_employee',
  tyontekija: 'former_employee',
  tidigare_anstalld: 'former_employee',
  anstalld: 'former_employee',
  harjoittelija: 'intern',
  praktikant: 'intern',
  trainee: 'intern',
  kesatyontekija: 'summer_worker',
  sommarjobbare: 'summer_worker',
  summer_employee: 'summer_worker',
  elakelainen: 'retiree',
  pensionar: 'retiree',
  retired: 'retiree',
  urakoitsija: 'contractor',
  konsultti: 'contractor',
  konsult: 'contractor',
  consultant: 'contractor',
};

type TextField = Exclude<Field, 'start_date' | 'end_date'>;
const maxLength: Record<TextField, number> = {
  employee_number: 40,
  first_name: 100,
  last_name: 100,
  email: 254,
  department: 120,
  title: 120,
  member_type: 40,
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-.]+/g, '_');

const byAlias = new Map<string, Field>(Object.entries(aliases).flatMap(([field, names]) => names.map((n) => [n, field as Field] as const)));

/* ---- encodings ---- */

/** Windows-1252's characters at 0x80–0x9F; elsewhere it is Latin-1. Undefined bytes stay as they are. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The text of an uploaded file. Exports come as UTF-8 (with or without the BOM Excel writes) or, from
 * older systems and Excel's plain "CSV" on Windows, as Windows-1252: a file that is not valid UTF-8
 * is read as Windows-1252, where every byte is a character.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Some runtimes decode the label as plain Latin-1; the C1 range is mapped here either way.
    return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
  }
}

/** Whether the bytes look like a binary file (a spreadsheet, an image) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  // XLSX and ODS are zip archives; old XLS is an OLE compound file.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole) return true;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return false;
  return bytes.subarray(0, 8192).includes(0);
}

/** The delimiter the header line uses: `;` (Finnish and Swedish Excel), `,` or a tab. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  const candidates = [',', ';', '\t'];
  let best = ',';
  for (const c of candidates) if (count(c) > count(best)) best = c;
  return best;
}

/* ---- values ---- */

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const finnishDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `YYYY-MM-DD` or Finnish `D.M.YYYY`, checked to be a real day; the ISO form, or null. */
export function parseDate(value: string): string | null {
  const iso = isoDate.exec(value);
  const fi = iso ? null : finnishDate.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : [];
  if (!y || !m || !d) return null;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ZEmail = z.email();
const employeeNumberPattern = /^[\p{L}\p{N}._/-]+$/u;

const columnList = requiredFields.join(', ');

const hasNul = (value: string) => value.includes('\u0000');
const nulMessage = 'Holds a NUL character, which no text may contain: save the file again as CSV text';

/* ---- the file ---- */

/**
 * Reads an HR export: a header row naming the columns, then one row per person and period. Every
 * row's problems are listed (line numbers as a spreadsheet shows them, the header being line 1);
 * only rows without problems are returned for import. A file whose layout is not understood gives
 * one problem for the whole file (line 0) and no rows.
 */
export function parseRecordsCsv(bytes: Uint8Array): ParsedRecords {
  const fileProblem = (code: ImportProblemCode, message: string, params?: Record<string, string>, totalRows = 0): ParsedRecords => ({
    totalRows,
    rows: [],
    problems: [importProblem(0, null, code, message, params)],
  });
  const text = decodeCsv(bytes);
  if (text.trim() === '') return fileProblem('file_empty', 'The file is empty');

  const ends: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], context) => {
        ends.push(context.lines);
        return record;
      },
    });
  } catch (err) {
    const lines = typeof err === 'object' && err !== null && 'lines' in err && typeof err.lines === 'number' ? err.lines : null;
    return lines
      ? fileProblem('file_unreadable_at', `The file is not readable as CSV (near line ${lines}): check that quotes are closed`, { line: String(lines) })
      : fileProblem('file_unreadable', 'The file is not readable as CSV: check that quotes are closed');
  }
  // A record spanning lines (a quoted value with a line break) is reported at the line it starts on.
  const lineOf = (i: number, record: string[]) => (ends[i] ?? 0) - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);

  const [header, ...data] = records;
  if (!header) return fileProblem('file_empty', 'The file is empty');
  const columns = header.map((h) => byAlias.get(fold(h)));
  const totalRows = data.filter((r) => r.some((v) => v.trim() !== '')).length;
  // PostgreSQL text cannot hold NUL, and a header with one is not a layout anyone meant.
  if (header.some(hasNul)) return fileProblem('nul_character', nulMessage, undefined, totalRows);

  if (!columns.some((c) => c !== undefined)) {
    return fileProblem(
      'no_header',
      `The first line must be a header row naming the columns: ${columnList} (and optionally member_type). Finnish names such as henkilönumero, etunimi, sukunimi, sähköposti, osasto, nimike, alkupäivä and loppupäivä also work.`,
      { columns: columnList },
      totalRows,
    );
  }
  const seen = new Map<Field, number>();
  for (const [i, c] of columns.entries()) {
    if (!c) continue;
    if (seen.has(c)) {
      const first = header[seen.get(c) ?? 0] ?? '';
      const second = header[i] ?? '';
      return fileProblem('duplicate_column', `The columns "${first}" and "${second}" both mean ${c}: keep one`, { first, second, field: c }, totalRows);
    }
    seen.set(c, i);
  }
  const missing = requiredFields.filter((f) => !seen.has(f));
  if (missing.length) {
    return fileProblem(
      'missing_columns',
      `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. The header row must name: ${columnList} (and optionally member_type).`,
      { missing: missing.join(', '), columns: columnList },
      totalRows,
    );
  }

  const problems: ImportProblem[] = [];
  const candidates: { line: number; row: RecordRow }[] = [];
  for (const [i, record] of data.entries()) {
    if (!record.some((v) => v.trim() !== '')) continue;
    const line = lineOf(i + 1, record);
    const rowProblems: ImportProblem[] = [];
    const problem = (field: Field | null, code: ImportProblemCode, message: string, params?: Record<string, string>) =>
      rowProblems.push(importProblem(line, field, code, message, params));
    // One problem for the row: its values would not even fit in a problem's text.
    if (record.some(hasNul)) {
      problems.push(importProblem(line, null, 'nul_character', nulMessage));
      continue;
    }
    const value = (f: Field) => {
      const at = seen.get(f);
      return at === undefined ? '' : (record[at] ?? '').trim();
    };
    if (record.length > header.length && record.slice(header.length).some((v) => v.trim() !== '')) {
      problem(null, 'too_many_values', `The row has ${record.length} values but the header names ${header.length} columns`, {
        values: String(record.length),
        columns: String(header.length),
      });
    }
    const cell = (f: TextField, required: boolean): string | null => {
      const v = value(f);
      if (v === '') {
        if (required) problem(f, 'required', 'Required');
        return null;
      }
      if (v.length > maxLength[f]) {
        problem(f, 'too_long', `Too long: at most ${maxLength[f]} characters`, { max: String(maxLength[f]) });
        return null;
      }
      return v;
    };
    const employeeNumber = cell('employee_number', true);
    if (employeeNumber !== null && !employeeNumberPattern.test(employeeNumber)) problem('employee_number', 'employee_number_chars', 'Use letters, digits and . _ / - only');
    const firstName = cell('first_name', true);
    const lastName = cell('last_name', true);
    let email = cell('email', false);
    if (email !== null) {
      email = email.toLowerCase();
      if (!ZEmail.safeParse(email).success) problem('email', 'invalid_email', 'Not a valid email address');
    }
    const department = cell('department', true);
    const title = cell('title', true);
    const date = (f: 'start_date' | 'end_date', required: boolean) => {
      const v = value(f);
      if (v === '') {
        if (required) problem(f, 'required', 'Required');
        return null;
      }
      const d = parseDate(v);
      if (!d) {
        const shown = v.slice(0, 40);
        problem(f, 'invalid_date', `"${shown}" is not a date: use YYYY-MM-DD or D.M.YYYY`, { value: shown });
      }
      return d;
    };
    const startDate = date('start_date', true);
    const endDate = date('end_date', false);
    if (startDate && endDate && endDate < startDate) problem('end_date', 'end_before_start', 'The end is before the start');
    let memberType: MemberType | null = null;
    const typeValue = cell('member_type', false);
    if (typeValue !== null) {
      memberType = memberTypeAliases[fold(typeValue)] ?? null;
      if (!memberType) {
        const types = memberTypes.join(', ');
        problem('member_type', 'unknown_member_type', `Unknown member type "${typeValue}": use one of ${types}`, { value: typeValue, types });
      }
    }
    if (rowProblems.length || !employeeNumber || !firstName || !lastName || !department || !title || !startDate) {
      problems.push(...rowProblems);
      continue;
    }
    candidates.push({
      line,
      row: { employee_number: employeeNumber, first_name: firstName, last_name: lastName, email, department, title, member_type: memberType, start_date: startDate, end_date: endDate },
    });
  }

  // One row per person and period: a repeated row is dropped; two that disagree are both held back.
  const firstByKey = new Map<string, { line: number; row: RecordRow }>();
  const conflicted = new Set<string>();
  const rows: RecordRow[] = [];
  const kept: { key: string; row: RecordRow }[] = [];
  for (const c of candidates) {
    const key = `${c.row.employee_number}\u0000${c.row.start_date}`;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, c);
      kept.push({ key, row: c.row });
      continue;
    }
    const same = JSON.stringify(first.row) === JSON.stringify(c.row);
    const params = { line: String(first.line) };
    problems.push(
      same
        ? importProblem(c.line, 'employee_number', 'duplicate_row', `Duplicate of line ${first.line}: the same employee number and start date`, params)
        : importProblem(c.line, 'employee_number', 'conflicting_row', `The same employee number and start date as line ${first.line}, with different values`, params),
    );
    if (!same && !conflicted.has(key)) {
      conflicted.add(key);
      problems.push(importProblem(first.line, 'employee_number', 'conflicting_row_first', 'Another row has the same employee number and start date with different values'));
    }
  }
  for (const k of kept) if (!conflicted.has(k.key)) rows.push(k.row);
  problems.sort((a, b) => a.line - b.line);
  return { totalRows, rows, problems };
}
