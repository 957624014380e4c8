import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ZIdParams, apiPaths, pickText, webPaths, withId, type AdminEvent } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { formatZonedRange } from '../../../i18n/dates';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useEvent } from '../api/get-event';
import { AttendeeList } from '../components/attendee-list';
import { EventNotFound } from '../components/event-not-found';
import { WalkInPanel } from '../components/walk-in-panel';
import { seatSummaryText } from '../seat-summary';

/** The event day's page, for a tablet at the door: who is coming, who has arrived, and walk-ins. */
export function CheckInPage() {
  const { id = '' } = useParams();
  if (!ZIdParams.safeParse({ id }).success) return <EventNotFound />;
  return <CheckInLoader key={id} id={id} />;
}

function CheckInLoader({ id }: { id: string }) {
  const { t, language } = useI18n();
  const event = useEvent(id);
  const notFound = isApiError(event.error) && (event.error.status === 404 || event.error.code === 'validation_failed');
  const title = event.data
    ? t('adminEvents.checkIn.title', { title: pickText(event.data.title, language) || t('adminEvents.untitled') })
    : notFound
      ? t('adminEvents.notFoundTitle')
      : t('adminEvents.checkIn.loadingTitle');

  return (
    <div className="page check-in">
      <p className="back-link">
        <Link to={withId(webPaths.adminEvent, id)}>{t('adminEvents.checkIn.backToEvent')}</Link>
      </p>
      <PageHeading title={title} />
      {event.data ? (
        <CheckInView event={event.data} />
      ) : event.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('adminEvents.notFoundText')}</p>
      ) : (
        <Notice tone="error">{describeError(event.error, t)}</Notice>
      )}
    </div>
  );
}

function CheckInView({ event }: { event: AdminEvent }) {
  const { t, language, locale } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { counts } = event;

  return (
    <>
      <p className="lead">
        <time dateTime={event.startsAt}>{formatZonedRange(event.startsAt, event.endsAt, language, event.timeZone)}</time> ({event.timeZone})
      </p>
      {event.status === 'cancelled' ? <Notice tone="info">{t('adminEvents.checkIn.cancelledNote')}</Notice> : null}
      <div className="check-in__summary">
        <p className="check-in__progress">{t('adminEvents.checkIn.progress', { checkedIn: n(counts.checkedIn), going: n(counts.going) })}</p>
        <p className="muted">
          {t('adminEvents.checkIn.walkInCount', { count: n(counts.walkIns) })} · {seatSummaryText(t, locale, counts.seatsTaken, event.capacity)}
        </p>
        <a className="button button--secondary" href={apiPaths.adminEventAttendeesExport(event.id)} download>
          {t('adminEvents.export')}
        </a>
      </div>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        <AttendeeList event={event} onAnnounce={setAnnouncement} />
        <WalkInPanel event={event} onAnnounce={setAnnouncement} />
      </div>
    </>
  );
}
