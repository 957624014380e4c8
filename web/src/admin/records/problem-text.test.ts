import { describe, expect, it } from 'vitest';
import { catalogs } from '../../i18n/catalogs';
import { createTranslator } from '../../i18n/translate';
import { failureText, problemText } from './problem-text';

const fi = createTranslator(catalogs.fi);
const sv = createTranslator(catalogs.sv);
const en = createTranslator(catalogs.en);

describe('import problems in the reader’s language', () => {
  it('translates by code and fills in the params', () => {
    const duplicate = { line: 6, field: 'employee_number', code: 'duplicate_row', params: { line: '2' }, message: 'Duplicate of line 2: the same employee number and start date' };
    expect(problemText(duplicate, fi)).toBe('Sama rivi kuin rivi 2 (sama henkilönumero ja alkupäivä). Se tuodaan vain kerran.');
    expect(problemText(duplicate, sv)).toBe('Samma rad som rad 2 (samma anställningsnummer och startdatum). Den importeras en gång.');
    const missing = { line: 0, field: null, code: 'missing_columns', params: { missing: 'title, end_date', columns: 'a, b' }, message: 'Missing columns: title, end_date.' };
    expect(problemText(missing, fi)).toBe('Sarakkeita puuttuu: title, end_date. Otsikkorivillä pitää olla: a, b (member_type on vapaaehtoinen).');
    expect(problemText({ line: 3, field: 'email', code: 'invalid_email', message: 'Not a valid email address' }, sv)).toBe('Ogiltig e-postadress.');
  });

  it('shows the server’s words for a code it does not know, or none', () => {
    expect(problemText({ line: 3, field: 'email', code: 'something_new', message: 'Something new' }, fi)).toBe('Something new');
    expect(problemText({ line: 3, field: 'email', message: 'Required' }, fi)).toBe('Required');
    expect(problemText({ line: 3, field: null, code: 'toString', message: 'Odd' }, fi)).toBe('Odd');
  });

  it('says why a failed import wrote nothing', () => {
    const message = 'The import stopped on a database error and wrote nothing. Upload the file again.';
    const failed = { error: message, problems: [{ line: 0, field: null, code: 'import_failed', message }] };
    expect(failureText(failed, fi)).toBe('Tuonti keskeytyi tietokantavirheeseen, eikä mitään tallennettu. Lataa tiedosto uudelleen.');
    expect(failureText(failed, en)).toBe('The import stopped on a database error and saved nothing. Upload the file again.');
    expect(failureText({ error: 'Older failure', problems: [] }, sv)).toBe('Older failure');
    expect(failureText({ error: null, problems: [] }, sv)).toBeNull();
  });
});
