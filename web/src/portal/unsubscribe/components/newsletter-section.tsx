import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { linkErrors } from './link-errors';

export interface NewsletterSectionProps {
  /** Whether the newsletter still comes, as the server has it. */
  subscribed: boolean;
  /** Whether the newsletter is among the choices further down the page. */
  listed: boolean;
  /** Set when this page's button unsubscribed; keys the message, so a second time is announced too. */
  unsubscribedAt: number | null;
  busy: boolean;
  error: unknown;
  onUnsubscribe: () => void;
}

/** The one click the mail's link is for, or what is the case when there is nothing to click. */
export function NewsletterSection({ subscribed, listed, unsubscribedAt, busy, error, onUnsubscribe }: NewsletterSectionProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="mail-newsletter-title">
      <h2 id="mail-newsletter-title">{t('mailPreferences.newsletterTitle')}</h2>
      {subscribed ? (
        <>
          <p>{t('mailPreferences.unsubscribeIntro')}</p>
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) onUnsubscribe();
            }}
          >
            <ErrorSummary error={error} overrides={linkErrors} />
            <Button type="submit" busy={busy}>
              {t('mailPreferences.unsubscribe')}
            </Button>
          </form>
        </>
      ) : unsubscribedAt !== null ? (
        <Notice key={unsubscribedAt} focus>
          <p>{t('mailPreferences.unsubscribed')}</p>
          {listed ? <p>{t('mailPreferences.resubscribeHint')}</p> : null}
        </Notice>
      ) : (
        <>
          <p>{t('mailPreferences.alreadyOff')}</p>
          {listed ? <p>{t('mailPreferences.resubscribeHint')}</p> : null}
        </>
      )}
    </section>
  );
}
