import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ListFooter } from '../../../components/list-footer';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useRecordImports } from '../api/get-record-imports';

export interface ImportHistoryProps {
  currentId: string | null;
  onOpen: (id: string) => void;
}

/** Earlier uploads, newest first; one still waiting in preview can be opened and imported or discarded. */
export function ImportHistory({ currentId, onOpen }: ImportHistoryProps) {
  const { t, locale, formatDateTime } = useI18n();
  const imports = useRecordImports();
  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h3 id="import-history-title">{t('adminRecords.historyTitle')}</h3>
      {imports.isPending ? (
        <Loading />
      ) : imports.isError ? (
        <Notice tone="error">{describeError(imports.error, t)}</Notice>
      ) : items.length === 0 ? (
        <p className="empty">{t('adminRecords.historyEmpty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby="import-history-caption" tabIndex={0}>
            <table className="table table--compact">
              <caption id="import-history-caption" className="visually-hidden">
                {t('adminRecords.historyCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminRecords.colFile')}</th>
                  <th scope="col">{t('adminRecords.colUploaded')}</th>
                  <th scope="col">{t('adminRecords.colStatus')}</th>
                  <th scope="col" className="cell-number">
                    {t('adminRecords.colRows')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('adminRecords.countValid')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('adminRecords.countNew')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('adminRecords.countChanged')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('adminRecords.countUnchanged')}
                  </th>
                  <th scope="col">{t('adminRecords.colOpen')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="cell-email">
                      {item.fileName}
                    </th>
                    <td className="cell-nowrap">
                      <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                    </td>
                    <td>
                      <span className={`status import-status--${item.status}`}>{t(`adminRecords.status.${item.status}`)}</span>
                    </td>
                    <td className="cell-number">{n(item.totalRows)}</td>
                    <td className="cell-number">{n(item.validRows)}</td>
                    <td className="cell-number">{n(item.newRows)}</td>
                    <td className="cell-number">{n(item.changedRows)}</td>
                    <td className="cell-number">{n(item.unchangedRows)}</td>
                    <td>
                      {item.id === currentId ? (
                        <span className="muted">{t('adminRecords.openNow')}</span>
                      ) : (
                        <Button variant="quiet" onClick={() => onOpen(item.id)}>
                          {t('adminRecords.open')}
                          <span className="visually-hidden"> {item.fileName}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ListFooter count={items.length} pages={imports} />
        </>
      )}
    </section>
  );
}
