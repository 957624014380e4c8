import { Link } from 'react-router';
import { withId } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useProfile } from '../api/get-profile';
import { ConsentsSection } from '../components/consents-section';
import { EmploymentSection } from '../components/employment-section';
import { PhotoEditor } from '../components/photo-editor';
import { ProfileDetailsForm } from '../components/profile-details-form';

export function ProfilePage() {
  const { t } = useI18n();
  const profile = useProfile();

  return (
    <div className="page page--medium">
      <PageHeading title={t('profile.title')} />
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <Notice tone="error">{describeError(profile.error, t)}</Notice>
      ) : (
        <>
          <p className="lead">{t('profile.intro')}</p>
          {profile.data.verificationStatus === 'verified' ? (
            profile.data.directoryVisibility === 'members' ? (
              <p>
                <Link to={withId(webPaths.directoryProfile, profile.data.id)}>{t('profile.viewPublic')}</Link>
              </p>
            ) : null
          ) : (
            <Notice tone="info" title={t('profile.notVerifiedTitle')}>
              <p>
                {t('profile.notVerifiedText')} <Link to={webPaths.membership}>{t('profile.toMembership')}</Link>
              </p>
            </Notice>
          )}
          <div className="stack">
            <PhotoEditor profile={profile.data} />
            <ProfileDetailsForm key={profile.data.id} profile={profile.data} />
            <EmploymentSection periods={profile.data.employment} />
            <ConsentsSection key={profile.data.id} consents={profile.data.consents} />
          </div>
        </>
      )}
    </div>
  );
}
