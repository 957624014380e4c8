import { z } from 'zod';
import {
  ZClaimStatus,
  ZConsentChannel,
  ZDirectoryVisibility,
  ZImportStatus,
  ZLanguage,
  ZMemberType,
  ZReturnMode,
  ZUserStatus,
  ZVerificationStatus,
} from './enums.js';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';
import { ZPassword, ZToken } from './auth.js';

/* ---- building blocks ---- */

/** The years a date in this domain may fall in: nobody worked here before 1900, and none after 2100. */
const inDomainYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2100;
};
/** A calendar date, `YYYY-MM-DD`, checked to exist. */
export const ZIsoDate = z.iso.date().refine(inDomainYears, 'Give a date between 1900 and 2100');
/** A month, `YYYY-MM`; claims name months, not days. */
export const ZMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use the form YYYY-MM')
  .refine(inDomainYears, 'Give a month between 1900 and 2100');

const ZText = (max: number) => z.string().trim().max(max);
/** Optional free text: empty means "not given" and is stored as null. */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable();

export const ZEmployeeNumber = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}._/-]+$/u, 'Letters, digits and . _ / - only');
const ZBoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** This month in Finland, `YYYY-MM`: what "now" means for claims, wherever the check runs. */
export const helsinkiMonth = (at: Date = new Date()): string => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
};

/* ---- employment ---- */

export const ZEmploymentPeriod = z.object({
  id: z.uuid(),
  department: z.string(),
  title: z.string(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  verified: z.boolean(),
});
export type EmploymentPeriod = z.infer<typeof ZEmploymentPeriod>;

/** A period a member adds to their profile; it stays unverified. */
export const ZEmploymentPeriodBody = z
  .strictObject({
    department: ZText(120).min(1),
    title: ZText(120).min(1),
    startDate: ZIsoDate,
    endDate: ZIsoDate.nullable(),
  })
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, { path: ['endDate'], message: 'The end is before the start' });
export type EmploymentPeriodBody = z.input<typeof ZEmploymentPeriodBody>;

/* ---- claims and verification ---- */

export const ZClaimBody = z
  .strictObject({
    memberType: ZMemberType,
    department: ZText(120).min(1),
    title: ZText(120).min(1),
    startMonth: ZMonth,
    /** Null while the person still works here (e.g. a retiree-to-be) is not allowed: alumni have left. */
    endMonth: ZMonth,
    employeeNumber: ZEmployeeNumber.optional(),
    note: ZText(1000).optional(),
  })
  .refine((c) => c.endMonth >= c.startMonth, { path: ['endMonth'], message: 'The end is before the start' })
  .refine((c) => c.endMonth <= helsinkiMonth(), { path: ['endMonth'], message: 'The end month is in the future' });
export type ClaimBody = z.input<typeof ZClaimBody>;

export const ZClaim = z.object({
  id: z.uuid(),
  memberType: ZMemberType,
  department: z.string(),
  title: z.string(),
  startMonth: ZMonth,
  endMonth: ZMonth.nullable(),
  employeeNumber: z.string().nullable(),
  status: ZClaimStatus,
  autoVerified: z.boolean(),
  decisionNote: z.string().nullable(),
  memberNote: z.string().nullable(),
  createdAt: ZIsoDateTime,
  decidedAt: ZIsoDateTime.nullable(),
});
export type Claim = z.infer<typeof ZClaim>;

/** What the member's status page shows. */
export const ZMembershipStatus = z.object({
  verificationStatus: ZVerificationStatus,
  claim: ZClaim.nullable(),
});
export type MembershipStatus = z.infer<typeof ZMembershipStatus>;

/** The member answers HR's question; the claim goes back to the queue. */
export const ZClaimReplyBody = z.strictObject({ note: ZText(1000).min(1) });
export type ClaimReplyBody = z.input<typeof ZClaimReplyBody>;

export const ZEmploymentRecord = z.object({
  id: z.uuid(),
  employeeNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  department: z.string(),
  title: z.string(),
  memberType: ZMemberType.nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  memberId: z.uuid().nullable(),
  invitedAt: ZIsoDateTime.nullable(),
});
export type EmploymentRecord = z.infer<typeof ZEmploymentRecord>;

