import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isStaff, type User } from '@alumni/shared';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n-provider';
import { Button } from '../components/button';
import { Loading } from '../components/loading';
import { NotAllowedPage } from '../components/not-allowed-page';
import { Notice } from '../components/notice';
import { PageHeading } from '../components/page-heading';
import { signInPath } from '../paths';

function SessionUnavailable({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('app.errorTitle')} />
      <Notice tone="error">{t('errors.network')}</Notice>
      <p>
        <Button variant="secondary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      </p>
    </div>
  );
}

/** Renders its children with the signed-in user; sends anyone else to sign in, keeping the way back. */
export function RequireSignedIn({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <SessionUnavailable onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return children(session.data.user);
}

/** Staff only; a member who follows a console link is told it is not for them. */
export function RequireStaff({ children }: { children: ReactNode }) {
  return <RequireSignedIn>{(user) => (isStaff(user.role) ? children : <NotAllowedPage />)}</RequireSignedIn>;
}
