import { useRef, useState } from 'react';
import { cvMaxBytes, type CvInfo } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { megabytes } from '../../profile/photo-check';
import { useRemoveCv, useUploadCv } from '../api/interest-cv';

const inputId = 'job-interest-cv';

/** What a refused CV means: not a PDF or empty (400, 415), or too large (413). */
const cvErrors: ErrorOverrides = {
  validation_failed: 'jobBoard.cvRejected',
  unsupported_media_type: 'jobBoard.cvRejected',
  payload_too_large: 'jobBoard.cvTooLarge',
  forbidden: 'jobBoard.errorNotVerified',
  rule_broken: 'jobBoard.errorClosed',
};

type CvProblem = 'type' | 'empty' | 'size' | 'missing';

/** Checks a chosen file against the server's limits before sending it (the server checks the bytes too). */
function checkCv(file: File): CvProblem | null {
  const pdf = file.type.toLowerCase() === 'application/pdf' || (file.type === '' && file.name.toLowerCase().endsWith('.pdf'));
  if (!pdf) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > cvMaxBytes) return 'size';
  return null;
}

export interface CvSectionProps {
  jobId: string;
  cv: CvInfo | null;
}

/** The CV sent with an active interest: the current one, uploading a new one and removing it. */
export function CvSection({ jobId, cv }: CvSectionProps) {
  const { t, locale, formatDateTime } = useI18n();
  const upload = useUploadCv(jobId);
  const remove = useRemoveCv(jobId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<CvProblem | null>(null);
  const [said, setSaid] = useState('');

  const choose = (chosen: File | undefined) => {
    upload.reset();
    remove.reset();
    setSaid('');
    const kind = chosen ? checkCv(chosen) : null;
    setProblem(kind);
    setFile(chosen && !kind ? chosen : null);
  };

  const problemText =
    problem === null
      ? null
      : problem === 'size'
        ? t('jobBoard.cvTooLarge')
        : problem === 'empty'
          ? t('jobBoard.cvEmpty')
          : problem === 'missing'
            ? t('jobBoard.cvChooseFirst')
            : t('jobBoard.cvNotPdf');
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <section className="answer-form" aria-labelledby="job-interest-cv-title">
      <h3 id="job-interest-cv-title">{t('jobBoard.cvTitle')}</h3>
      <div className="live-region" role="status">
        {said}
      </div>
      {cv ? (
        <p>
          {t('jobBoard.cvCurrent', { name: cv.fileName, size: megabytes(cv.bytes, locale) })}{' '}
          <span className="muted">
            {t('jobBoard.cvUploadedAt')} <time dateTime={cv.uploadedAt}>{formatDateTime(cv.uploadedAt)}</time>
          </span>
        </p>
      ) : (
        <p className="muted">{t('jobBoard.cvNone')}</p>
      )}
      <ErrorSummary error={upload.error ?? remove.error} overrides={cvErrors} />
      <div className={problemText ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={inputId}>
          {t('jobBoard.cvLabel')}
        </label>
        <p className="field__hint" id={hintId}>
          {cv ? t('jobBoard.cvReplaceHint') : t('jobBoard.cvHint')}
        </p>
        <div aria-live="assertive">
          {problemText ? (
            <p className="field__error" id={errorId}>
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {problemText}
            </p>
          ) : null}
        </div>
        <input
          ref={inputRef}
          className="field__file"
          id={inputId}
          name="file"
          type="file"
          accept="application/pdf"
          aria-describedby={problemText ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problemText ? true : undefined}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </div>
      <div className="button-row">
        <Button
          busy={upload.isPending}
          onClick={() => {
            if (upload.isPending) return;
            if (!file) {
              if (problem === null) setProblem('missing');
              inputRef.current?.focus();
              return;
            }
            remove.reset();
            setSaid('');
            upload.mutate(file, {
              onSuccess: () => {
                setFile(null);
                if (inputRef.current) inputRef.current.value = '';
                setSaid(t('jobBoard.cvUploaded'));
              },
            });
          }}
        >
          {t('jobBoard.cvUpload')}
        </Button>
        {cv ? (
          <Button
            variant="secondary"
            busy={remove.isPending}
            onClick={() => {
              upload.reset();
              setSaid('');
              remove.mutate(undefined, { onSuccess: () => setSaid(t('jobBoard.cvRemoved')) });
            }}
          >
            {t('jobBoard.cvRemove')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
