import { z } from 'zod';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';
import { ZConsentChannel, ZLanguage, languages } from './enums.js';
import { ZLocalDateTime, ZLocalizedText, ZTimeZone, defaultTimeZone, type LocalizedText } from './events.js';

/* ---- placeholders ---- */

/** What a newsletter's text may ask for, written `{{first_name}}`; anything else is refused when saved. */
export const newsletterPlaceholders = ['first_name', 'last_name', 'org_name'] as const;
export type NewsletterPlaceholder = (typeof newsletterPlaceholders)[number];
const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text uses that are not known, each once, in the order they appear. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const m of text.matchAll(placeholderPattern)) {
    const name = m[1] ?? '';
    if (!(newsletterPlaceholders as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/* ---- news posts ---- */

export const newsStatuses = ['draft', 'published'] as const;
export const ZNewsStatus = z.enum(newsStatuses);
export type NewsStatus = z.infer<typeof ZNewsStatus>;

const hasText = (t: LocalizedText) => languages.some((l) => t[l] !== '');

export const ZNewsPostBody = z
  .strictObject({
    title: ZLocalizedText(160),
    /** Markdown; raw HTML is not rendered. */
    body: ZLocalizedText(4000),
    status: ZNewsStatus.default('draft'),
  })
  .superRefine((p, ctx) => {
    if (!hasText(p.title)) ctx.addIssue({ code: 'custom', path: ['title', 'fi'], message: 'Give the title in at least one language' });
  });
export type NewsPostBody = z.input<typeof ZNewsPostBody>;

export const ZNewsPost = z.object({
  id: z.uuid(),
  title: ZLocalizedText(160),
  body: ZLocalizedText(4000),
  status: ZNewsStatus,
  publishedAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type NewsPost = z.infer<typeof ZNewsPost>;
export const ZNewsPostPage = page(ZNewsPost);
export type NewsPostPage = z.infer<typeof ZNewsPostPage>;
export const ZNewsQuery = ZPageQuery.extend({ status: ZNewsStatus.optional() });
export type NewsQuery = z.input<typeof ZNewsQuery>;

/** A published post as a member reads it, in their language, the Markdown rendered to safe HTML. */
export const ZPortalNewsPost = z.object({
  id: z.uuid(),
  title: z.string(),
  html: z.string(),
  publishedAt: ZIsoDateTime,
});
export type PortalNewsPost = z.infer<typeof ZPortalNewsPost>;
export const ZPortalNewsPage = page(ZPortalNewsPost);
export type PortalNewsPage = z.infer<typeof ZPortalNewsPage>;

/* ---- newsletters ---- */

export const newsletterStatuses = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled'] as const;
export const ZNewsletterStatus = z.enum(newsletterStatuses);
export type NewsletterStatus = z.infer<typeof ZNewsletterStatus>;

/** Blocks placed after the body: upcoming published events, and news posts HR picks. */
export const ZNewsletterBlocks = z.strictObject({
  /** How many upcoming events to list; 0 for none. */
  events: z.number().int().min(0).max(10).default(0),
  /** News posts, in this order; each must be published when the issue is sent. */
  newsIds: z.array(z.uuid()).max(10).default([]),
});
export type NewsletterBlocks = z.output<typeof ZNewsletterBlocks>;

const emptyBlocks: NewsletterBlocks = { events: 0, newsIds: [] };

export const ZNewsletterBody = z
  .strictObject({
    subject: ZLocalizedText(200),
    /** The line mail clients show after the subject. */
    preheader: ZLocalizedText(200),
    /** Markdown; raw HTML is not rendered. */
    body: ZLocalizedText(50_000),
    /** The language read by members whose own language has no text. */
    defaultLanguage: ZLanguage.default('fi'),
    blocks: ZNewsletterBlocks.default(emptyBlocks),
    /** The audience: a saved segment, or null for every member. */
    segmentId: z.uuid().nullable().default(null),
  })
  .superRefine((n, ctx) => {
    if (!n.subject[n.defaultLanguage]) ctx.addIssue({ code: 'custom', path: ['subject', n.defaultLanguage], message: 'Give the subject in the default language' });
    if (!n.body[n.defaultLanguage]) ctx.addIssue({ code: 'custom', path: ['body', n.defaultLanguage], message: 'Give the text in the default language' });
    for (const field of ['subject', 'preheader', 'body'] as const) {
      for (const l of languages) {
        const unknown = unknownPlaceholders(n[field][l]);
        if (unknown.length) {
          ctx.addIssue({
            code: 'custom',
            path: [field, l],
            message: `Unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(', ')}: use ${newsletterPlaceholders.map((p) => `{{${p}}}`).join(', ')}`,
          });
        }
      }
    }
  });
export type NewsletterBody = z.input<typeof ZNewsletterBody>;

export const ZNewsletterProgress = z.object({
  /** Delivery rows written at the start. */
  recipients: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  bounced: z.number().int(),
  /** Unsubscribed, suppressed or no longer active when their turn came. */
  skipped: z.number().int(),
  /** Still queued or being sent. */
  left: z.number().int(),
});
export type NewsletterProgress = z.infer<typeof ZNewsletterProgress>;

export const ZNewsletter = z.object({
  id: z.uuid(),
  status: ZNewsletterStatus,
  subject: ZLocalizedText(200),
  preheader: ZLocalizedText(200),
  body: ZLocalizedText(50_000),
  defaultLanguage: ZLanguage,
  blocks: ZNewsletterBlocks,
  segmentId: z.uuid().nullable(),
  segmentName: z.string().nullable(),
  /** When it is to be sent (scheduled), or was started. */
  scheduledAt: ZIsoDateTime.nullable(),
  timeZone: z.string(),
  startedAt: ZIsoDateTime.nullable(),
  finishedAt: ZIsoDateTime.nullable(),
  progress: ZNewsletterProgress,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type Newsletter = z.infer<typeof ZNewsletter>;
export const ZNewsletterPage = page(ZNewsletter);
export type NewsletterPage = z.infer<typeof ZNewsletterPage>;
export const ZNewsletterQuery = ZPageQuery.extend({ status: ZNewsletterStatus.optional() });
export type NewsletterQuery = z.input<typeof ZNewsletterQuery>;

/** The preview: what a member of the language gets, from the same code that renders the mail. */
export const ZNewsletterPreviewBody = z.strictObject({
  newsletter: z.lazy(() => ZNewsletterBody),
  language: ZLanguage,
});
export type NewsletterPreviewBody = z.input<typeof ZNewsletterPreviewBody>;
export const ZNewsletterPreview = z.object({ subject: z.string(), preheader: z.string(), html: z.string(), text: z.string() });
export type NewsletterPreview = z.infer<typeof ZNewsletterPreview>;

export const ZTestSendBody = z.strictObject({
  /** Up to five addresses; none for the author's own. */
  to: z.array(z.email().max(254)).max(5).default([]),
  language: ZLanguage.optional(),
});
export type TestSendBody = z.input<typeof ZTestSendBody>;
export const ZTestSendResult = z.object({ sentTo: z.array(z.string()) });
export type TestSendResult = z.infer<typeof ZTestSendResult>;

export const ZScheduleBody = z.strictObject({
  /** Wall-clock time in `timeZone`; null to send now. */
  at: ZLocalDateTime.nullable(),
  timeZone: ZTimeZone.default(defaultTimeZone),
  /** HR has seen the cadence warnings and sends anyway. */
  acceptCadenceWarnings: z.boolean().default(false),
});
export type ScheduleBody = z.input<typeof ZScheduleBody>;

export const ZNewsletterAudience = z.object({
  /** Active, verified members the audience holds. */
  members: z.number().int(),
  /** Of them, those with the newsletter consent and an address not suppressed: who it goes to. */
  reachable: z.number().int(),
});
export type NewsletterAudience = z.infer<typeof ZNewsletterAudience>;

export const ZLinkClicks = z.object({ url: z.string(), clicks: z.number().int(), clickers: z.number().int() });
export const ZNewsletterStats = z.object({
  recipients: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  bounced: z.number().int(),
  skipped: z.number().int(),
  /** Of the members with the tracking consent. */
  tracked: z.number().int(),
  opened: z.number().int(),
  clicked: z.number().int(),
  unsubscribed: z.number().int(),
  links: z.array(ZLinkClicks),
});
export type NewsletterStats = z.infer<typeof ZNewsletterStats>;

/* ---- the plan against the cadence policy ---- */

export const ZCadencePolicy = z
  .strictObject({
    minPerYear: z.number().int().min(0).max(52),
    maxPerYear: z.number().int().min(1).max(52),
  })
  .refine((p) => p.maxPerYear >= p.minPerYear, { path: ['maxPerYear'], message: 'The most is below the least' });
export type CadencePolicy = z.infer<typeof ZCadencePolicy>;
export const defaultCadence: CadencePolicy = { minPerYear: 2, maxPerYear: 4 };

export const cadenceWarningCodes = ['too_many', 'gap_too_long'] as const;
export const ZCadenceWarning = z.object({
  code: z.enum(cadenceWarningCodes),
  /** The twelve months that hold too many, or the gap's two ends. */
  from: ZIsoDateTime,
  to: ZIsoDateTime,
  /** Issues in the twelve months, or days of the gap. */
  count: z.number().int(),
});
export type CadenceWarning = z.infer<typeof ZCadenceWarning>;

export const ZPlanItem = z.object({ id: z.uuid(), subject: z.string(), status: ZNewsletterStatus, at: ZIsoDateTime });
export const ZNewsletterPlan = z.object({
  year: z.number().int(),
  policy: ZCadencePolicy,
  /** Sent, sending and scheduled issues of the year, in time order. */
  items: z.array(ZPlanItem),
  sent: z.number().int(),
  scheduled: z.number().int(),
  /** What breaks the policy as things stand, or would with the proposed time. */
  warnings: z.array(ZCadenceWarning),
  /** The latest the next issue can go without a gap over the policy's; null when none was sent or planned. */
  nextDue: ZIsoDateTime.nullable(),
});
export type NewsletterPlan = z.infer<typeof ZNewsletterPlan>;
export const ZPlanQuery = z.strictObject({
  year: z.coerce.number<number | string>().int().min(2000).max(2100).optional(),
  /** A proposed send time to check (wall-clock in `timeZone`), and the issue it is for. */
  at: ZLocalDateTime.optional(),
  timeZone: ZTimeZone.default(defaultTimeZone),
  newsletterId: z.uuid().optional(),
});
export type PlanQuery = z.input<typeof ZPlanQuery>;

/* ---- the portal archive ---- */

export const ZArchiveItem = z.object({ id: z.uuid(), subject: z.string(), preheader: z.string(), sentAt: ZIsoDateTime });
export const ZArchivePage = page(ZArchiveItem);
export type ArchivePage = z.infer<typeof ZArchivePage>;
export const ZArchiveIssue = ZArchiveItem.extend({ html: z.string() });
export type ArchiveIssue = z.infer<typeof ZArchiveIssue>;

/* ---- unsubscribe and preferences by the mail's link ---- */

export const ZPreferencesToken = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) });
export type PreferencesToken = z.infer<typeof ZPreferencesToken>;
/** What the link's page shows: the address half hidden, and the mail channels' consents. */
export const ZMailPreferences = z.object({
  email: z.string(),
  channels: z.array(z.object({ channel: ZConsentChannel, granted: z.boolean() })),
});
export type MailPreferences = z.infer<typeof ZMailPreferences>;
export const ZMailPreferencesBody = ZPreferencesToken.extend({
  channels: z.array(z.strictObject({ channel: ZConsentChannel, granted: z.boolean() })).min(1).max(5),
});
export type MailPreferencesBody = z.input<typeof ZMailPreferencesBody>;
