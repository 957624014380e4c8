import { Link } from 'react-router';
import { apiPaths, webPaths, withId, type AdminEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { seatSummaryText } from '../seat-summary';

/** The answers so far: seats, who is coming, who is waiting, who has arrived. */
export function EventFigures({ event }: { event: AdminEvent }) {
  const { t, locale } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { counts } = event;
  const items: readonly [string, number][] = [
    [t('adminEvents.figure.invited'), counts.invited],
    [t('adminEvents.figure.going'), counts.going],
    [t('adminEvents.figure.maybe'), counts.maybe],
    [t('adminEvents.figure.declined'), counts.declined],
    [t('adminEvents.figure.waitlisted'), counts.waitlisted],
    [t('adminEvents.figure.checkedIn'), counts.checkedIn],
    [t('adminEvents.figure.walkIns'), counts.walkIns],
  ];
  return (
    <section className="panel" aria-labelledby="event-figures-title">
      <div className="panel__header">
        <h2 id="event-figures-title">{t('adminEvents.figuresTitle')}</h2>
        <Link className="button button--secondary" to={withId(webPaths.adminEventCheckIn, event.id)}>
          {t('adminEvents.openCheckIn')}
        </Link>
      </div>
      <p className="seat-summary">{seatSummaryText(t, locale, counts.seatsTaken, event.capacity)}</p>
      <dl className="import-counts">
        {items.map(([label, value]) => (
          <div key={label} className="import-counts__item">
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={apiPaths.adminEventAttendeesExport(event.id)} download>
          {t('adminEvents.export')}
        </a>{' '}
        <span className="muted">{t('adminEvents.exportHint')}</span>
      </p>
    </section>
  );
}
