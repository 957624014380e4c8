import { describe, expect, it } from 'vitest';
import { decodeCsv, looksBinary, parseDate, parseRecordsCsv } from './csv.js';

const header = 'employee_number,first_name,last_name,email,department,title,start_date,end_date';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Latin-1 bytes of a string whose characters all fit in one byte. */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeCsv', () => {
  it('reads UTF-8 with and without the BOM', () => {
    expect(decodeCsv(utf8('Äijälä;Sjöström'))).toBe('Äijälä;Sjöström');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Åström')]))).toBe('Åström');
  });

  it('reads a file that is not UTF-8 as Windows-1252, euro sign and Š included', () => {
    expect(decodeCsv(Uint8Array.from([0xc4, 0x69, 0x6a, 0xe4, 0x6c, 0xe4, 0x20, 0x80, 0x8a]))).toBe('Äijälä €Š');
  });

  it('reads UTF-16 with a BOM, as Excel’s Unicode text export writes it', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...[...'Öhman'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(bytes)).toBe('Öhman');
  });
});

describe('looksBinary', () => {
  it('tells spreadsheets and images from text', () => {
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe(true);
    expect(looksBinary(utf8(`${header}\n`))).toBe(false);
  });
});

describe('parseDate', () => {
  it('takes ISO and Finnish dates and refuses days that do not exist', () => {
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    expect(parseDate('1.3.2021')).toBe('2021-03-01');
    expect(parseDate('31.12.1999')).toBe('1999-12-31');
    expect(parseDate('2021-02-29')).toBeNull();
    expect(parseDate('31.4.2020')).toBeNull();
    expect(parseDate('2020/01/01')).toBeNull();
    expect(parseDate('01.01.20')).toBeNull();
    expect(parseDate('1.1.1850')).toBeNull();
  });
});

