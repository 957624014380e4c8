import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

describe('csv cells', () => {
  it('defuses every character that starts a formula', () => {
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(csvCell('+SUM(A1:A9)')).toBe(`"'+SUM(A1:A9)"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@cmd')).toBe(`"'@cmd"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves ordinary text alone apart from quoting', () => {
    expect(csvCell('Åsa Öberg-Mäkinen')).toBe('"Åsa Öberg-Mäkinen"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell('1+1=2')).toBe('"1+1=2"');
  });

  it('joins a row with semicolons and ends it with CRLF', () => {
    expect(csvRow(['a', null, '=x'])).toBe(`"a";"";"'=x"\r\n`);
  });
});
