import { describe, expect, it } from 'vitest';
import type { NewsletterStats } from '@alumni/shared';
import { en } from '../../i18n/en';
import { fi } from '../../i18n/fi';
import { createTranslator } from '../../i18n/translate';
import { audienceText, handledCount, percentText, progressText, sendNowQuestion, trackingText } from './sending-figures';

const t = createTranslator(en);

const stats = (overrides: Partial<NewsletterStats> = {}): NewsletterStats => ({
  recipients: 1200,
  sent: 1180,
  failed: 5,
  bounced: 10,
  skipped: 5,
  tracked: 400,
  opened: 220,
  clicked: 61,
  unsubscribed: 3,
  links: [],
  ...overrides,
});

describe('the sending’s progress', () => {
  const progress = { recipients: 1200, sent: 600, failed: 3, bounced: 2, skipped: 5, left: 590 };

  it('counts what is done, whichever way it went', () => {
    expect(handledCount(progress)).toBe(610);
    expect(handledCount({ ...progress, recipients: 0, left: 0 })).toBe(0);
    expect(handledCount({ ...progress, left: 1300 })).toBe(0);
  });

  it('says how far it is, numbers as the language writes them', () => {
    expect(progressText(t, 'en-GB', progress)).toBe('Sent 600 of 1,200; 590 still to go.');
    expect(progressText(createTranslator(fi), 'fi-FI', progress)).toBe('Lähetetty 600/1\u00a0200; jäljellä 590.');
  });
});

describe('opens and clicks', () => {
  it('are shares of those who allowed tracking', () => {
    expect(trackingText(t, 'en-GB', stats())).toBe(
      'Of the 400 recipients who allowed tracking, 220 opened the mail (55%) and 61 clicked a link (15.3%).',
    );
    expect(trackingText(t, 'en-GB', stats({ tracked: 1, opened: 1, clicked: 0 }))).toBe(
      'Of the 1 recipient who allowed tracking, 1 opened the mail (100%) and 0 clicked a link (0%).',
    );
  });

  it('are not known when no one allowed tracking', () => {
    expect(trackingText(t, 'en-GB', stats({ tracked: 0, opened: 0, clicked: 0 }))).toBe(
      'No recipient has allowed tracking, so opens and clicks are not known.',
    );
    expect(percentText('en-GB', 3, 0)).toBe('–');
    expect(percentText('fi-FI', 1, 4)).toBe('25\u00a0%');
  });
});

describe('the audience', () => {
  it('says how many the newsletter goes to, of how many', () => {
    expect(audienceText(t, 'en-GB', { members: 30, reachable: 12 })).toBe('Goes to 12 members (30 members in the audience).');
    expect(audienceText(t, 'en-GB', { members: 1, reachable: 1 })).toBe('Goes to 1 member (1 member in the audience).');
    expect(audienceText(createTranslator(fi), 'fi-FI', { members: 1, reachable: 0 })).toBe('Lähtee 0 jäsenelle (kohderyhmässä 1 jäsen).');
  });

  it('asks before sending now, to how many', () => {
    expect(sendNowQuestion(t, 'en-GB', 12)).toBe('Send the newsletter to 12 members now? It cannot be taken back, but the sending can be paused.');
    expect(sendNowQuestion(t, 'en-GB', null)).toBe('Send the newsletter to its audience now? It cannot be taken back, but the sending can be paused.');
  });
});
