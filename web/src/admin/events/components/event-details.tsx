import type { ReactNode } from 'react';
import type { AdminEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedDateTime, formatZonedRange } from '../../../i18n/dates';
import { reminderLabel } from '../event-form';
import { EventStatusBadge } from './event-status-badge';

/** What the event is, when and where, for whom and with how many seats. */
export function EventDetails({ event }: { event: AdminEvent }) {
  const { t, language, locale, formatDateTime } = useI18n();
  const none = t('common.none');
  const place = [event.placeName, event.address].filter(Boolean).join(', ');
  const items: readonly [string, ReactNode][] = [
    [t('adminEvents.detail.status'), <EventStatusBadge key="status" status={event.status} />],
    [t('adminEvents.detail.kind'), t(`adminEvents.kind.${event.kind}`)],
    [
      t('adminEvents.detail.when'),
      <time key="when" dateTime={event.startsAt}>
        {formatZonedRange(event.startsAt, event.endsAt, language, event.timeZone)}
      </time>,
    ],
    [t('adminEvents.detail.timeZone'), event.timeZone],
    [t('adminEvents.detail.place'), place || none],
    [
      t('adminEvents.detail.online'),
      event.onlineUrl ? (
        <a key="online" href={event.onlineUrl} rel="noreferrer noopener" target="_blank">
          {event.onlineUrl}
        </a>
      ) : (
        none
      ),
    ],
    [t('adminEvents.detail.audience'), event.segmentId ? (event.segmentName ?? none) : t('adminEvents.form.audienceAll')],
    [t('adminEvents.detail.capacity'), event.capacity === null ? t('adminEvents.detail.noLimit') : new Intl.NumberFormat(locale).format(event.capacity)],
    [
      t('adminEvents.detail.rsvpDeadline'),
      event.rsvpDeadlineAt ? (
        <time key="deadline" dateTime={event.rsvpDeadlineAt}>
          {formatZonedDateTime(event.rsvpDeadlineAt, language, event.timeZone)}
        </time>
      ) : (
        t('adminEvents.detail.untilStart')
      ),
    ],
    [t('adminEvents.detail.maxGuests'), event.maxGuests === 0 ? t('adminEvents.form.guestsNone') : String(event.maxGuests)],
    [t('adminEvents.detail.reminder'), reminderLabel(t, event.reminderHours)],
  ];
  return (
    <>
      <dl className="member-summary">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {event.cancelledAt ? (
        <p className="muted">{t('adminEvents.detail.cancelledAt', { time: formatDateTime(event.cancelledAt) })}</p>
      ) : event.publishedAt ? (
        <p className="muted">{t('adminEvents.detail.publishedAt', { time: formatDateTime(event.publishedAt) })}</p>
      ) : (
        <p className="muted">{t('adminEvents.detail.draftNote')}</p>
      )}
    </>
  );
}
