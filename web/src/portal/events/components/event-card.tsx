import { Link } from 'react-router';
import { withId, type PortalEvent } from '@alumni/shared';
import { webPaths } from '../../../paths';
import { EventBadges } from './event-badges';
import { EventTimeLine } from './event-time-text';
import { useEventText } from './use-event-text';
import { useSeatsText } from './use-seats-text';

/** One event in a list: its title leads to the event's page. */
export function EventCard({ event }: { event: PortalEvent }) {
  const text = useEventText(event);
  const seats = useSeatsText(event);
  return (
    <li className={event.status === 'cancelled' ? 'event-card event-card--cancelled' : 'event-card'}>
      <h3 className="event-card__title">
        <Link to={withId(webPaths.event, event.id)}>{text.title}</Link>
      </h3>
      <EventBadges event={event} kind={text.kind} />
      <p className="event-card__line">
        <EventTimeLine startsAt={event.startsAt} time={text.time} />
      </p>
      {text.where ? <p className="event-card__line">{text.where}</p> : null}
      {seats && event.status !== 'cancelled' ? <p className="event-card__line muted">{seats}</p> : null}
    </li>
  );
}
