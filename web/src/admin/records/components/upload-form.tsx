import { useRef, useState } from 'react';
import type { RecordImport } from '@alumni/shared';
import { ApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { FieldMessages, fieldMessageIds } from '../../../components/field-messages';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useUploadRecordImport } from '../api/upload-record-import';

const fileId = 'import-file';

const uploadErrors: ErrorOverrides = {
  payload_too_large: 'adminRecords.fileTooLarge',
  unsupported_media_type: 'adminRecords.fileNotCsv',
};

/** No file chosen: said the way the API would say it, so the summary and the field show it alike. */
const noFileError = () =>
  new ApiError({ status: 400, code: 'validation_failed', message: 'No file', details: [{ path: 'file', message: 'Required', code: 'required' }] });

export function UploadForm({ onUploaded }: { onUploaded: (preview: RecordImport) => void }) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const upload = useUploadRecordImport();
  const error = localError ?? upload.error;
  const fieldErrors = useFieldErrors(error);
  const hint = t('adminRecords.fileHint');
  const { describedBy } = fieldMessageIds(fileId, hint, fieldErrors.file);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (upload.isPending) return;
        const file = inputRef.current?.files?.[0];
        if (!file) {
          upload.reset();
          setLocalError(noFileError());
          return;
        }
        setLocalError(null);
        upload.mutate(file, { onSuccess: onUploaded });
      }}
    >
      <ErrorSummary error={error} overrides={uploadErrors} fields={[{ name: 'file', id: fileId, label: t('adminRecords.file') }]} />
      <div className="import-help">
        <h3>{t('adminRecords.formatTitle')}</h3>
        <p>{t('adminRecords.formatIntro')}</p>
        <ul>
          <li>{t('adminRecords.formatColumnsRequired')}</li>
          <li>{t('adminRecords.formatColumnsOptional')}</li>
          <li>{t('adminRecords.formatDates')}</li>
          <li>{t('adminRecords.formatEncoding')}</li>
          <li>{t('adminRecords.formatRepeat')}</li>
        </ul>
      </div>
      <div className={fieldErrors.file ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={fileId}>
          {t('adminRecords.file')}
        </label>
        <FieldMessages id={fileId} hint={hint} error={fieldErrors.file} />
        <input
          ref={inputRef}
          className="field__file"
          type="file"
          id={fileId}
          name="file"
          accept=".csv,text/csv"
          required
          aria-invalid={fieldErrors.file ? true : undefined}
          aria-describedby={describedBy}
          onChange={() => setLocalError(null)}
        />
      </div>
      <Button type="submit" busy={upload.isPending}>
        {upload.isPending ? t('adminRecords.checking') : t('adminRecords.check')}
      </Button>
    </form>
  );
}
