import { Link } from 'react-router';
import { pickText, webPaths, withId, type AdminEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedRange } from '../../../i18n/dates';
import { seatsCellText } from '../seat-summary';
import { EventStatusBadge } from './event-status-badge';

export function EventsTable({ events }: { events: readonly AdminEvent[] }) {
  const { t, language, locale } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <div className="table-wrap" role="region" aria-labelledby="events-caption" tabIndex={0}>
      <table className="table">
        <caption id="events-caption" className="visually-hidden">
          {t('adminEvents.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminEvents.colEvent')}</th>
            <th scope="col">{t('adminEvents.colWhen')}</th>
            <th scope="col">{t('adminEvents.colStatus')}</th>
            <th scope="col" className="cell-number">
              {t('adminEvents.colSeats')}
            </th>
            <th scope="col" className="cell-number">
              {t('adminEvents.colGoing')}
            </th>
            <th scope="col" className="cell-number">
              {t('adminEvents.colMaybe')}
            </th>
            <th scope="col" className="cell-number">
              {t('adminEvents.colWaitlisted')}
            </th>
            <th scope="col" className="cell-number">
              {t('adminEvents.colCheckedIn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className="cell-name">
                <Link to={withId(webPaths.adminEvent, event.id)}>{pickText(event.title, language) || t('adminEvents.untitled')}</Link>
                <span className="cell-sub">{t(`adminEvents.kind.${event.kind}`)}</span>
              </th>
              <td>
                <time dateTime={event.startsAt}>{formatZonedRange(event.startsAt, event.endsAt, language, event.timeZone)}</time>
                <span className="cell-sub">{event.timeZone}</span>
              </td>
              <td>
                <EventStatusBadge status={event.status} />
              </td>
              <td className="cell-number cell-nowrap">{seatsCellText(t, locale, event.counts.seatsTaken, event.capacity)}</td>
              <td className="cell-number">{n(event.counts.going)}</td>
              <td className="cell-number">{n(event.counts.maybe)}</td>
              <td className="cell-number">{n(event.counts.waitlisted)}</td>
              <td className="cell-number">{n(event.counts.checkedIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
