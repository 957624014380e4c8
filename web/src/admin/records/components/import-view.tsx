import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RecordImport } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useCommitRecordImport } from '../api/commit-record-import';
import { useDiscardRecordImport } from '../api/discard-record-import';
import { recordImportsQueryKey, useRecordImport } from '../api/get-record-import';
import { recordsQueryKey } from '../api/get-records';
import { importPercent, progressMilestone } from '../import-progress';
import { failureText } from '../problem-text';
import { ImportCounts } from './import-counts';
import { ImportProblems } from './import-problems';

export interface ImportViewProps {
  id: string;
  /** What the panel's live region should say about the import now. */
  onStatus: (message: string) => void;
  /** Back to the upload form; with a message when the import was discarded. */
  onClose: (message?: string) => void;
}

/** One import from preview to the end: check the rows, write them with progress shown, then the summary. */
export function ImportView({ id, onStatus, onClose }: ImportViewProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const recordImport = useRecordImport(id);
  const status = recordImport.data?.status;

  useEffect(() => {
    if (status !== 'done' && status !== 'failed') return;
    // The import has stopped: the list of imports shows its end, and the record list the rows it wrote.
    void queryClient.invalidateQueries({ queryKey: [...recordImportsQueryKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: recordsQueryKey });
  }, [status, queryClient]);

  // While rows are written a failed poll is only a missed reading: the last one stays on screen.
  if (recordImport.data) return <ImportState recordImport={recordImport.data} onStatus={onStatus} onClose={onClose} />;
  if (recordImport.isError) {
    return (
      <>
        <Notice tone="error">{describeError(recordImport.error, t)}</Notice>
        <Button variant="secondary" onClick={() => onClose()}>
          {t('adminRecords.uploadAnother')}
        </Button>
      </>
    );
  }
  return <Loading />;
}

function ImportState({ recordImport, onStatus, onClose }: { recordImport: RecordImport } & Omit<ImportViewProps, 'id'>) {
  const { t, locale, formatDateTime } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const commit = useCommitRecordImport();
  const discard = useDiscardRecordImport();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { status, fileName, validRows, processedRows } = recordImport;
  const percent = importPercent(processedRows, validRows);
  const failure = status === 'failed' ? failureText(recordImport, t) : null;
  const milestone = progressMilestone(processedRows, validRows);
  const vars = {
    file: fileName,
    valid: n(validRows),
    total: n(recordImport.totalRows),
    problems: n(Math.max(0, recordImport.totalRows - validRows)),
    created: n(recordImport.newRows),
    changed: n(recordImport.changedRows),
    unchanged: n(recordImport.unchangedRows),
  };

  // Each new stage of the import takes focus, so the reader is where the next step is.
  useEffect(() => {
    headingRef.current?.focus();
  }, [status]);

  const liveMessage =
    status === 'previewed'
      ? t('adminRecords.livePreviewed', vars)
      : status === 'importing'
        ? t('adminRecords.liveImporting', { file: fileName, percent: milestone })
        : status === 'done'
          ? t('adminRecords.liveDone', vars)
          : status === 'failed'
            ? t('adminRecords.liveFailed', { file: fileName })
            : t('adminRecords.liveDiscarded', { file: fileName });

  useEffect(() => {
    onStatus(liveMessage);
  }, [liveMessage, onStatus]);

  const headingKey =
    status === 'previewed'
      ? 'adminRecords.previewTitle'
      : status === 'importing'
        ? 'adminRecords.importingTitle'
        : status === 'done'
          ? 'adminRecords.doneTitle'
          : status === 'failed'
            ? 'adminRecords.failedTitle'
            : 'adminRecords.discardedTitle';

  return (
    <div className="import-view">
      <h3 tabIndex={-1} ref={headingRef}>
        {t(headingKey, { file: fileName })}
      </h3>
      <p className="muted">{t('adminRecords.uploadedAt', { time: formatDateTime(recordImport.createdAt) })}</p>

      {status === 'previewed' ? (
        <>
          <ImportCounts recordImport={recordImport} />
          <ImportProblems problems={recordImport.problems} />
          <ErrorSummary error={commit.error ?? discard.error} />
          {validRows === 0 ? <Notice tone="info">{t('adminRecords.nothingToImport')}</Notice> : null}
          <div className="form-actions">
            {validRows > 0 ? (
              <Button
                busy={commit.isPending}
                onClick={() => {
                  if (discard.isPending) return;
                  discard.reset();
                  commit.mutate(recordImport.id);
                }}
              >
                {t('adminRecords.commit', { count: n(validRows) })}
              </Button>
            ) : null}
            <Button
              variant="secondary"
              busy={discard.isPending}
              onClick={() => {
                if (commit.isPending) return;
                commit.reset();
                discard
                  .mutateAsync(recordImport.id)
                  .then(() => onClose(t('adminRecords.discarded', { file: fileName })), () => undefined);
              }}
            >
              {t('adminRecords.discard')}
            </Button>
          </div>
        </>
      ) : status === 'importing' ? (
        <div className="import-progress">
          <label className="field__label" htmlFor="import-progress-bar">
            {t('adminRecords.progressLabel')}
          </label>
          <progress id="import-progress-bar" max={Math.max(validRows, 1)} value={Math.min(processedRows, Math.max(validRows, 1))}>
            {percent} %
          </progress>
          <p>{t('adminRecords.progressText', { processed: n(processedRows), valid: n(validRows), percent })}</p>
        </div>
      ) : status === 'done' ? (
        <>
          <Notice title={t('adminRecords.doneNoticeTitle')}>
            <p>{t('adminRecords.doneSummary', vars)}</p>
            {recordImport.finishedAt ? <p>{t('adminRecords.finishedAt', { time: formatDateTime(recordImport.finishedAt) })}</p> : null}
          </Notice>
          <ImportCounts recordImport={recordImport} />
          <Button variant="secondary" onClick={() => onClose()}>
            {t('adminRecords.uploadAnother')}
          </Button>
        </>
      ) : status === 'failed' ? (
        <>
          <Notice tone="error">
            <p>{t('adminRecords.failedText')}</p>
            {failure ? <p>{failure}</p> : null}
          </Notice>
          <Button variant="secondary" onClick={() => onClose()}>
            {t('adminRecords.uploadAnother')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('adminRecords.discardedText')}</p>
          <Button variant="secondary" onClick={() => onClose()}>
            {t('adminRecords.uploadAnother')}
          </Button>
        </>
      )}
    </div>
  );
}
