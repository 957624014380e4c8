import { consentChannels, type ConsentChannel, type MailPreferences, type MailPreferencesBody } from '@alumni/shared';
import { isApiError } from '../../api/api-error';

/** What a mail's unsubscribe link carries: `/unsubscribe?token=…`. */
export function readPreferencesToken(params: URLSearchParams): string | null {
  const token = params.get('token')?.trim() ?? '';
  return token === '' ? null : token;
}

/**
 * A link that was tampered with, has expired, or whose member is gone all read the same, and say
 * nothing about whose it was. A malformed token is refused before it is sent, as a validation error.
 */
export const isLinkProblem = (error: unknown): boolean =>
  isApiError(error) && (error.code === 'invalid_token' || error.code === 'not_found' || error.code === 'validation_failed');

/** The channels the link's page offers: those the server returned, each once, in the usual order. */
export function shownChannels(preferences: MailPreferences): ConsentChannel[] {
  const returned = new Set(preferences.channels.map((c) => c.channel));
  return consentChannels.filter((channel) => returned.has(channel));
}

export type Granted = Partial<Record<ConsentChannel, boolean>>;

/** Each channel's consent as the server has it; a channel listed twice counts as given if either says so. */
export function grantedFrom(preferences: MailPreferences): Granted {
  const granted: Granted = {};
  for (const { channel, granted: given } of preferences.channels) granted[channel] = (granted[channel] ?? false) || given;
  return granted;
}

/** Whether the newsletter still comes; a newsletter the server does not list does not come. */
export const getsNewsletter = (preferences: MailPreferences): boolean =>
  preferences.channels.some((c) => c.channel === 'newsletter' && c.granted);

/** The save: every channel the page shows, ticked or not, so what is saved is what the person sees. */
export const preferencesBody = (token: string, channels: readonly ConsentChannel[], granted: Granted): MailPreferencesBody => ({
  token,
  channels: channels.map((channel) => ({ channel, granted: granted[channel] ?? false })),
});
