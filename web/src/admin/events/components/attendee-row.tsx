import type { Attendee } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { useCheckInAttendee } from '../api/check-in-attendee';
import { useUndoCheckIn } from '../api/undo-check-in';
import { personLabel } from '../attendees';

export interface AttendeeRowProps {
  eventId: string;
  timeZone: string;
  attendee: Attendee;
  onAnnounce: (message: string) => void;
}

/** One person on the check-in list, with the one button the event day needs: check in, or undo. */
export function AttendeeRow({ eventId, timeZone, attendee, onAnnounce }: AttendeeRowProps) {
  const { t, locale } = useI18n();
  const checkIn = useCheckInAttendee();
  const undo = useUndoCheckIn();
  const name = personLabel(attendee);
  const checkedIn = attendee.checkedInAt !== null;
  const error = checkIn.error ?? undo.error;
  const ref = { eventId, memberId: attendee.memberId };
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));

  return (
    <li className={checkedIn ? 'attendee attendee--in' : 'attendee'}>
      <div className="attendee__who">
        <p className="attendee__name">{name}</p>
        {name !== attendee.email ? <p className="attendee__email">{attendee.email}</p> : null}
        <p className="attendee__meta">
          <span className={`status rsvp-status--${attendee.status}`}>{t(`adminEvents.rsvp.${attendee.status}`)}</span>
          {attendee.guests > 0 ? <span>{t('adminEvents.checkIn.guests', { count: attendee.guests })}</span> : null}
          {attendee.waitlistPosition !== null ? <span>{t('adminEvents.checkIn.waitlistPosition', { position: attendee.waitlistPosition })}</span> : null}
          {attendee.walkIn ? <span>{t('adminEvents.checkIn.walkIn')}</span> : null}
          {attendee.checkedInAt !== null ? (
            <span className="attendee__arrived">
              {t('adminEvents.checkIn.checkedInAt', { time: time(attendee.checkedInAt) })}
            </span>
          ) : null}
        </p>
      </div>
      <div className="attendee__action">
        {/* One button for both states, so focus stays on it when it turns from "check in" to "undo". */}
        <Button
          variant={checkedIn ? 'secondary' : 'primary'}
          busy={checkIn.isPending || undo.isPending}
          onClick={() => {
            checkIn.reset();
            undo.reset();
            if (checkedIn) undo.mutate(ref, { onSuccess: () => onAnnounce(t('adminEvents.checkIn.undone', { name })) });
            else checkIn.mutate(ref, { onSuccess: () => onAnnounce(t('adminEvents.checkIn.done', { name })) });
          }}
        >
          {checkedIn ? t('adminEvents.checkIn.undo', { name }) : t('adminEvents.checkIn.checkIn', { name })}
        </Button>
        {error ? (
          <p className="row-error" role="alert">
            {describeError(error, t, { rule_broken: 'adminEvents.checkIn.ruleBroken' })}
          </p>
        ) : null}
      </div>
    </li>
  );
}