describe('parseRecordsCsv', () => {
  it('reads a semicolon file with Finnish headers in Latin-1', () => {
    const text = 'Henkilönumero;Etunimi;Sukunimi;Sähköposti;Osasto;Nimike;Alkupäivä;Loppupäivä\r\n1001;Äijä;Öhman;AIJA@Example.FI;Hoiva;Lähihoitaja;1.2.2010;31.12.2019\r\n';
    const parsed = parseRecordsCsv(latin1(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.totalRows).toBe(1);
    expect(parsed.rows).toEqual([
      {
        employee_number: '1001',
        first_name: 'Äijä',
        last_name: 'Öhman',
        email: 'aija@example.fi',
        department: 'Hoiva',
        title: 'Lähihoitaja',
        member_type: null,
        start_date: '2010-02-01',
        end_date: '2019-12-31',
      },
    ]);
  });

  it('reads member types in Finnish and quoted values with separators and line breaks', () => {
    const text = `${header},member_type\n7,"Anna, Maria",Berg,,"Talous\nja hallinto",Controller,2015-01-01,,harjoittelija\n8,Bo,Ek,,IT,Dev,2016-01-01,,Sommarjobbare\n9,Ca,Ek,,IT,Dev,2016-01-01,,astronaut\n`;
    const parsed = parseRecordsCsv(utf8(text));
    expect(parsed.rows.map((r) => [r.first_name, r.department, r.member_type, r.email, r.end_date])).toEqual([
      ['Anna, Maria', 'Talous\nja hallinto', 'intern', null, null],
      ['Bo', 'IT', 'summer_worker', null, null],
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 5,
        field: 'member_type',
        code: 'unknown_member_type',
        params: { value: 'astronaut', types: 'former_employee, intern, summer_worker, retiree, contractor' },
        message: expect.stringContaining('astronaut') as string,
      },
    ]);
  });

  it('names every problem of every row, by line and field, and keeps only clean rows', () => {
    const text = [
      header,
      '1,Aino,Aalto,aino@example.fi,Hoiva,Hoitaja,2010-01-01,2012-01-01',
      ',Bertta,,not-an-email,Hoiva,Hoitaja,2011-13-01,',
      '3,Cecilia,Cedercreutz,c@example.fi,Hoiva,Hoitaja,2015-05-01,2014-01-01',
      `4,${'x'.repeat(101)},Dahl,d@example.fi,Hoiva,Hoitaja,30.2.2015,`,
      '5,Eero,Eskola,e@example.fi,Hoiva,Hoitaja,2010-01-01,,extra',
      '',
      '1,Aino,Aalto,aino@example.fi,Hoiva,Hoitaja,2010-01-01,2012-01-01',
      '6,Fanni,F,f@example.fi,Hoiva,Hoitaja,2010-01-01,',
      '6,Fanni,F,f@example.fi,IT,Hoitaja,2010-01-01,',
      '7,Gun,G,g@example.fi,Hoiva,Hoitaja,2010-01-01,',
    ].join('\n');
    const parsed = parseRecordsCsv(utf8(text));
    expect(parsed.totalRows).toBe(9);
    expect(parsed.rows.map((r) => r.employee_number)).toEqual(['1', '7']);
    const at = (line: number) => parsed.problems.filter((p) => p.line === line).map((p) => p.field);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['employee_number', 'last_name', 'email', 'start_date']);
    expect(at(4)).toEqual(['end_date']);
    expect(parsed.problems.find((p) => p.line === 4)?.message).toBe('The end is before the start');
    expect(at(5)).toEqual(['first_name', 'start_date']);
    expect(at(6)).toEqual([null]);
    expect(parsed.problems.find((p) => p.line === 8)?.message).toMatch(/Duplicate of line 2/);
    expect(at(9)).toEqual(['employee_number']);
    expect(parsed.problems.find((p) => p.line === 10)?.message).toMatch(/line 9, with different values/);
    expect(at(11)).toEqual([]);
  });

  it('gives one problem for the whole file when columns are missing or the layout is unknown', () => {
    const missing = parseRecordsCsv(utf8('employee_number,first_name,email\n1,Aino,a@example.fi\n'));
    expect(missing.rows).toEqual([]);
    expect(missing.totalRows).toBe(1);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toMatchObject({ line: 0, field: null });
    expect(missing.problems[0]?.message).toMatch(/Missing columns: last_name, department, title, start_date, end_date/);

    const unknown = parseRecordsCsv(utf8('a,b,c\n1,2,3\n'));
    expect(unknown.rows).toEqual([]);
    expect(unknown.problems).toHaveLength(1);
    expect(unknown.problems[0]?.message).toMatch(/header row/);

    const twice = parseRecordsCsv(utf8(`${header},sukunimi\n`));
    expect(twice.problems[0]?.message).toMatch(/both mean last_name/);

    expect(parseRecordsCsv(utf8('  \n\n')).problems[0]?.message).toBe('The file is empty');
    expect(parseRecordsCsv(utf8(`${header}\n1,"Aino,Aalto\n`)).problems[0]?.message).toMatch(/not readable as CSV/);
  });

  it('gives every problem a stable code with the values its text needs, the English message kept', () => {
    const text = [
      header,
      '1,Aino,Aalto,aino@example.fi,Hoiva,Hoitaja,2010-01-01,2012-01-01',
      ',Bertta,,not-an-email,Hoiva,Hoitaja,2011-13-01,',
      '3,Cecilia,Cedercreutz,c@example.fi,Hoiva,Hoitaja,2015-05-01,2014-01-01',
      `4 4,${'x'.repeat(101)},Dahl,d@example.fi,Hoiva,Hoitaja,2015-01-01,`,
      '5,Eero,Eskola,e@example.fi,Hoiva,Hoitaja,2010-01-01,,extra',
      '1,Aino,Aalto,aino@example.fi,Hoiva,Hoitaja,2010-01-01,2012-01-01',
      '6,Fanni,F,f@example.fi,Hoiva,Hoitaja,2010-01-01,',
      '6,Fanni,F,f@example.fi,IT,Hoitaja,2010-01-01,',
    ].join('\n');
    const coded = parseRecordsCsv(utf8(text)).problems.map((p) => [p.line, p.field, p.code, p.params]);
    expect(coded).toEqual([
      [3, 'employee_number', 'required', undefined],
      [3, 'last_name', 'required', undefined],
      [3, 'email', 'invalid_email', undefined],
      [3, 'start_date', 'invalid_date', { value: '2011-13-01' }],
      [4, 'end_date', 'end_before_start', undefined],
      [5, 'employee_number', 'employee_number_chars', undefined],
      [5, 'first_name', 'too_long', { max: '100' }],
      [6, null, 'too_many_values', { values: '9', columns: '8' }],
      [7, 'employee_number', 'duplicate_row', { line: '2' }],
      [8, 'employee_number', 'conflicting_row_first', undefined],
      [9, 'employee_number', 'conflicting_row', { line: '8' }],
    ]);

    const file = (csv: string) => parseRecordsCsv(utf8(csv)).problems.map((p) => [p.line, p.code, p.params]);
    expect(file('employee_number,first_name,email\n1,Aino,a@example.fi\n')).toEqual([
      [0, 'missing_columns', { missing: 'last_name, department, title, start_date, end_date', columns: 'employee_number, first_name, last_name, email, department, title, start_date, end_date' }],
    ]);
    expect(file('a,b,c\n1,2,3\n')).toEqual([[0, 'no_header', { columns: 'employee_number, first_name, last_name, email, department, title, start_date, end_date' }]]);
    expect(file(`${header},sukunimi\n`)).toEqual([[0, 'duplicate_column', { first: 'last_name', second: 'sukunimi', field: 'last_name' }]]);
    expect(file('  \n\n')).toEqual([[0, 'file_empty', undefined]]);
    expect(file(`${header}\n1,"Aino,Aalto\n`)).toEqual([[0, 'file_unreadable_at', { line: '2' }]]);
  });

  it('holds back a row with a NUL character anywhere in the file, as a problem on its line', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `${i + 100},Etu${i},Suku${i},p${i}@example.fi,Hoiva,Hoitaja,2010-01-01,`);
    const text = `${header}\n${filler.join('\n')}\n9,Nul\u0000li,Nieminen,n@example.fi,Hoiva,Hoitaja,2010-01-01,\n10,Ok,Okko,,Hoiva,Hoitaja,2010-01-01,\n`;
    const bytes = utf8(text);
    expect(bytes.indexOf(0)).toBeGreaterThan(8192);
    expect(looksBinary(bytes)).toBe(false);
    const parsed = parseRecordsCsv(bytes);
    expect(parsed.problems).toEqual([{ line: 202, field: null, code: 'nul_character', message: expect.stringContaining('NUL') as string }]);
    expect(parsed.rows).toHaveLength(201);
    expect(parsed.rows.some((r) => JSON.stringify(r).includes('\\u0000'))).toBe(false);
    expect(parsed.totalRows).toBe(202);

    const inHeader = parseRecordsCsv(utf8(`${header},no\u0000te\n1,Aino,Aalto,,Hoiva,Hoitaja,2010-01-01,,x\n`));
    expect(inHeader.rows).toEqual([]);
    expect(inHeader.problems.map((p) => [p.line, p.code])).toEqual([[0, 'nul_character']]);
  });
});
