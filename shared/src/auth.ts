import { z } from 'zod';
import { ZLanguage, ZRole, ZStaffRole, ZUserStatus } from './enums.js';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';

export const passwordMinLength = 10;
export const passwordMaxLength = 200;

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

export const ZPassword = z.string().min(passwordMinLength).max(passwordMaxLength);
export const ZToken = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/);
const ZName = z.string().trim().min(1).max(100);

export const ZUser = z.object({
  id: z.uuid(),
  email: z.string(),
  role: ZRole,
  status: ZUserStatus,
  language: ZLanguage,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  emailVerified: z.boolean(),
  createdAt: ZIsoDateTime,
  lastLoginAt: ZIsoDateTime.nullable(),
});
export type User = z.infer<typeof ZUser>;

export const ZSessionInfo = z.object({ user: ZUser, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof ZSessionInfo>;

export const ZRegisterBody = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  firstName: ZName,
  lastName: ZName,
  language: ZLanguage,
});
export type RegisterBody = z.input<typeof ZRegisterBody>;

export const ZLoginBody = z.strictObject({ email: ZEmail, password: z.string().min(1).max(passwordMaxLength) });
export type LoginBody = z.input<typeof ZLoginBody>;

export const ZEmailOnlyBody = z.strictObject({ email: ZEmail, language: ZLanguage.optional() });
export type EmailOnlyBody = z.input<typeof ZEmailOnlyBody>;

export const ZTokenBody = z.strictObject({ token: ZToken });
export type TokenBody = z.input<typeof ZTokenBody>;

export const ZResetPasswordBody = z.strictObject({ token: ZToken, password: ZPassword });
export type ResetPasswordBody = z.input<typeof ZResetPasswordBody>;

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(passwordMaxLength),
  newPassword: ZPassword,
});
export type ChangePasswordBody = z.input<typeof ZChangePasswordBody>;

export const ZChangeEmailBody = z.strictObject({ newEmail: ZEmail, password: z.string().min(1).max(passwordMaxLength) });
export type ChangeEmailBody = z.input<typeof ZChangeEmailBody>;

export const ZUpdateAccountBody = z
  .strictObject({ firstName: ZName, lastName: ZName, language: ZLanguage })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to change' });
export type UpdateAccountBody = z.input<typeof ZUpdateAccountBody>;

export const ZAcceptInviteBody = z.strictObject({
  token: ZToken,
  password: ZPassword,
  firstName: ZName,
  lastName: ZName,
});
export type AcceptInviteBody = z.input<typeof ZAcceptInviteBody>;

export const ZAccepted = z.object({ accepted: z.literal(true) });

/** A signed-in device as its owner sees it in account settings. */
export const ZAccountSession = z.object({
  id: z.uuid(),
  createdAt: ZIsoDateTime,
  lastSeenAt: ZIsoDateTime,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof ZAccountSession>;
export const ZAccountSessions = z.object({ items: z.array(ZAccountSession) });
export type AccountSessions = z.infer<typeof ZAccountSessions>;

/* ---- staff administration ---- */

export const ZStaffListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: ZStaffRole.optional(),
  status: ZUserStatus.optional(),
});
export type StaffListQuery = z.input<typeof ZStaffListQuery>;
export const ZStaffPage = page(ZUser);
export type StaffPage = z.infer<typeof ZStaffPage>;

export const ZInviteStaffBody = z.strictObject({ email: ZEmail, role: ZStaffRole, language: ZLanguage });
export type InviteStaffBody = z.input<typeof ZInviteStaffBody>;

export const ZChangeRoleBody = z.strictObject({ role: ZRole });
export type ChangeRoleBody = z.input<typeof ZChangeRoleBody>;

/** Every kind of entry the audit log holds; later features add theirs here. */
export const auditActions = [
  'admin.created_from_cli',
  'staff.invited',
  'staff.invite_accepted',
  'user.role_changed',
  'user.suspended',
  'user.reactivated',
  'records.previewed',
  'records.imported',
  'records.discarded',
  'records.invited',
  'claim.approved',
  'claim.rejected',
  'claim.info_requested',
  'member.viewed',
  'members.exported',
  'member.updated',
  'member.erased',
  'member.self_erased',
  'segment.created',
  'segment.updated',
  'segment.deleted',
  'event.created',
  'event.updated',
  'event.published',
  'event.cancelled',
  'event.invitations_sent',
  'event.checked_in',
  'event.check_in_undone',
  'event.walk_in',
  'event.attendees_exported',
  'news.created',
  'news.updated',
  'news.deleted',
  'newsletter.created',
  'newsletter.updated',
  'newsletter.deleted',
  'newsletter.test_sent',
  'newsletter.scheduled',
  'newsletter.cancelled',
  'newsletter.started',
  'newsletter.paused',
  'newsletter.resumed',
  'newsletter.failed_retried',
  'newsletter.cadence_changed',
  'job.created',
  'job.updated',
  'job.deleted',
  'job.responses_viewed',
  'job.interest_status_changed',
  'job.referral_status_changed',
  'job.suggestions_viewed',
  'job.cv_downloaded',
  'talent.flagged',
  'talent.flag_updated',
  'talent.flag_moved',
  'talent.note_added',
  'talent.rehired',
  'talent.flag_deleted',
  'talent.board_viewed',
  'insight.exported',
  'insight.hires_entered',
  'survey.created',
  'survey.updated',
  'survey.deleted',
  'survey.opened',
  'survey.closed',
  'survey.results_viewed',
  'survey.results_exported',
  'audit.exported',
  'settings.updated',
  'settings.logo_changed',
  'settings.logo_removed',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const ZAuditEntry = z.object({
  id: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  /** A readable name for the object where there is one, e.g. a user's address. */
  objectLabel: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: ZIsoDateTime,
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = ZPageQuery.extend({
  actorId: z.uuid().optional(),
  /** Part of the acting person's email address, any case. */
  actor: z.string().trim().min(1).max(254).optional(),
  action: z.string().trim().max(100).optional(),
  objectType: z.string().trim().max(100).optional(),
  objectId: z.string().trim().max(100).optional(),
  from: ZIsoDateTime.optional(),
  to: ZIsoDateTime.optional(),
});
export type AuditQuery = z.input<typeof ZAuditQuery>;
/** The export takes the list's filters, without paging. */
export const ZAuditExportQuery = ZAuditQuery.omit({ limit: true, cursor: true });
export type AuditExportQuery = z.input<typeof ZAuditExportQuery>;
/** The most entries one export holds, newest first. */
export const auditExportMaxRows = 100_000;
export const ZAuditPage = page(ZAuditEntry);
export type AuditPage = z.infer<typeof ZAuditPage>;

export const ZHealth = z.object({ status: z.literal('ok') });
export const ZReady = z.object({ status: z.literal('ready'), database: z.literal('ok') });
