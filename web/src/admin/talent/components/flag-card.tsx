import type { TalentFlag } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { MoveControl } from './move-control';
import { Notes } from './notes';

export interface FlagCardProps {
  flag: TalentFlag;
  onChange: (message: string) => void;
}

/** One candidate on the board: who, why, when moved, the rehire if recorded, moves and notes. */
export function FlagCard({ flag, onChange }: FlagCardProps) {
  const { t, language, formatDateTime } = useI18n();
  return (
    <li className="talent-card">
      <h3>{flag.member.name}</h3>
      {flag.member.headline ? <p>{flag.member.headline}</p> : null}
      <p className="muted">{flag.member.email}</p>
      <p className="job-description">{flag.reason}</p>
      {flag.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('adminTalent.card.tags', { name: flag.member.name })}>
          {flag.tags.map((tag) => (
            <li key={tag} className="status status--pending">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        {t('adminTalent.card.moved')} <time dateTime={flag.stageChangedAt}>{formatDateTime(flag.stageChangedAt)}</time>
        {flag.flaggedBy ? ` · ${t('adminTalent.card.flaggedBy', { name: flag.flaggedBy })}` : ''}
      </p>
      {flag.rehire ? (
        <p>
          {t('adminTalent.card.rehired', { date: formatCalendarDate(flag.rehire.rehiredOn, language), type: t(`adminJobs.type.${flag.rehire.type}`) })}
          {flag.rehire.jobTitle ? ` · ${flag.rehire.jobTitle}` : ''}
        </p>
      ) : null}
      <MoveControl
        key={flag.stage}
        flag={flag}
        onMoved={(moved) => onChange(t('adminTalent.move.done', { name: moved.member.name, stage: t(`adminTalent.stage.${moved.stage}`) }))}
      />
      <details>
        <summary>{t('adminTalent.notes.summary', { count: flag.notes.length })}</summary>
        <Notes flag={flag} onAdded={(saved) => onChange(t('adminTalent.notes.added', { name: saved.member.name }))} />
      </details>
    </li>
  );
}