/** An item in HR's approval queue: the claim, who made it, and the records closest to it. */
export const ZApprovalItem = z.object({
  claim: ZClaim,
  member: z.object({
    id: z.uuid(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    language: ZLanguage,
  }),
  /** Best first, with a 0..1 score of how well each matches. */
  candidates: z.array(ZEmploymentRecord.extend({ score: z.number() })),
});
export type ApprovalItem = z.infer<typeof ZApprovalItem>;

export const ZApprovalQuery = ZPageQuery.extend({ status: z.enum(['pending', 'info_requested']).optional() });
export type ApprovalQuery = z.input<typeof ZApprovalQuery>;
export const ZApprovalPage = page(ZApprovalItem);
export type ApprovalPage = z.infer<typeof ZApprovalPage>;

export const ZApproveBody = z.strictObject({
  /** The record HR matched the claim to, if any; its data becomes the verified period. */
  recordId: z.uuid().optional(),
});
export type ApproveBody = z.input<typeof ZApproveBody>;
export const ZRejectBody = z.strictObject({ reason: ZText(1000).min(1) });
export type RejectBody = z.input<typeof ZRejectBody>;
export const ZRequestInfoBody = z.strictObject({ question: ZText(1000).min(1) });
export type RequestInfoBody = z.input<typeof ZRequestInfoBody>;

/* ---- employment record import ---- */

export const ZImportProblem = z.object({
  line: z.number().int(),
  field: z.string().nullable(),
  /** English text for API clients; consoles translate by `code` and its `params`. */
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});
export type ImportProblem = z.infer<typeof ZImportProblem>;

export const ZRecordImport = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: ZImportStatus,
  totalRows: z.number().int(),
  validRows: z.number().int(),
  newRows: z.number().int(),
  changedRows: z.number().int(),
  unchangedRows: z.number().int(),
  processedRows: z.number().int(),
  /** Every row's problems; rows with problems are left out of the import. */
  problems: z.array(ZImportProblem),
  error: z.string().nullable(),
  createdAt: ZIsoDateTime,
  finishedAt: ZIsoDateTime.nullable(),
});
export type RecordImport = z.infer<typeof ZRecordImport>;
export const ZRecordImportPage = page(ZRecordImport.omit({ problems: true }));
export type RecordImportPage = z.infer<typeof ZRecordImportPage>;

export const ZRecordQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  department: z.string().trim().max(120).optional(),
  leftFrom: ZIsoDate.optional(),
  leftTo: ZIsoDate.optional(),
  /** `true`: only people who are not members yet. */
  notMember: ZBoolQuery.optional(),
});
export type RecordQuery = z.input<typeof ZRecordQuery>;
export const ZRecordPage = page(ZEmploymentRecord);
export type RecordPage = z.infer<typeof ZRecordPage>;

/**
 * Invite chosen records, or everyone who left in a date range and is not a member yet, in the
 * language HR picks (HR systems seldom know a person's language; Finnish when not given).
 */
export const ZInviteRecordsBody = z.union([
  z.strictObject({ recordIds: z.array(z.uuid()).min(1).max(1000), language: ZLanguage.optional() }),
  z
    .strictObject({ leftFrom: ZIsoDate, leftTo: ZIsoDate, language: ZLanguage.optional() })
    .refine((b) => b.leftTo >= b.leftFrom, { path: ['leftTo'], message: 'The end is before the start' }),
]);
export type InviteRecordsBody = z.input<typeof ZInviteRecordsBody>;
/** How many new invitations were queued, and how many people were skipped (invited before, member, no address). */
export const ZInviteResult = z.object({ invited: z.number().int(), skipped: z.number().int() });
export type InviteResult = z.infer<typeof ZInviteResult>;

/** What the invitation link pre-fills. */
export const ZInvitationPreview = z.object({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  language: ZLanguage,
  periods: z.array(z.object({ department: z.string(), title: z.string(), startDate: ZIsoDate, endDate: ZIsoDate.nullable() })),
});
export type InvitationPreview = z.infer<typeof ZInvitationPreview>;

