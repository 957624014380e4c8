import { Link } from 'react-router';
import { withId, type PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Card } from '../../../components/card';
import { Loading } from '../../../components/loading';
import { webPaths } from '../../../paths';
import { useNextEvents } from '../api/list-events';
import { AnswerBadge } from './answer-badge';
import { EventTimeLine } from './event-time-text';
import { isNotVerified } from './not-verified-notice';
import { useEventText } from './use-event-text';

/** How many events the home page lists. */
const shown = 3;

function NextEvent({ event }: { event: PortalEvent }) {
  const { t } = useI18n();
  const text = useEventText(event);
  return (
    <li className="next-events__item">
      <Link to={withId(webPaths.event, event.id)}>{text.title}</Link>
      <span className="next-events__when">
        <EventTimeLine startsAt={event.startsAt} time={text.time} />
      </span>
      {event.status === 'cancelled' || event.myRsvp ? (
        <ul className="badge-list">
          {event.status === 'cancelled' ? <li className="badge event-badge--cancelled">{t('events.badge.cancelled')}</li> : null}
          <AnswerBadge mine={event.myRsvp} />
        </ul>
      ) : null}
    </li>
  );
}

/** The home page's card with the next few events, for a verified member. */
export function UpcomingEventsCard({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useI18n();
  const next = useNextEvents(shown);
  // A member whose verification was withdrawn meanwhile: the membership banner already says what to do.
  if (isNotVerified(next.error)) return null;
  return (
    <Card title={t('events.homeTitle')} headingLevel={headingLevel}>
      {next.isPending ? (
        <Loading />
      ) : next.isError ? (
        <p>{describeError(next.error, t)}</p>
      ) : next.data.items.length === 0 ? (
        <p>{t('events.homeEmpty')}</p>
      ) : (
        <ul className="next-events">
          {next.data.items.map((event) => (
            <NextEvent key={event.id} event={event} />
          ))}
        </ul>
      )}
      <p>
        <Link to={webPaths.events}>{t('events.homeAll')}</Link>
      </p>
    </Card>
  );
}
