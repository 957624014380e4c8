import { useCallback, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { ImportHistory } from './import-history';
import { ImportView } from './import-view';
import { UploadForm } from './upload-form';

/** Importing the HR system's CSV: upload and preview, then write with progress, and the earlier imports. */
export function ImportPanel() {
  const { t } = useI18n();
  const [importId, setImportId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const onStatus = useCallback((message: string) => setStatus(message), []);

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('adminRecords.importTitle')}</h2>
      <p>{t('adminRecords.importIntro')}</p>
      <div className="live-region" role="status">
        {status}
      </div>
      {importId ? (
        <ImportView
          key={importId}
          id={importId}
          onStatus={onStatus}
          onClose={(message) => {
            setStatus(message ?? '');
            setImportId(null);
          }}
        />
      ) : (
        <UploadForm onUploaded={(preview) => setImportId(preview.id)} />
      )}
      <ImportHistory
        currentId={importId}
        onOpen={(id) => {
          setStatus('');
          setImportId(id);
        }}
      />
    </section>
  );
}
