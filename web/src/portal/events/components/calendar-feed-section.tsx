import { useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ConfirmStep } from '../../../components/confirm-step';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useResetCalendarFeed } from '../api/reset-calendar-feed';

const fieldId = 'calendar-feed-url';

/**
 * The member's own feed address, which a calendar app subscribes to so that every event they answer
 * appears there. Anyone with the address can read the feed, so it can be replaced.
 */
export function CalendarFeedSection() {
  const { t } = useI18n();
  const feed = useCalendarFeed();
  const reset = useResetCalendarFeed();
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('events.feedCopied'));
    } catch {
      // No clipboard (an insecure page, or permission refused): the address is selected for copying by hand.
      inputRef.current?.focus();
      inputRef.current?.select();
      setMessage(t('events.feedCopyFailed'));
    }
  };

  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t('events.feedTitle')}</h2>
      <p>{t('events.feedIntro')}</p>
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <Notice tone="error">{describeError(feed.error, t)}</Notice>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={fieldId}>
              {t('events.feedLabel')}
            </label>
            <p className="field__hint" id={`${fieldId}-hint`}>
              {t('events.feedHint')}
            </p>
            <div className="copy-field">
              <input
                ref={inputRef}
                className="field__input"
                id={fieldId}
                name="calendarFeedUrl"
                type="text"
                value={feed.data.url}
                readOnly
                spellCheck={false}
                aria-describedby={`${fieldId}-hint`}
                onFocus={(event) => event.currentTarget.select()}
              />
              <Button variant="secondary" onClick={() => void copy(feed.data.url)}>
                {t('events.feedCopy')}
              </Button>
            </div>
          </div>
          <div className="live-region" role="status">
            {message}
          </div>
          <h3 className="calendar-feed__subtitle">{t('events.feedResetTitle')}</h3>
          <p>{t('events.feedResetText')}</p>
          <ErrorSummary error={reset.error} />
          <ConfirmStep
            questionId="calendar-feed-reset-question"
            question={t('events.feedResetQuestion')}
            trigger={t('events.feedReset')}
            confirmLabel={t('events.feedResetConfirm')}
            danger={false}
            busy={reset.isPending}
            onOpen={() => {
              reset.reset();
              setMessage('');
            }}
            onConfirm={(done) =>
              reset.mutate(undefined, {
                onSuccess: () => setMessage(t('events.feedResetDone')),
                onSettled: done,
              })
            }
          />
        </>
      )}
    </section>
  );
}
