import type { User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { YourDataSection } from '../../privacy/components/your-data-section';
import { ChangeEmailForm } from '../components/change-email-form';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileForm } from '../components/profile-form';
import { SignOutEverywhere } from '../components/sign-out-everywhere';

export function AccountPage({ user }: { user: User }) {
  const { t } = useI18n();
  return (
    <div className="page page--medium">
      <PageHeading title={t('account.title')} />
      <div className="stack">
        <ProfileForm user={user} />
        <ChangePasswordForm />
        <ChangeEmailForm />
        <SignOutEverywhere />
        {user.role === 'member' ? <YourDataSection user={user} /> : null}
      </div>
    </div>
  );
}
