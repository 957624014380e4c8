import type { Claim } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatPeriod } from '../periods';

/** The claim as it was sent, so the member can see what HR is checking. */
export function ClaimSummary({ claim }: { claim: Claim }) {
  const { t, locale, formatDateTime } = useI18n();
  return (
    <section className="panel" aria-labelledby="claim-summary-title">
      <h2 id="claim-summary-title">{t('membership.summaryTitle')}</h2>
      <dl className="facts facts--grid">
        <dt>{t('membership.memberType')}</dt>
        <dd>{t(`memberTypes.${claim.memberType}`)}</dd>
        <dt>{t('membership.department')}</dt>
        <dd>{claim.department}</dd>
        <dt>{t('membership.jobTitle')}</dt>
        <dd>{claim.title}</dd>
        <dt>{t('membership.period')}</dt>
        <dd>{formatPeriod(claim.startMonth, claim.endMonth, locale, t('membership.ongoing'))}</dd>
        {claim.employeeNumber ? (
          <>
            <dt>{t('membership.employeeNumber')}</dt>
            <dd>{claim.employeeNumber}</dd>
          </>
        ) : null}
        {claim.memberNote ? (
          <>
            <dt>{t('membership.yourNote')}</dt>
            <dd className="pre-line">{claim.memberNote}</dd>
          </>
        ) : null}
        <dt>{t('membership.sentAt')}</dt>
        <dd>{formatDateTime(claim.createdAt)}</dd>
      </dl>
    </section>
  );
}
