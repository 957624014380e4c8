import { Link } from 'react-router';
import { withId, type DirectoryCard } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { webPaths } from '../../../paths';
import { Avatar } from '../../membership/components/avatar';
import { fullName } from '../../membership/names';
import { MemberBadges } from './member-badges';
import { SkillChips } from './skill-chips';
import { useMemberLines } from './use-member-lines';

/** One search result: only what the member chose to show, with their name leading to the profile. */
export function MemberCard({ card }: { card: DirectoryCard }) {
  const { t } = useI18n();
  const name = fullName(card.firstName, card.lastName) ?? t('directory.unnamed');
  const { role, place } = useMemberLines(card);
  return (
    <li className="member-card">
      <Avatar firstName={card.firstName} lastName={card.lastName} photoUrl={card.photoUrl} alt={t('directory.photoOf', { name })} />
      <div className="member-card__body">
        <h3 className="member-card__name">
          <Link to={withId(webPaths.directoryProfile, card.id)}>{name}</Link>
        </h3>
        {card.headline ? <p className="member-card__headline">{card.headline}</p> : null}
        {role ? <p className="member-card__line">{role}</p> : null}
        {place ? <p className="member-card__line muted">{place}</p> : null}
        {card.departments.length > 0 ? (
          <p className="member-card__line muted">{t('directory.departments', { departments: card.departments.join(', ') })}</p>
        ) : null}
        <MemberBadges mentor={card.mentor} speaker={card.speaker} />
        <SkillChips skills={card.skills} label={t('directory.skillsOf', { name })} />
      </div>
    </li>
  );
}
