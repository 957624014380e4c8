import type { AccountSession } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { webPaths } from '../../../paths';
import { useAccountSessions } from '../api/get-account-sessions';
import { useLogoutAll } from '../api/logout-all';
import { useRevokeSession } from '../api/revoke-session';
import { deviceName } from '../device-name';

function DeviceItem({ session, onSignOut, busy }: { session: AccountSession; onSignOut: () => void; busy: boolean }) {
  const { t, formatDateTime } = useI18n();
  const { browser, os } = deviceName(session.userAgent);
  const name = t('account.deviceOn', { browser: browser ?? t('account.unknownBrowser'), os: os ?? t('account.unknownSystem') });
  return (
    <li className="device">
      <div>
        <p className="device__name">
          {name}
          {session.current ? <span className="badge">{t('account.thisDevice')}</span> : null}
        </p>
        <p className="device__details">
          {t('account.deviceDetails', { signedIn: formatDateTime(session.createdAt), lastSeen: formatDateTime(session.lastSeenAt) })}
          {session.ip ? ` · ${session.ip}` : ''}
        </p>
      </div>
      {session.current ? null : (
        <Button variant="secondary" busy={busy} onClick={onSignOut}>
          {t('account.deviceSignOut', { device: name })}
        </Button>
      )}
    </li>
  );
}

/** Where the account is signed in, with a way to end one device's session or all of them. */
export function SignOutEverywhere() {
  const { t } = useI18n();
  const sessions = useAccountSessions();
  const revoke = useRevokeSession();
  const logoutAll = useLogoutAll(webPaths.home);

  return (
    <section className="panel">
      <h2>{t('account.sessionsTitle')}</h2>
      {sessions.data ? (
        <ul className="device-list" aria-label={t('account.devicesLabel')}>
          {sessions.data.items.map((s) => (
            <DeviceItem key={s.id} session={s} busy={revoke.isPending && revoke.variables === s.id} onSignOut={() => revoke.mutate(s.id)} />
          ))}
        </ul>
      ) : sessions.isPending ? (
        <Loading />
      ) : null}
      <ErrorSummary error={sessions.error ?? revoke.error} />
      {revoke.isSuccess ? (
        <p role="status" className="device-list__status">
          {t('account.deviceSignedOut')}
        </p>
      ) : null}
      <p>{t('account.sessionsIntro')}</p>
      <ErrorSummary error={logoutAll.error} />
      <Button variant="danger" busy={logoutAll.isPending} onClick={() => logoutAll.mutate()}>
        {t('account.signOutEverywhere')}
      </Button>
    </section>
  );
}
