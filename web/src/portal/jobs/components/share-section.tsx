import { useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { useShareLink } from '../api/get-share-link';
import { interestErrors } from './interest-section';

const fieldId = 'job-share-url';

/** The member's personal link to the job, to copy and send on, with what it has brought so far. */
export function ShareSection({ jobId }: { jobId: string }) {
  const { t, locale } = useI18n();
  const share = useShareLink(jobId);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('jobBoard.shareCopied'));
    } catch {
      // No clipboard (an insecure page, or permission refused): the link is selected for copying by hand.
      inputRef.current?.focus();
      inputRef.current?.select();
      setMessage(t('jobBoard.shareCopyFailed'));
    }
  };

  return (
    <section className="panel" aria-labelledby="job-share-title">
      <h2 id="job-share-title">{t('jobBoard.shareTitle')}</h2>
      <p>{t('jobBoard.shareIntro')}</p>
      <ErrorSummary error={share.error} overrides={interestErrors} />
      {share.data ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={fieldId}>
              {t('jobBoard.shareLabel')}
            </label>
            <p className="field__hint" id={`${fieldId}-hint`}>
              {t('jobBoard.shareHint')}
            </p>
            <div className="copy-field">
              <input
                ref={inputRef}
                className="field__input"
                id={fieldId}
                name="shareUrl"
                type="text"
                value={share.data.url}
                readOnly
                spellCheck={false}
                aria-describedby={`${fieldId}-hint`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <Button variant="secondary" onClick={() => void copy(share.data.url)}>
                {t('jobBoard.shareCopy')}
              </Button>
            </div>
          </div>
          <dl className="facts facts--grid">
            <dt>{t('jobBoard.shareVisits')}</dt>
            <dd>{share.data.visits.toLocaleString(locale)}</dd>
            <dt>{t('jobBoard.shareInterests')}</dt>
            <dd>{share.data.interests.toLocaleString(locale)}</dd>
          </dl>
        </>
      ) : (
        <Button
          variant="secondary"
          busy={share.isPending}
          onClick={() => {
            setMessage('');
            share.mutate(undefined, { onSuccess: () => setMessage(t('jobBoard.shareReady')) });
          }}
        >
          {t('jobBoard.shareGet')}
        </Button>
      )}
      <div className="live-region" role="status">
        {message}
      </div>
    </section>
  );
}
