import { pickText, type PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeEventTime, type EventTimeText } from '../event-time';

export interface EventText {
  title: string;
  description: string;
  kind: string;
  time: EventTimeText;
  /** Where, in one line for a list: the place (or the first line of its address), and whether it is online. */
  where: string | null;
}

/** An event's texts in the reader's language and its times on the event's own clock. */
export function useEventText(event: PortalEvent): EventText {
  const { t, language } = useI18n();
  const place = event.placeName || event.address.split('\n')[0]?.trim() || '';
  const online = event.onlineUrl !== '';
  const where = place && online ? t('events.placeAndOnline', { place }) : place || (online ? t('events.online') : null);
  return {
    title: pickText(event.title, language) || t('events.untitled'),
    description: pickText(event.description, language),
    kind: t(`events.kind.${event.kind}`),
    time: describeEventTime(event.startsAt, event.endsAt, event.timeZone, language),
    where,
  };
}
