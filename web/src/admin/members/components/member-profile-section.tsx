import type { ReactNode } from 'react';
import type { MemberDetail } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="member-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The profile as the member keeps it, every field, shown or not in the directory. */
export function MemberProfileSection({ detail, name }: { detail: MemberDetail; name: string }) {
  const { t } = useI18n();
  const { profile } = detail;
  const none = t('common.none');
  const text = (value: string | null) => (value && value.trim() !== '' ? value : none);
  const yesNo = (value: boolean) => t(value ? 'adminMember.yes' : 'adminMember.no');

  return (
    <section className="panel" aria-labelledby="member-profile-title">
      <h2 id="member-profile-title">{t('adminMember.profileTitle')}</h2>
      <div className="member-profile">
        <div className="member-profile__photo">
          {profile.photoUrl ? (
            <img src={profile.photoUrl} alt={t('adminMember.photoAlt', { name })} width={160} height={160} />
          ) : (
            <p className="member-profile__no-photo">{t('adminMember.noPhoto')}</p>
          )}
        </div>
        <dl className="member-facts">
          <Fact label={t('adminMember.headline')}>{text(profile.headline)}</Fact>
          <Fact label={t('adminMember.currentEmployer')}>{text(profile.currentEmployer)}</Fact>
          <Fact label={t('adminMember.currentTitle')}>{text(profile.currentTitle)}</Fact>
          <Fact label={t('adminMember.city')}>{text(profile.city)}</Fact>
          <Fact label={t('adminMember.country')}>{text(profile.country)}</Fact>
          <Fact label={t('adminMember.linkedin')}>
            {profile.linkedinUrl ? (
              <a href={profile.linkedinUrl} rel="noopener noreferrer" target="_blank">
                {profile.linkedinUrl}
              </a>
            ) : (
              none
            )}
          </Fact>
          <Fact label={t('adminMember.skills')}>{profile.skills.length > 0 ? profile.skills.join(', ') : none}</Fact>
          <Fact label={t('adminMember.openToReturn')}>
            {profile.openToReturn
              ? profile.returnModes.length > 0
                ? `${yesNo(true)}: ${profile.returnModes.map((mode) => t(`adminMembership.returnMode.${mode}`)).join(', ')}`
                : yesNo(true)
              : yesNo(false)}
          </Fact>
          <Fact label={t('adminMember.mentor')}>{yesNo(profile.mentor)}</Fact>
          <Fact label={t('adminMember.speaker')}>{yesNo(profile.speaker)}</Fact>
          <Fact label={t('adminMember.visibility')}>{t(`adminMembership.visibility.${profile.directoryVisibility}`)}</Fact>
          <Fact label={t('adminMember.language')}>{t(`language.${profile.language}`)}</Fact>
        </dl>
      </div>
      <h3>{t('adminMember.bio')}</h3>
      {profile.bio ? <p className="member-bio">{profile.bio}</p> : <p className="muted">{t('adminMember.noBio')}</p>}
    </section>
  );
}
