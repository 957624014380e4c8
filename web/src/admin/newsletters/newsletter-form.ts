import type { Language, LocalizedText, Newsletter, NewsletterBody, NewsletterStatus } from '@alumni/shared';

/** The newsletter editor's values as the fields hold them: the audience "everyone" as an empty string. */
export interface NewsletterFormValues {
  subject: LocalizedText;
  preheader: LocalizedText;
  body: LocalizedText;
  defaultLanguage: Language;
  /** How many upcoming events the mail lists, as the choice holds it ("0" for none). */
  events: string;
  /** The picked news posts, in the order they appear in the mail. */
  newsIds: string[];
  /** Empty for every member. */
  segmentId: string;
}

export type NewsletterTextField = 'subject' | 'preheader' | 'body';
export const newsletterTextFields: readonly NewsletterTextField[] = ['subject', 'preheader', 'body'];

/** The longest text each field takes, as the shared schema has it. */
export const textLimits: Readonly<Record<NewsletterTextField, number>> = { subject: 200, preheader: 200, body: 50_000 };

/** The most upcoming events and news posts the blocks take. */
export const maxEvents = 10;
export const maxNews = 10;
export const eventChoices: readonly number[] = Array.from({ length: maxEvents + 1 }, (_, i) => i);

const noText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export function newNewsletterValues(): NewsletterFormValues {
  return { subject: noText(), preheader: noText(), body: noText(), defaultLanguage: 'fi', events: '0', newsIds: [], segmentId: '' };
}

export function newsletterFormValues(newsletter: Newsletter): NewsletterFormValues {
  return {
    subject: { ...newsletter.subject },
    preheader: { ...newsletter.preheader },
    body: { ...newsletter.body },
    defaultLanguage: newsletter.defaultLanguage,
    events: String(newsletter.blocks.events),
    newsIds: [...newsletter.blocks.newsIds],
    segmentId: newsletter.segmentId ?? '',
  };
}

/** The whole newsletter as the API takes it; the shared schema checks it before it is sent. */
export function newsletterBody(values: NewsletterFormValues): NewsletterBody {
  return {
    subject: { ...values.subject },
    preheader: { ...values.preheader },
    body: { ...values.body },
    defaultLanguage: values.defaultLanguage,
    blocks: { events: Number(values.events), newsIds: [...values.newsIds] },
    segmentId: values.segmentId === '' ? null : values.segmentId,
  };
}

/** The saved newsletter as a body, for previewing what was saved. */
export const savedBody = (newsletter: Newsletter): NewsletterBody => newsletterBody(newsletterFormValues(newsletter));

/** Whether the form holds what was saved, so HR knows the test and the sending use what they see. */
export const sameValues = (a: NewsletterFormValues, b: NewsletterFormValues): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A news post ticked joins the end of the mail's list; unticked it leaves it. */
export function toggleNews(ids: readonly string[], id: string, on: boolean): string[] {
  if (on) return ids.includes(id) ? [...ids] : [...ids, id];
  return ids.filter((value) => value !== id);
}

/** Moves a picked news post one place earlier (-1) or later (+1) in the mail; at either end nothing moves. */
export function moveNews(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** The statuses whose progress moves on its own, so the page reads the newsletter again every few seconds. */
const liveStatuses: readonly NewsletterStatus[] = ['scheduled', 'sending', 'paused'];
export const isLive = (status: NewsletterStatus | undefined): boolean => status !== undefined && liveStatuses.includes(status);

/** Only a draft can be changed; every other status is shown as it is, with what can be done to it. */
export const isEditable = (status: NewsletterStatus): boolean => status === 'draft';

/** What HR can do to a newsletter as it stands; the server refuses anything else (409). */
export type NewsletterAction = 'edit' | 'delete' | 'testSend' | 'schedule' | 'cancel' | 'pause' | 'resume' | 'retryFailed';

export function availableActions(newsletter: Pick<Newsletter, 'status' | 'progress'>): NewsletterAction[] {
  const retry: NewsletterAction[] = newsletter.progress.failed > 0 ? ['retryFailed'] : [];
  switch (newsletter.status) {
    case 'draft':
      return ['edit', 'testSend', 'schedule', 'delete'];
    case 'scheduled':
      return ['testSend', 'cancel'];
    case 'sending':
      return ['pause', ...retry];
    case 'paused':
      return ['resume', ...retry];
    case 'sent':
      return retry;
    case 'cancelled':
      return [];
  }
}

/** Whether the sending figures mean anything yet: once deliveries are written, or the sending has begun. */
export const showsProgress = (newsletter: Pick<Newsletter, 'status' | 'progress'>): boolean =>
  newsletter.progress.recipients > 0 || newsletter.status === 'sending' || newsletter.status === 'paused' || newsletter.status === 'sent';

/** Opens, clicks and links are reported once the mail has started to go out. */
export const showsStats = (status: NewsletterStatus): boolean => status === 'sending' || status === 'paused' || status === 'sent';

/** The time a list shows for a newsletter, and what it is: when it went, goes or was last edited. */
export type ListTimeKind = 'finished' | 'started' | 'scheduled' | 'edited';

export function listTime(newsletter: Pick<Newsletter, 'status' | 'scheduledAt' | 'startedAt' | 'finishedAt' | 'updatedAt'>): { iso: string; kind: ListTimeKind } {
  if (newsletter.status === 'sent' && newsletter.finishedAt) return { iso: newsletter.finishedAt, kind: 'finished' };
  if ((newsletter.status === 'sent' || newsletter.status === 'sending' || newsletter.status === 'paused') && newsletter.startedAt) {
    return { iso: newsletter.startedAt, kind: 'started' };
  }
  if (newsletter.status === 'scheduled' && newsletter.scheduledAt) return { iso: newsletter.scheduledAt, kind: 'scheduled' };
  return { iso: newsletter.updatedAt, kind: 'edited' };
}
