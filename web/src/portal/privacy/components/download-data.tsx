import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { useExportMyData } from '../api/export-my-data';
import { exportFileName, exportFileText } from '../export-file';

/** Hands the export to the browser as a file download; nothing is kept in the page afterwards. */
function saveAsFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the file only after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DownloadData() {
  const { t } = useI18n();
  const exportData = useExportMyData();

  return (
    <section className="privacy-part" aria-labelledby="privacy-export-title">
      <h3 id="privacy-export-title">{t('privacy.exportTitle')}</h3>
      <p>{t('privacy.exportText')}</p>
      <ErrorSummary error={exportData.error} />
      {exportData.isSuccess ? <Notice>{t('privacy.exportDone', { file: exportFileName(new Date(exportData.data.exportedAt)) })}</Notice> : null}
      <Button
        variant="secondary"
        busy={exportData.isPending}
        onClick={() =>
          exportData.mutate(undefined, {
            onSuccess: (data) => saveAsFile(exportFileText(data), exportFileName(new Date(data.exportedAt))),
          })
        }
      >
        {t('privacy.exportButton')}
      </Button>
    </section>
  );
}
