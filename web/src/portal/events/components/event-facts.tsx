import type { PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatEventInstant } from '../event-time';
import { EventTimeLine } from './event-time-text';
import { useSeatsText } from './use-seats-text';
import type { EventText } from './use-event-text';

/** Only a real web address becomes a link; anything else stored there is not followed. */
const safeLink = (url: string): string | null => (/^https?:\/\/[^\s]+$/i.test(url) ? url : null);

/** When and where, the seats, who is coming and until when answers are taken. */
export function EventFacts({ event, text }: { event: PortalEvent; text: EventText }) {
  const { t, language, locale } = useI18n();
  const seats = useSeatsText(event);
  const online = safeLink(event.onlineUrl);
  const place = [event.placeName, event.address].filter(Boolean).join('\n');
  return (
    <dl className="facts facts--grid event-facts">
      <dt>{t('events.when')}</dt>
      <dd>
        <EventTimeLine startsAt={event.startsAt} time={text.time} />
      </dd>
      <dt>{t('events.kindLabel')}</dt>
      <dd>{text.kind}</dd>
      <dt>{t('events.where')}</dt>
      <dd>
        {place ? <span className="pre-line">{place}</span> : null}
        {place && online ? <br /> : null}
        {online ? (
          <a href={online} rel="noopener noreferrer">
            {t('events.joinOnline')}
          </a>
        ) : place ? null : (
          t('common.none')
        )}
      </dd>
      {seats && event.status !== 'cancelled' ? (
        <>
          <dt>{t('events.seats')}</dt>
          <dd>{seats}</dd>
        </>
      ) : null}
      <dt>{t('events.goingLabel')}</dt>
      <dd>{event.going.toLocaleString(locale)}</dd>
      {event.rsvpDeadlineAt ? (
        <>
          <dt>{t('events.deadline')}</dt>
          <dd>
            <time dateTime={event.rsvpDeadlineAt}>{formatEventInstant(event.rsvpDeadlineAt, event.timeZone, language)}</time>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