/** Joining from an invitation: the address is proven by the mail, the employment by the record. */
export const ZJoinBody = z.strictObject({
  token: ZToken,
  password: ZPassword,
  firstName: ZText(100).min(1),
  lastName: ZText(100).min(1),
  language: ZLanguage,
});
export type JoinBody = z.input<typeof ZJoinBody>;

/* ---- profile ---- */

export const ZConsentState = z.object({
  channel: ZConsentChannel,
  granted: z.boolean(),
  /** When it was last changed; null when never given. */
  changedAt: ZIsoDateTime.nullable(),
});
export type ConsentState = z.infer<typeof ZConsentState>;

export const ZConsentHistoryEntry = z.object({
  channel: ZConsentChannel,
  granted: z.boolean(),
  source: z.string(),
  createdAt: ZIsoDateTime,
});
export type ConsentHistoryEntry = z.infer<typeof ZConsentHistoryEntry>;

/** The member's own full profile, as they edit it. */
export const ZProfile = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  language: ZLanguage,
  memberType: ZMemberType,
  headline: z.string().nullable(),
  currentEmployer: z.string().nullable(),
  currentTitle: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  bio: z.string().nullable(),
  skills: z.array(z.string()),
  openToReturn: z.boolean(),
  returnModes: z.array(ZReturnMode),
  mentor: z.boolean(),
  speaker: z.boolean(),
  directoryVisibility: ZDirectoryVisibility,
  verificationStatus: ZVerificationStatus,
  /** A versioned URL of the photo, or null. */
  photoUrl: z.string().nullable(),
  employment: z.array(ZEmploymentPeriod),
  consents: z.array(ZConsentState),
  joinedAt: ZIsoDateTime,
});
export type Profile = z.infer<typeof ZProfile>;

export const ZLinkedinUrl = z
  .string()
  .trim()
  .max(300)
  .refine((s) => /^https:\/\/([a-z]{2,3}\.)?(www\.)?linkedin\.com\/[^\s]*$/i.test(s), 'Give a https://linkedin.com/… address');
export const ZSkill = z.string().trim().min(1).max(50);
/** ISO 3166-1 alpha-2 country code. */
export const ZCountry = z.string().trim().regex(/^[A-Z]{2}$/, 'Give a two-letter country code, e.g. FI');

export const ZUpdateProfileBody = z
  .strictObject({
    firstName: ZText(100).min(1),
    lastName: ZText(100).min(1),
    language: ZLanguage,
    memberType: ZMemberType,
    headline: ZOptionalText(160),
    currentEmployer: ZOptionalText(160),
    currentTitle: ZOptionalText(160),
    city: ZOptionalText(100),
    country: z.union([ZCountry, z.literal('').transform(() => null), z.null()]),
    linkedinUrl: z.union([ZLinkedinUrl, z.literal('').transform(() => null), z.null()]),
    bio: ZOptionalText(2000),
    skills: z.array(ZSkill).max(30),
    openToReturn: z.boolean(),
    returnModes: z.array(ZReturnMode).max(6),
    mentor: z.boolean(),
    speaker: z.boolean(),
    directoryVisibility: ZDirectoryVisibility,
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateProfileBody = z.input<typeof ZUpdateProfileBody>;

export const ZUpdateConsentsBody = z.strictObject({
  consents: z.array(z.strictObject({ channel: ZConsentChannel, granted: z.boolean() })).min(1).max(5),
});
export type UpdateConsentsBody = z.input<typeof ZUpdateConsentsBody>;
export const ZConsentHistory = z.object({ items: z.array(ZConsentHistoryEntry) });

export const photoMaxBytes = 5 * 1024 * 1024;
export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

/* ---- directory ---- */

export const ZDirectoryQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  skill: z.string().trim().max(50).optional(),
  department: z.string().trim().max(120).optional(),
  city: z.string().trim().max(100).optional(),
  memberType: ZMemberType.optional(),
  mentor: ZBoolQuery.optional(),
  speaker: ZBoolQuery.optional(),
  openToReturn: ZBoolQuery.optional(),
});
export type DirectoryQuery = z.input<typeof ZDirectoryQuery>;

