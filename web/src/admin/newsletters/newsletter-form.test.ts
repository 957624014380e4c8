import { describe, expect, it } from 'vitest';
import { ZNewsletterBody, type Newsletter } from '@alumni/shared';
import {
  availableActions,
  isEditable,
  isLive,
  listTime,
  moveNews,
  newNewsletterValues,
  newsletterBody,
  newsletterFormValues,
  sameValues,
  savedBody,
  showsProgress,
  showsStats,
  toggleNews,
} from './newsletter-form';

const newsA = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const newsB = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const newsC = '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';

const testNewsletter: Newsletter = {
  id: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
  status: 'draft',
  subject: { fi: 'Kevään kuulumiset', sv: 'Vårens nyheter', en: '' },
  preheader: { fi: 'Hei {{first_name}}!', sv: '', en: '' },
  body: { fi: 'Tervetuloa **kevääseen**.', sv: 'Välkommen.', en: '' },
  defaultLanguage: 'fi',
  blocks: { events: 3, newsIds: [newsA, newsB] },
  segmentId: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  segmentName: 'Finance alumni',
  scheduledAt: null,
  timeZone: 'Europe/Helsinki',
  startedAt: null,
  finishedAt: null,
  progress: { recipients: 0, sent: 0, failed: 0, bounced: 0, skipped: 0, left: 0 },
  createdAt: '2026-03-01T09:00:00.000+02:00',
  updatedAt: '2026-03-02T10:30:00.000+02:00',
};

describe('the newsletter form', () => {
  it('starts a new newsletter in Finnish, for every member, with no blocks', () => {
    const body = newsletterBody(newNewsletterValues());
    expect(body).toEqual({
      subject: { fi: '', sv: '', en: '' },
      preheader: { fi: '', sv: '', en: '' },
      body: { fi: '', sv: '', en: '' },
      defaultLanguage: 'fi',
      blocks: { events: 0, newsIds: [] },
      segmentId: null,
    });
  });

  it('gives back what was saved, which the shared schema accepts', () => {
    const values = newsletterFormValues(testNewsletter);
    expect(values.events).toBe('3');
    expect(values.segmentId).toBe(testNewsletter.segmentId);
    const body = newsletterBody(values);
    expect(body.blocks).toEqual({ events: 3, newsIds: [newsA, newsB] });
    expect(ZNewsletterBody.safeParse(body).success).toBe(true);
    expect(savedBody(testNewsletter)).toEqual(body);
  });

  it('does not share the saved texts with the form, so typing does not change the cached newsletter', () => {
    const values = newsletterFormValues(testNewsletter);
    values.subject.fi = 'Muutettu';
    values.newsIds.push(newsC);
    expect(testNewsletter.subject.fi).toBe('Kevään kuulumiset');
    expect(testNewsletter.blocks.newsIds).toHaveLength(2);
  });

  it('sends "every member" as no segment', () => {
    expect(newsletterBody({ ...newNewsletterValues(), segmentId: '' }).segmentId).toBeNull();
  });

  it('tells changed values from saved ones', () => {
    const saved = newsletterFormValues(testNewsletter);
    expect(sameValues(saved, newsletterFormValues(testNewsletter))).toBe(true);
    expect(sameValues(saved, { ...saved, body: { ...saved.body, en: 'Welcome.' } })).toBe(false);
  });
});

describe('the news block', () => {
  it('adds a ticked post at the end and takes an unticked one out', () => {
    expect(toggleNews([newsA], newsB, true)).toEqual([newsA, newsB]);
    expect(toggleNews([newsA, newsB], newsB, true)).toEqual([newsA, newsB]);
    expect(toggleNews([newsA, newsB], newsA, false)).toEqual([newsB]);
  });

  it('moves a post one place up or down, and nowhere past the ends', () => {
    expect(moveNews([newsA, newsB, newsC], newsC, -1)).toEqual([newsA, newsC, newsB]);
    expect(moveNews([newsA, newsB, newsC], newsA, 1)).toEqual([newsB, newsA, newsC]);
    expect(moveNews([newsA, newsB], newsA, -1)).toEqual([newsA, newsB]);
    expect(moveNews([newsA, newsB], newsB, 1)).toEqual([newsA, newsB]);
    expect(moveNews([newsA], newsB, 1)).toEqual([newsA]);
  });
});

describe('what a newsletter allows as it stands', () => {
  const failed = { ...testNewsletter.progress, recipients: 10, sent: 8, failed: 2 };

  it('edits, tests, schedules and deletes only drafts', () => {
    expect(availableActions(testNewsletter)).toEqual(['edit', 'testSend', 'schedule', 'delete']);
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('scheduled')).toBe(false);
  });

  it('cancels a schedule, pauses a sending, resumes a paused one', () => {
    expect(availableActions({ ...testNewsletter, status: 'scheduled' })).toEqual(['testSend', 'cancel']);
    expect(availableActions({ ...testNewsletter, status: 'sending' })).toEqual(['pause']);
    expect(availableActions({ ...testNewsletter, status: 'paused' })).toEqual(['resume']);
    expect(availableActions({ ...testNewsletter, status: 'cancelled' })).toEqual([]);
  });

  it('offers a retry only when deliveries failed', () => {
    expect(availableActions({ ...testNewsletter, status: 'sent' })).toEqual([]);
    expect(availableActions({ status: 'sent', progress: failed })).toEqual(['retryFailed']);
    expect(availableActions({ status: 'paused', progress: failed })).toEqual(['resume', 'retryFailed']);
  });

  it('reads again every few seconds only while the sending moves on its own', () => {
    expect(['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled'].map((s) => isLive(s as Newsletter['status']))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(isLive(undefined)).toBe(false);
  });

  it('shows the progress once deliveries exist, and the results once the mail has started to go', () => {
    expect(showsProgress(testNewsletter)).toBe(false);
    expect(showsProgress({ status: 'scheduled', progress: testNewsletter.progress })).toBe(false);
    expect(showsProgress({ status: 'sending', progress: testNewsletter.progress })).toBe(true);
    expect(showsProgress({ status: 'scheduled', progress: failed })).toBe(true);
    expect(showsStats('sent')).toBe(true);
    expect(showsStats('scheduled')).toBe(false);
  });
});

describe('the time a list shows', () => {
  it('is when the sending finished, started or is due, else the last edit', () => {
    const at = { scheduledAt: '2026-04-01T06:00:00.000Z', startedAt: '2026-04-01T06:00:05.000Z', finishedAt: '2026-04-01T06:20:00.000Z', updatedAt: '2026-03-02T08:30:00.000Z' };
    expect(listTime({ ...at, status: 'sent' })).toEqual({ iso: at.finishedAt, kind: 'finished' });
    expect(listTime({ ...at, status: 'sending' })).toEqual({ iso: at.startedAt, kind: 'started' });
    expect(listTime({ ...at, status: 'sent', finishedAt: null })).toEqual({ iso: at.startedAt, kind: 'started' });
    expect(listTime({ ...at, status: 'scheduled' })).toEqual({ iso: at.scheduledAt, kind: 'scheduled' });
    expect(listTime({ ...at, status: 'draft' })).toEqual({ iso: at.updatedAt, kind: 'edited' });
  });
});
