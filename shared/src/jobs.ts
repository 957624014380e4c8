import { z } from 'zod';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';
import { ZLanguage, languages } from './enums.js';
import { ZLocalizedText, type LocalizedText } from './events.js';
import { ZIsoDate } from './membership.js';

/* ---- postings ---- */

export const jobTypes = ['full_time', 'part_time', 'project', 'summer', 'substitute', 'flexible'] as const;
export const ZJobType = z.enum(jobTypes);
export type JobType = z.infer<typeof ZJobType>;

export const jobStatuses = ['draft', 'published', 'closed'] as const;
export const ZJobStatus = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof ZJobStatus>;

const hasText = (t: LocalizedText) => languages.some((l) => t[l] !== '');

const ZHttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((u) => /^https?:\/\//i.test(u), { message: 'Give an http or https address' });

const ZShortText = (max: number) => z.string().trim().min(1).max(max);

/** What a recruiter writes; open and close are calendar days in Europe/Helsinki. */
export const ZJobBody = z
  .strictObject({
    title: ZLocalizedText(160),
    /** Markdown; raw HTML is not rendered. */
    description: ZLocalizedText(10_000),
    department: ZShortText(120),
    location: ZShortText(120),
    remote: z.boolean().default(false),
    type: ZJobType,
    opensOn: ZIsoDate,
    closesOn: ZIsoDate.nullable().default(null),
    status: ZJobStatus.default('draft'),
    /** The recruiter members may contact; staff user id. Defaults to the author. */
    contactId: z.uuid().nullable().default(null),
    applyUrl: ZHttpUrl.nullable().default(null),
  })
  .superRefine((j, ctx) => {
    if (!hasText(j.title)) ctx.addIssue({ code: 'custom', path: ['title', 'fi'], message: 'Give the title in at least one language' });
    if (j.closesOn && j.closesOn < j.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'The closing day is before the opening day' });
  });
export type JobBody = z.input<typeof ZJobBody>;

export const ZJobContact = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type JobContact = z.infer<typeof ZJobContact>;

export const ZJobCounts = z.object({ interests: z.number().int(), referrals: z.number().int(), shareVisits: z.number().int() });
export type JobCounts = z.infer<typeof ZJobCounts>;

export const ZAdminJob = z.object({
  id: z.uuid(),
  title: ZLocalizedText(160),
  description: ZLocalizedText(10_000),
  department: z.string(),
  location: z.string(),
  remote: z.boolean(),
  type: ZJobType,
  opensOn: ZIsoDate,
  closesOn: ZIsoDate.nullable(),
  /** What members see: `closed` also once the closing day has passed. */
  status: ZJobStatus,
  contact: ZJobContact.nullable(),
  applyUrl: z.string().nullable(),
  counts: ZJobCounts,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type AdminJob = z.infer<typeof ZAdminJob>;
export const ZAdminJobPage = page(ZAdminJob);
export type AdminJobPage = z.infer<typeof ZAdminJobPage>;
export const ZAdminJobQuery = ZPageQuery.extend({ status: ZJobStatus.optional() });
export type AdminJobQuery = z.input<typeof ZAdminJobQuery>;

/* ---- the job board ---- */

const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZJobBoardQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  type: ZJobType.optional(),
  department: z.string().trim().max(120).optional(),
  location: z.string().trim().max(120).optional(),
  remote: ZFlag.optional(),
});
export type JobBoardQuery = z.input<typeof ZJobBoardQuery>;

/** A published, open posting as a member reads it, in their language. */
export const ZBoardJob = z.object({
  id: z.uuid(),
  title: z.string(),
  department: z.string(),
  location: z.string(),
  remote: z.boolean(),
  type: ZJobType,
  opensOn: ZIsoDate,
  closesOn: ZIsoDate.nullable(),
  /** The member's own interest in it, if they raised a hand. */
  interested: z.boolean(),
});
export type BoardJob = z.infer<typeof ZBoardJob>;
export const ZBoardJobPage = page(ZBoardJob);
export type BoardJobPage = z.infer<typeof ZBoardJobPage>;

export const ZBoardFacets = z.object({ departments: z.array(z.string()), locations: z.array(z.string()) });
export type BoardFacets = z.infer<typeof ZBoardFacets>;

export const ZJobPage = ZBoardJob.extend({
  html: z.string(),
  status: ZJobStatus,
  language: ZLanguage,
  contact: z.object({ name: z.string(), email: z.string() }).nullable(),
  applyUrl: z.string().nullable(),
  interest: z.lazy(() => ZOwnInterest).nullable(),
});
export type JobPage = z.infer<typeof ZJobPage>;

/* ---- interests ---- */

export const interestStatuses = ['new', 'in_review', 'contacted', 'declined', 'hired', 'withdrawn'] as const;
export const ZInterestStatus = z.enum(interestStatuses);
export type InterestStatus = z.infer<typeof ZInterestStatus>;

