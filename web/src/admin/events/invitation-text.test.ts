import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import { createTranslator } from '../../i18n/translate';
import { audienceSummaryText, invitationResultText } from './invitation-text';

const t = createTranslator(en);

describe('the invitation texts', () => {
  it('sums up the audience: who is in it, who can be mailed, who is still to be invited', () => {
    expect(audienceSummaryText(t, 'en-GB', { audience: 250, reachable: 230, invited: 200, toInvite: 30 })).toBe(
      '250 members in the audience, 230 can be mailed, 30 not invited yet.',
    );
    expect(audienceSummaryText(t, 'en-GB', { audience: 1, reachable: 1, invited: 0, toInvite: 1 })).toBe('1 member in the audience, 1 can be mailed, 1 not invited yet.');
  });

  it('reports what a send did', () => {
    expect(invitationResultText(t, 'en-GB', { invited: 30, alreadyInvited: 200 })).toBe('Invited 30 members; 200 had been invited already.');
    expect(invitationResultText(t, 'en-GB', { invited: 1, alreadyInvited: 0 })).toBe('Invited 1 member; 0 had been invited already.');
    expect(invitationResultText(createTranslator(sv), 'sv-FI', { invited: 1, alreadyInvited: 4 })).toBe('1 medlem inbjuden; 4 hade redan bjudits in.');
  });
});
