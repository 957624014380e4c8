import { useI18n } from '../../../i18n/i18n-provider';

export interface MemberBadgesProps {
  mentor: boolean;
  speaker: boolean;
  openToReturn?: boolean;
}

export function MemberBadges({ mentor, speaker, openToReturn = false }: MemberBadgesProps) {
  const { t } = useI18n();
  const badges = [
    mentor ? t('directory.mentorBadge') : null,
    speaker ? t('directory.speakerBadge') : null,
    openToReturn ? t('directory.openToReturnBadge') : null,
  ].filter((badge): badge is string => badge !== null);
  if (badges.length === 0) return null;
  return (
    <ul className="badge-list">
      {badges.map((badge) => (
        <li key={badge} className="badge">
          {badge}
        </li>
      ))}
    </ul>
  );
}
