import { useEffect, useRef } from 'react';
import { Outlet } from 'react-router';
import { isStaff, type Language, type User } from '@alumni/shared';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitcher } from '../components/language-switcher';
import { PageLayout, type NavItem } from '../components/page-layout';
import { UserMenu } from '../components/user-menu';
import { webPaths } from '../paths';
import { useLogout } from '../portal/auth/api/logout';
import { useUpdateAccount } from '../portal/account/api/update-account';

const displayName = (user: User): string =>
  [user.firstName, user.lastName].filter((part): part is string => Boolean(part)).join(' ') || user.email;

/** On sign-in (or when a stored session is found) the language saved on the account wins. */
function useAccountLanguage(user: User | null): void {
  const { language, setLanguage } = useI18n();
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!user) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === user.id) return;
    appliedFor.current = user.id;
    if (user.language !== language) setLanguage(user.language);
  }, [user, language, setLanguage]);
}

export function AppShell() {
  const { t, setLanguage } = useI18n();
  const session = useSession();
  const user = session.data?.user ?? null;
  const logout = useLogout(webPaths.home);
  const updateAccount = useUpdateAccount();
  useAccountLanguage(user);

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    if (user && user.language !== next) updateAccount.mutate({ language: next });
  };

  const navItems: NavItem[] = [{ to: webPaths.home, label: t('nav.home'), end: true }];
  if (user?.role === 'member') navItems.push({ to: webPaths.profile, label: t('portalNav.profile') });
  // Staff search the directory too (recruiters look for returners); they also see staff-only profiles.
  if (user) navItems.push({ to: webPaths.directory, label: t('portalNav.directory') });
  if (user?.role === 'member') navItems.push({ to: webPaths.events, label: t('events.navLabel') });
  if (user?.role === 'member') navItems.push({ to: webPaths.newsletters, label: t('newsletterArchive.navLabel') });
  if (user?.role === 'member') navItems.push({ to: webPaths.jobs, label: t('jobBoard.navLabel') });
  if (user?.role === 'member') navItems.push({ to: webPaths.surveys, label: t('surveys.navLabel') });
  if (user) navItems.push({ to: webPaths.account, label: t('nav.account') });
  if (user && isStaff(user.role)) navItems.push({ to: webPaths.admin, label: t('nav.admin') });

  return (
    <PageLayout
      navItems={navItems}
      tools={
        <>
          <LanguageSwitcher onChange={changeLanguage} />
          {user ? (
            <UserMenu
              name={displayName(user)}
              busy={logout.isPending}
              onSignOut={() => logout.mutate()}
            />
          ) : null}
        </>
      }
    >
      <Outlet />
    </PageLayout>
  );
}
