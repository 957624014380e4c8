import { ZRsvpAnswer, type PortalEventQuery, type RsvpAnswer } from '@alumni/shared';

export type EventScope = NonNullable<PortalEventQuery['scope']>;
export const eventScopes: readonly EventScope[] = ['upcoming', 'past', 'mine'];

/** The list the events page shows, from its URL; anything else is the upcoming events. */
export function scopeFrom(params: URLSearchParams): EventScope {
  const value = params.get('scope');
  return eventScopes.find((scope) => scope === value) ?? 'upcoming';
}

/** The events page's URL for a list: the default one needs no parameter. */
export const scopeSearch = (scope: EventScope): string => (scope === 'upcoming' ? '' : `?scope=${scope}`);

export interface RsvpLink {
  token: string | null;
  /** The button pressed in the mail, preselected on the page; nothing is answered until the person confirms. */
  answer: RsvpAnswer | null;
}

/** What an invitation mail's link carries: `/rsvp?token=…&answer=going|maybe|declined`. */
export function readRsvpLink(params: URLSearchParams): RsvpLink {
  const token = params.get('token')?.trim() ?? '';
  const answer = ZRsvpAnswer.safeParse(params.get('answer'));
  return { token: token === '' ? null : token, answer: answer.success ? answer.data : null };
}