/** A directory card: only what the member made visible to the viewer. */
export const ZDirectoryCard = z.object({
  id: z.uuid(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  headline: z.string().nullable(),
  currentEmployer: z.string().nullable(),
  currentTitle: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  memberType: ZMemberType,
  skills: z.array(z.string()),
  departments: z.array(z.string()),
  mentor: z.boolean(),
  speaker: z.boolean(),
  photoUrl: z.string().nullable(),
});
export type DirectoryCard = z.infer<typeof ZDirectoryCard>;
export const ZDirectoryPage = page(ZDirectoryCard);
export type DirectoryPage = z.infer<typeof ZDirectoryPage>;

/** A member's profile page as another member sees it. */
export const ZPublicProfile = ZDirectoryCard.extend({
  bio: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  openToReturn: z.boolean(),
  employment: z.array(ZEmploymentPeriod),
});
export type PublicProfile = z.infer<typeof ZPublicProfile>;

/** The values the directory's filters offer. */
export const ZDirectoryFacets = z.object({
  departments: z.array(z.string()),
  cities: z.array(z.string()),
});
export type DirectoryFacets = z.infer<typeof ZDirectoryFacets>;

/* ---- HR's member console ---- */

export const ZMemberListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZUserStatus.optional(),
  memberType: ZMemberType.optional(),
  department: z.string().trim().max(120).optional(),
  verification: ZVerificationStatus.optional(),
  /** Members whose latest consent for the channel is granted. */
  consent: ZConsentChannel.optional(),
  joinedFrom: ZIsoDate.optional(),
  joinedTo: ZIsoDate.optional(),
});
export type MemberListQuery = z.input<typeof ZMemberListQuery>;

export const ZMemberListItem = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  status: ZUserStatus,
  memberType: ZMemberType,
  verificationStatus: ZVerificationStatus,
  departments: z.array(z.string()),
  city: z.string().nullable(),
  joinedAt: ZIsoDateTime,
  lastLoginAt: ZIsoDateTime.nullable(),
});
export type MemberListItem = z.infer<typeof ZMemberListItem>;
export const ZMemberPage = page(ZMemberListItem);
export type MemberPage = z.infer<typeof ZMemberPage>;

export const ZMemberInvitation = z.object({
  employeeNumber: z.string(),
  email: z.string(),
  createdAt: ZIsoDateTime,
  sentAt: ZIsoDateTime.nullable(),
  acceptedAt: ZIsoDateTime.nullable(),
});
export type MemberInvitation = z.infer<typeof ZMemberInvitation>;

/** Everything HR sees about one member; later features add their sections. */
export const ZMemberDetail = z.object({
  profile: ZProfile,
  status: ZUserStatus,
  lastLoginAt: ZIsoDateTime.nullable(),
  claims: z.array(ZClaim),
  consentHistory: z.array(ZConsentHistoryEntry),
  invitations: z.array(ZMemberInvitation),
  records: z.array(ZEmploymentRecord),
});
export type MemberDetail = z.infer<typeof ZMemberDetail>;

/** What HR may edit on a member's profile. */
export const ZStaffUpdateMemberBody = ZUpdateProfileBody;
export type StaffUpdateMemberBody = z.input<typeof ZStaffUpdateMemberBody>;

/* ---- the member's own data ---- */

/** Erasing one's account needs the password, or a code mailed to the address when there is none. */
export const ZEraseAccountBody = z.union([
  z.strictObject({ password: z.string().min(1).max(200) }),
  z.strictObject({ token: ZToken }),
]);
export type EraseAccountBody = z.input<typeof ZEraseAccountBody>;

export const ZStaffEraseBody = z.strictObject({
  /** The member's request, e.g. "mail of 2026-11-20"; kept in the audit log. */
  reason: ZText(500).min(1),
});
export type StaffEraseBody = z.input<typeof ZStaffEraseBody>;

/** The member's data export: every table's rows about them, by table name. */
export const ZDataExport = z.object({
  exportedAt: ZIsoDateTime,
  userId: z.uuid(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type DataExport = z.infer<typeof ZDataExport>;
