import { describe, expect, it } from 'vitest';
import { exportFileName, exportFileText } from './export-file';

describe('the data export file', () => {
  it('is named after the day in Helsinki', () => {
    expect(exportFileName(new Date('2026-03-14T10:00:00Z'))).toBe('alumni-data-2026-03-14.json');
    // 23:30 UTC is already the next day in Helsinki.
    expect(exportFileName(new Date('2026-03-14T23:30:00Z'))).toBe('alumni-data-2026-03-15.json');
  });

  it('holds indented JSON that parses back to the same data', () => {
    const data = { userId: 'x', tables: { members: [{ city: 'Åbo' }] } };
    const text = exportFileText(data);
    expect(text).toContain('\n  "tables"');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(data);
  });
});
