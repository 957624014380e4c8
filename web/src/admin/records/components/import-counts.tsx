import type { RecordImport } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

/** What the file holds against the records already kept: the preview's numbers. */
export function ImportCounts({ recordImport }: { recordImport: RecordImport }) {
  const { t, locale } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const items: readonly [string, number, string?][] = [
    [t('adminRecords.countTotal'), recordImport.totalRows],
    [t('adminRecords.countValid'), recordImport.validRows],
    [t('adminRecords.countProblems'), Math.max(0, recordImport.totalRows - recordImport.validRows), 'import-counts__item--problems'],
    [t('adminRecords.countNew'), recordImport.newRows],
    [t('adminRecords.countChanged'), recordImport.changedRows],
    [t('adminRecords.countUnchanged'), recordImport.unchangedRows],
  ];
  return (
    <dl className="import-counts">
      {items.map(([label, value, className]) => (
        <div key={label} className={['import-counts__item', className && value > 0 ? className : ''].filter(Boolean).join(' ')}>
          <dt>{label}</dt>
          <dd>{n(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
