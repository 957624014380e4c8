import { useI18n } from '../../../i18n/i18n-provider';
import type { EventTimeText } from '../event-time';

/** The time range, machine-readable from its start, with the zone named when it is not Helsinki's. */
export function EventTimeLine({ startsAt, time }: { startsAt: string; time: EventTimeText }) {
  const { t } = useI18n();
  const range = <time dateTime={startsAt}>{time.range}</time>;
  if (!time.zone) return range;
  return (
    <>
      {range} <span className="event-zone">{t('events.inZone', { zone: time.zone })}</span>
    </>
  );
}
