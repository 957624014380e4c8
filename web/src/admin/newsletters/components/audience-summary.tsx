import { useI18n } from '../../../i18n/i18n-provider';
import { useNewsletterAudience } from '../api/get-newsletter-audience';
import { audienceText } from '../sending-figures';

/** Who the audience reaches now, counted again when it changes: a status region, so the new count is read out. */
export function AudienceSummary({ segmentId, id }: { segmentId: string | null; id?: string }) {
  const { t, locale } = useI18n();
  const audience = useNewsletterAudience(segmentId);
  const text = audience.data
    ? audienceText(t, locale, audience.data)
    : audience.isError
      ? t('adminNewsletters.audience.error')
      : t('adminNewsletters.audience.counting');
  return (
    <p className="newsletter-audience" id={id} role="status" aria-busy={audience.isFetching ? true : undefined}>
      {text}
    </p>
  );
}
