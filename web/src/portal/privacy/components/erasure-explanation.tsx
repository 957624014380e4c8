import { useI18n } from '../../../i18n/i18n-provider';

/** What erasing removes and what it keeps, said before anyone confirms. */
export function ErasureExplanation({ headingLevel }: { headingLevel: 2 | 4 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  return (
    <div className="erasure-explanation">
      <Heading>{t('privacy.removedTitle')}</Heading>
      <ul>
        <li>{t('privacy.removedProfile')}</li>
        <li>{t('privacy.removedEmployment')}</li>
        <li>{t('privacy.removedConsents')}</li>
        <li>{t('privacy.removedSessions')}</li>
      </ul>
      <Heading>{t('privacy.keptTitle')}</Heading>
      <ul>
        <li>{t('privacy.keptCounts')}</li>
        <li>{t('privacy.keptSuppression')}</li>
        <li>{t('privacy.keptAudit')}</li>
      </ul>
      <p className="muted">{t('privacy.finalNote')}</p>
    </div>
  );
}