export const ZInterestBody = z.strictObject({
  message: z.string().trim().max(2000).default(''),
  /** The share code of the link that brought the member here, if any. */
  via: z.string().max(40).nullable().default(null),
});
export type InterestBody = z.input<typeof ZInterestBody>;

/** A CV sent with an interest: a PDF of at most this many bytes. */
export const cvMaxBytes = 5 * 1024 * 1024;
export const ZCvInfo = z.object({ fileName: z.string(), bytes: z.number().int(), uploadedAt: ZIsoDateTime });
export type CvInfo = z.infer<typeof ZCvInfo>;

export const ZOwnInterest = z.object({
  jobId: z.uuid(),
  cv: ZCvInfo.nullable(),
  jobTitle: z.string(),
  message: z.string(),
  status: ZInterestStatus,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type OwnInterest = z.infer<typeof ZOwnInterest>;

/** Staff may move an interest along; only the member withdraws it. */
export const staffInterestStatuses = ['new', 'in_review', 'contacted', 'declined', 'hired'] as const;
export const ZInterestStatusBody = z.strictObject({ status: z.enum(staffInterestStatuses) });

export const ZStaffInterest = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  member: z.object({ userId: z.uuid(), name: z.string(), email: z.string() }),
  message: z.string(),
  status: ZInterestStatus,
  cv: ZCvInfo.nullable(),
  /** The member whose share link brought this one, if any. */
  sharedBy: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type StaffInterest = z.infer<typeof ZStaffInterest>;

/* ---- referrals ---- */

export const referralStatuses = ['new', 'contacted', 'applied', 'hired', 'declined'] as const;
export const ZReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof ZReferralStatus>;

export const ZReferralBody = z.strictObject({
  name: ZShortText(160),
  email: z.email().max(254).transform((e) => e.trim().toLowerCase()),
  relation: ZShortText(160),
  note: z.string().trim().max(2000).default(''),
});
export type ReferralBody = z.input<typeof ZReferralBody>;

export const ZOwnReferral = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  name: z.string(),
  email: z.string(),
  relation: z.string(),
  note: z.string(),
  status: ZReferralStatus,
  createdAt: ZIsoDateTime,
});
export type OwnReferral = z.infer<typeof ZOwnReferral>;

export const ZStaffReferral = ZOwnReferral.extend({
  referrer: z.object({ userId: z.uuid(), name: z.string() }),
  /** The candidate's address already belongs to a member. */
  candidateIsMember: z.boolean(),
});
export type StaffReferral = z.infer<typeof ZStaffReferral>;
export const ZReferralStatusBody = z.strictObject({ status: ZReferralStatus });

export const ZOwnJobActivity = z.object({ interests: z.array(ZOwnInterest), referrals: z.array(ZOwnReferral) });
export type OwnJobActivity = z.infer<typeof ZOwnJobActivity>;

export const ZJobResponses = z.object({ interests: z.array(ZStaffInterest), referrals: z.array(ZStaffReferral) });
export type JobResponses = z.infer<typeof ZJobResponses>;

/* ---- share links ---- */

/** A share code: 16 url-safe characters, one per member and posting. */
export const ZShareCode = z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'Not a share code');
export const ZShareLink = z.object({ code: ZShareCode, url: z.string(), visits: z.number().int(), interests: z.number().int() });
export type ShareLink = z.infer<typeof ZShareLink>;

/* ---- job alerts ---- */

export const alertFrequencies = ['immediate', 'weekly'] as const;
export const ZAlertFrequency = z.enum(alertFrequencies);
export type AlertFrequency = z.infer<typeof ZAlertFrequency>;

/** A member's saved criteria; an empty list matches anything. Mail goes only with the `job_alerts` consent. */
export const ZJobAlertBody = z.strictObject({
  types: z.array(ZJobType).max(jobTypes.length).default([]),
  departments: z.array(ZShortText(120)).max(20).default([]),
  locations: z.array(ZShortText(120)).max(20).default([]),
  remoteOnly: z.boolean().default(false),
  q: z.string().trim().max(200).default(''),
  frequency: ZAlertFrequency.default('weekly'),
});
export type JobAlertBody = z.input<typeof ZJobAlertBody>;

export const ZJobAlert = z.object({
  types: z.array(ZJobType),
  departments: z.array(z.string()),
  locations: z.array(z.string()),
  remoteOnly: z.boolean(),
  q: z.string(),
  frequency: ZAlertFrequency,
  /** Whether the member's `job_alerts` consent is in force, without which nothing is mailed. */
  consent: z.boolean(),
  updatedAt: ZIsoDateTime,
});
export type JobAlert = z.infer<typeof ZJobAlert>;
