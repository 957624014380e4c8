import type { EventAudience, SendInvitationsResult } from '@alumni/shared';
import { countText } from '../../i18n/plural';
import type { Translate } from '../../i18n/translate';

/** "N members in the audience, M can be mailed, K not invited yet." */
export function audienceSummaryText(t: Translate, locale: string, audience: EventAudience): string {
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return t('adminEvents.invitations.summary', {
    members: countText(t, locale, audience.audience, { one: 'adminEvents.invitations.members.one', other: 'adminEvents.invitations.members.other' }),
    reachable: t('adminEvents.invitations.reachable', { count: n(audience.reachable) }),
    toInvite: t('adminEvents.invitations.toInvite', { count: n(audience.toInvite) }),
  });
}

/** "Invited K members; J had been invited already." */
export function invitationResultText(t: Translate, locale: string, result: SendInvitationsResult): string {
  return countText(
    t,
    locale,
    result.invited,
    { one: 'adminEvents.invitations.result.one', other: 'adminEvents.invitations.result.other' },
    { already: new Intl.NumberFormat(locale).format(result.alreadyInvited) },
  );
}
