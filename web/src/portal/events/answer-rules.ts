import type { MyRsvp, PortalEvent, RsvpAnswer, RsvpBody } from '@alumni/shared';
import type { MessageKey } from '../../i18n/en';
import type { MessageParams } from '../../i18n/translate';

/** Why an event takes no answers now; null while it does. */
export type ClosedReason = 'cancelled' | 'ended' | 'started' | 'deadline' | 'closed';

type EventTimes = Pick<PortalEvent, 'status' | 'rsvpOpen' | 'startsAt' | 'endsAt' | 'rsvpDeadlineAt'>;

const passed = (iso: string | null, now: Date): boolean => iso !== null && new Date(iso).getTime() <= now.getTime();

/**
 * The server decides whether answers are taken (`rsvpOpen`); this only finds the words for why not.
 * A cancelled event is closed even if the flag says otherwise.
 */
export function closedReason(event: EventTimes, now: Date): ClosedReason | null {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.rsvpOpen) return null;
  if (passed(event.endsAt, now)) return 'ended';
  if (passed(event.startsAt, now)) return 'started';
  if (passed(event.rsvpDeadlineAt, now)) return 'deadline';
  return 'closed';
}

/** The answer a form starts with: the one asked for (the mail's button), else the member's own; a waitlisted member said yes. */
export function initialChoice(asked: RsvpAnswer | null, mine: Pick<MyRsvp, 'status'> | null): RsvpAnswer | null {
  if (asked) return asked;
  if (!mine) return null;
  return mine.status === 'waitlisted' ? 'going' : mine.status;
}

/** Whether the form asks about guests: only for a yes, and only when the event lets members bring any. */
export const asksGuests = (choice: RsvpAnswer | null, maxGuests: number): boolean => choice === 'going' && maxGuests > 0;

/** 0, 1, … up to the event's limit. */
export const guestCounts = (maxGuests: number): number[] => Array.from({ length: Math.max(0, maxGuests) + 1 }, (_, i) => i);

/** What is sent: guests come only with a yes, and never more than the event allows. */
export function answerBody(choice: RsvpAnswer, guests: number, maxGuests: number): RsvpBody {
  if (!asksGuests(choice, maxGuests)) return { status: choice, guests: 0 };
  return { status: choice, guests: Math.min(Math.max(0, Math.trunc(guests)), maxGuests) };
}

/** The guests a form starts with: the member's own, if they still fit. */
export const initialGuests = (mine: Pick<MyRsvp, 'guests'> | null, maxGuests: number): number =>
  Math.min(Math.max(0, mine?.guests ?? 0), Math.max(0, maxGuests));

/** Seats as a member reads them: none when there is no limit. */
export type SeatsState = { kind: 'unlimited' } | { kind: 'full' } | { kind: 'left'; count: number };

export function seatsState(event: Pick<PortalEvent, 'capacity' | 'seatsLeft'>): SeatsState {
  if (event.capacity === null || event.seatsLeft === null) return { kind: 'unlimited' };
  if (event.seatsLeft <= 0) return { kind: 'full' };
  return { kind: 'left', count: event.seatsLeft };
}

export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}

/** The member's answer in words, one sentence per line: the answer, then for the waitlist where they stand. */
export function describeMyAnswer(mine: Pick<MyRsvp, 'status' | 'guests' | 'waitlistPosition'> | null): MessageRef[] {
  if (!mine) return [{ key: 'events.mine.none' }];
  switch (mine.status) {
    case 'going':
      if (mine.guests <= 0) return [{ key: 'events.mine.going' }];
      return [mine.guests === 1 ? { key: 'events.mine.goingWithGuest' } : { key: 'events.mine.goingWithGuests', params: { count: mine.guests } }];
    case 'maybe':
      return [{ key: 'events.mine.maybe' }];
    case 'declined':
      return [{ key: 'events.mine.declined' }];
    case 'waitlisted':
      return [
        mine.waitlistPosition === null
          ? { key: 'events.mine.waitlisted' }
          : { key: 'events.mine.waitlistPosition', params: { position: mine.waitlistPosition } },
        { key: 'events.mine.waitlistText' },
      ];
  }
}
