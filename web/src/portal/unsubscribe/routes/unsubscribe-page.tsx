import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ConsentChannel, MailPreferences, User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { useSession } from '../../../api/session';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { signInPath, webPaths } from '../../../paths';
import { useMailPreferences } from '../api/get-mail-preferences';
import { useUnsubscribeNewsletter } from '../api/unsubscribe-newsletter';
import { useUpdateMailPreferences } from '../api/update-mail-preferences';
import { ChannelsForm } from '../components/channels-form';
import { NewsletterSection } from '../components/newsletter-section';
import { getsNewsletter, grantedFrom, isLinkProblem, preferencesBody, readPreferencesToken, shownChannels, type Granted } from '../mail-preferences';

/** Every choice, not only the mail ones, is on the member's profile. Staff have no profile. */
function OtherWays({ user }: { user: User | null }) {
  const { t } = useI18n();
  if (user && user.role !== 'member') return null;
  return (
    <p>
      {user ? (
        <Link to={webPaths.profile}>{t('mailPreferences.toProfile')}</Link>
      ) : (
        <Link to={signInPath(webPaths.profile)}>{t('mailPreferences.signInToProfile')}</Link>
      )}
    </p>
  );
}

function PreferencesView({ token, preferences, user }: { token: string; preferences: MailPreferences; user: User | null }) {
  const { t } = useI18n();
  const unsubscribe = useUnsubscribeNewsletter();
  const update = useUpdateMailPreferences();
  const channels = useMemo(() => shownChannels(preferences), [preferences]);
  const [granted, setGranted] = useState<Granted>(() => grantedFrom(preferences));

  const change = (channel: ConsentChannel, checked: boolean) => {
    if (update.isSuccess || update.isError) update.reset();
    setGranted((current) => ({ ...current, [channel]: checked }));
  };

  return (
    <>
      <p className="lead">{t('mailPreferences.lead', { email: preferences.email })}</p>
      <div className="stack">
        <NewsletterSection
          subscribed={getsNewsletter(preferences)}
          listed={channels.includes('newsletter')}
          unsubscribedAt={unsubscribe.isSuccess ? unsubscribe.submittedAt : null}
          busy={unsubscribe.isPending}
          error={unsubscribe.error}
          onUnsubscribe={() =>
            unsubscribe.mutate(
              { token },
              {
                onSuccess: (next) => {
                  // The boxes below now show the newsletter off, and an earlier save's message is old news.
                  update.reset();
                  setGranted(grantedFrom(next));
                },
              },
            )
          }
        />
        {channels.length > 0 ? (
          <ChannelsForm
            channels={channels}
            granted={granted}
            onChange={change}
            savedAt={update.isSuccess ? update.submittedAt : null}
            busy={update.isPending}
            error={update.error}
            onSave={() =>
              update.mutate(preferencesBody(token, channels, granted), {
                onSuccess: (next) => {
                  setGranted(grantedFrom(next));
                  // Subscribed again: the newsletter section offers the button again, not the old message.
                  if (getsNewsletter(next)) unsubscribe.reset();
                },
              })
            }
          />
        ) : null}
        <OtherWays user={user} />
      </div>
    </>
  );
}

/**
 * Where a mail's unsubscribe link leads; no sign-in needed, the signed token is enough. Opening the
 * page changes nothing, since mail scanners open links: it shows the choices, and the button unsubscribes.
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const token = useMemo(() => readPreferencesToken(searchParams), [searchParams]);
  const session = useSession();
  const user = session.data?.user ?? null;
  const preferences = useMailPreferences(token);

  let content;
  if (!token) {
    content = (
      <>
        <Notice tone="error">{t('errors.missingToken')}</Notice>
        <OtherWays user={user} />
      </>
    );
  } else if (preferences.isPending) {
    content = <Loading />;
  } else if (preferences.isError) {
    content = (
      <>
        {isLinkProblem(preferences.error) ? (
          <Notice tone="error" title={t('mailPreferences.invalidTitle')}>
            <p>{t('mailPreferences.invalidText')}</p>
          </Notice>
        ) : (
          <Notice tone="error">{describeError(preferences.error, t)}</Notice>
        )}
        <OtherWays user={user} />
      </>
    );
  } else {
    content = <PreferencesView token={token} preferences={preferences.data} user={user} />;
  }

  return (
    <div className="page page--medium">
      <PageHeading title={t('mailPreferences.title')} />
      {content}
    </div>
  );
}
