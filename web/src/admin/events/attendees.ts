import type { InfiniteData } from '@tanstack/react-query';
import type { Attendee, AttendeePage } from '@alumni/shared';

/** The name HR reads and the buttons carry: first and last name, or the address when neither is given. */
export const personLabel = (person: { firstName: string | null; lastName: string | null; email: string }): string =>
  [person.firstName, person.lastName].filter((part): part is string => Boolean(part?.trim())).join(' ') || person.email;

/**
 * The loaded pages with one attendee's new state put in place, so a check-in shows at once and the
 * button keeps its place (and focus) in the list; pages that do not hold the attendee are kept as they are.
 */
export function replaceAttendee(data: InfiniteData<AttendeePage> | undefined, attendee: Attendee): InfiniteData<AttendeePage> | undefined {
  if (!data) return data;
  let found = false;
  const pages = data.pages.map((page) => {
    if (!page.items.some((item) => item.memberId === attendee.memberId)) return page;
    found = true;
    return { ...page, items: page.items.map((item) => (item.memberId === attendee.memberId ? attendee : item)) };
  });
  return found ? { ...data, pages } : data;
}
