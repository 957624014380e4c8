import { Link, useParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { Loading } from '../../../components/loading';
import { NotFoundPage } from '../../../components/not-found-page';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { Avatar } from '../../membership/components/avatar';
import { EmploymentList } from '../../membership/components/employment-list';
import { fullName } from '../../membership/names';
import { useDirectoryProfile } from '../api/get-directory-profile';
import { MemberBadges } from '../components/member-badges';
import { NotVerifiedNotice, isNotVerified } from '../components/not-verified-notice';
import { SkillChips } from '../components/skill-chips';
import { useMemberLines } from '../components/use-member-lines';

/** Only a real https address becomes a link; anything else stored there is not followed. */
const safeLink = (url: string | null): string | null => (url && /^https:\/\//i.test(url) ? url : null);

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.directory}>
        <span aria-hidden="true">← </span>
        {t('directory.back')}
      </Link>
    </p>
  );
}

/** A member's page as another member sees it; someone hidden or unknown is simply not found. */
export function DirectoryProfilePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const query = useDirectoryProfile(id);
  const { role, place } = useMemberLines({
    currentTitle: query.data?.currentTitle ?? null,
    currentEmployer: query.data?.currentEmployer ?? null,
    city: query.data?.city ?? null,
    country: query.data?.country ?? null,
  });

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    // A malformed id (400) is as unknown as a missing one.
    if (status === 404 || status === 400) return <NotFoundPage />;
    return (
      <div className="page page--medium">
        <BackLink />
        <PageHeading title={t('directory.title')} />
        {isNotVerified(query.error) ? <NotVerifiedNotice /> : <Notice tone="error">{describeError(query.error, t)}</Notice>}
      </div>
    );
  }

  const member = query.data;
  const name = fullName(member.firstName, member.lastName) ?? t('directory.unnamed');
  const linkedin = safeLink(member.linkedinUrl);

  return (
    <div className="page page--medium">
      <BackLink />
      <div className="profile-header">
        <Avatar firstName={member.firstName} lastName={member.lastName} photoUrl={member.photoUrl} alt={t('directory.photoOf', { name })} size="large" />
        <div className="profile-header__text">
          <PageHeading title={name} />
          {member.headline ? <p className="lead">{member.headline}</p> : null}
          {role ? <p className="profile-header__line">{role}</p> : null}
          {place ? <p className="profile-header__line muted">{place}</p> : null}
          <p className="profile-header__line muted">{t(`memberTypes.${member.memberType}`)}</p>
          <MemberBadges mentor={member.mentor} speaker={member.speaker} openToReturn={member.openToReturn} />
          {linkedin ? (
            <p>
              <a href={linkedin} rel="noopener noreferrer">
                {t('directory.linkedin', { name })}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      <div className="stack">
        {member.bio ? (
          <section className="panel" aria-labelledby="member-bio-title">
            <h2 id="member-bio-title">{t('directory.aboutTitle')}</h2>
            <p className="pre-line">{member.bio}</p>
          </section>
        ) : null}
        {member.skills.length > 0 ? (
          <section className="panel" aria-labelledby="member-skills-title">
            <h2 id="member-skills-title">{t('profile.skills')}</h2>
            <SkillChips skills={member.skills} label={t('directory.skillsOf', { name })} />
          </section>
        ) : null}
        {member.employment.length > 0 ? (
          <section className="panel" aria-labelledby="member-employment-title">
            <h2 id="member-employment-title">{t('directory.employmentTitle')}</h2>
            <EmploymentList periods={member.employment} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
