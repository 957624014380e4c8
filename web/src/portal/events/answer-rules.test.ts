import { describe, expect, it } from 'vitest';
import { answerBody, asksGuests, closedReason, describeMyAnswer, guestCounts, initialChoice, initialGuests, seatsState } from './answer-rules';

const now = new Date('2025-10-01T12:00:00.000Z');
const open = {
  status: 'published' as const,
  rsvpOpen: true,
  startsAt: '2025-10-14T15:00:00.000Z',
  endsAt: '2025-10-14T17:00:00.000Z',
  rsvpDeadlineAt: '2025-10-10T21:00:00.000Z',
};

describe('whether answers are taken', () => {
  it('takes answers while the server says so', () => {
    expect(closedReason(open, now)).toBeNull();
  });

  it('closes a cancelled event even if the flag says open', () => {
    expect(closedReason({ ...open, status: 'cancelled' }, now)).toBe('cancelled');
    expect(closedReason({ ...open, status: 'cancelled', rsvpOpen: false }, now)).toBe('cancelled');
  });

  it('says why a closed event is closed', () => {
    const closed = { ...open, rsvpOpen: false };
    expect(closedReason(closed, new Date('2025-10-12T00:00:00.000Z'))).toBe('deadline');
    expect(closedReason(closed, new Date('2025-10-14T16:00:00.000Z'))).toBe('started');
    expect(closedReason(closed, new Date('2025-10-15T00:00:00.000Z'))).toBe('ended');
    expect(closedReason(closed, now)).toBe('closed');
    expect(closedReason({ ...closed, rsvpDeadlineAt: null }, new Date('2025-10-12T00:00:00.000Z'))).toBe('closed');
  });
});

describe('the answer form', () => {
  it('starts with the answer the mail asked for, else the member own', () => {
    expect(initialChoice('declined', { status: 'going' })).toBe('declined');
    expect(initialChoice(null, { status: 'maybe' })).toBe('maybe');
    expect(initialChoice(null, { status: 'waitlisted' })).toBe('going');
    expect(initialChoice(null, null)).toBeNull();
  });

  it('asks about guests only for a yes to an event that allows them', () => {
    expect(asksGuests('going', 2)).toBe(true);
    expect(asksGuests('going', 0)).toBe(false);
    expect(asksGuests('maybe', 2)).toBe(false);
    expect(asksGuests(null, 2)).toBe(false);
    expect(guestCounts(2)).toEqual([0, 1, 2]);
    expect(guestCounts(0)).toEqual([0]);
  });

  it('sends guests only with a yes, and never more than allowed', () => {
    expect(answerBody('going', 2, 3)).toEqual({ status: 'going', guests: 2 });
    expect(answerBody('going', 5, 3)).toEqual({ status: 'going', guests: 3 });
    expect(answerBody('going', -1, 3)).toEqual({ status: 'going', guests: 0 });
    expect(answerBody('maybe', 2, 3)).toEqual({ status: 'maybe', guests: 0 });
    expect(answerBody('going', 2, 0)).toEqual({ status: 'going', guests: 0 });
  });

  it('keeps the member guests only if they still fit', () => {
    expect(initialGuests({ guests: 2 }, 3)).toBe(2);
    expect(initialGuests({ guests: 4 }, 1)).toBe(1);
    expect(initialGuests(null, 3)).toBe(0);
  });
});

describe('seats', () => {
  it('knows no limit, a full event and seats left', () => {
    expect(seatsState({ capacity: null, seatsLeft: null })).toEqual({ kind: 'unlimited' });
    expect(seatsState({ capacity: 40, seatsLeft: 0 })).toEqual({ kind: 'full' });
    expect(seatsState({ capacity: 40, seatsLeft: 12 })).toEqual({ kind: 'left', count: 12 });
  });
});

describe("the member's answer in words", () => {
  it('says there is no answer yet', () => {
    expect(describeMyAnswer(null)).toEqual([{ key: 'events.mine.none' }]);
  });

  it('says going, with the guests', () => {
    expect(describeMyAnswer({ status: 'going', guests: 0, waitlistPosition: null })).toEqual([{ key: 'events.mine.going' }]);
    expect(describeMyAnswer({ status: 'going', guests: 1, waitlistPosition: null })).toEqual([{ key: 'events.mine.goingWithGuest' }]);
    expect(describeMyAnswer({ status: 'going', guests: 2, waitlistPosition: null })).toEqual([
      { key: 'events.mine.goingWithGuests', params: { count: 2 } },
    ]);
  });

  it('gives the place on the waitlist', () => {
    expect(describeMyAnswer({ status: 'waitlisted', guests: 0, waitlistPosition: 3 })).toEqual([
      { key: 'events.mine.waitlistPosition', params: { position: 3 } },
      { key: 'events.mine.waitlistText' },
    ]);
    expect(describeMyAnswer({ status: 'waitlisted', guests: 0, waitlistPosition: null })[0]).toEqual({ key: 'events.mine.waitlisted' });
  });

  it('says maybe and declined', () => {
    expect(describeMyAnswer({ status: 'maybe', guests: 0, waitlistPosition: null })).toEqual([{ key: 'events.mine.maybe' }]);
    expect(describeMyAnswer({ status: 'declined', guests: 0, waitlistPosition: null })).toEqual([{ key: 'events.mine.declined' }]);
  });
});
