import type { InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Attendee, AttendeePage } from '@alumni/shared';
import { personLabel, replaceAttendee } from './attendees';

const attendee = (memberId: string, overrides: Partial<Attendee> = {}): Attendee => ({
  memberId,
  firstName: 'Eeva',
  lastName: 'Lindqvist',
  email: `${memberId}@example.com`,
  status: 'going',
  guests: 0,
  waitlistPosition: null,
  respondedAt: '2026-10-01T10:00:00.000Z',
  checkedInAt: null,
  walkIn: false,
  ...overrides,
});

const pages = (...items: Attendee[][]): InfiniteData<AttendeePage> => ({
  pages: items.map((page, i) => ({ items: page, nextCursor: i < items.length - 1 ? `c${i}` : null })),
  pageParams: items.map((_, i) => (i === 0 ? null : `c${i - 1}`)),
});

describe('the check-in list', () => {
  it('names a person, or shows their address when they gave no name', () => {
    expect(personLabel(attendee('a'))).toBe('Eeva Lindqvist');
    expect(personLabel(attendee('a', { firstName: 'Eeva', lastName: null }))).toBe('Eeva');
    expect(personLabel(attendee('a', { firstName: ' ', lastName: null }))).toBe('a@example.com');
  });

  it('puts a checked-in attendee in place on the page that holds them', () => {
    const before = pages([attendee('a'), attendee('b')], [attendee('c')]);
    const arrived = attendee('c', { checkedInAt: '2026-10-14T15:05:00.000Z' });
    const after = replaceAttendee(before, arrived);
    expect(after?.pages[1]?.items).toEqual([arrived]);
    expect(after?.pages[0]).toBe(before.pages[0]);
    expect(after?.pageParams).toEqual(before.pageParams);
  });

  it('leaves lists that do not hold the attendee as they are', () => {
    const before = pages([attendee('a')]);
    expect(replaceAttendee(before, attendee('z'))).toBe(before);
    expect(replaceAttendee(undefined, attendee('z'))).toBeUndefined();
  });
});
