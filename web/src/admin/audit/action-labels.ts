import type { AuditAction } from '@alumni/shared';
import type { MessageKey } from '../../i18n/en';

/** Each audit action's name for people; a new action without one does not compile. */
export const auditActionLabels: Readonly<Record<AuditAction, MessageKey>> = {
  'admin.created_from_cli': 'auditAction.admin.created_from_cli',
  'staff.invited': 'auditAction.staff.invited',
  'staff.invite_accepted': 'auditAction.staff.invite_accepted',
  'user.role_changed': 'auditAction.user.role_changed',
  'user.suspended': 'auditAction.user.suspended',
  'user.reactivated': 'auditAction.user.reactivated',
  'records.previewed': 'auditAction.records.previewed',
  'records.imported': 'auditAction.records.imported',
  'records.discarded': 'auditAction.records.discarded',
  'records.invited': 'auditAction.records.invited',
  'claim.approved': 'auditAction.claim.approved',
  'claim.rejected': 'auditAction.claim.rejected',
  'claim.info_requested': 'auditAction.claim.info_requested',
  'member.viewed': 'auditAction.member.viewed',
  'members.exported': 'auditAction.members.exported',
  'member.updated': 'auditAction.member.updated',
  'member.erased': 'auditAction.member.erased',
  'member.self_erased': 'auditAction.member.self_erased',
  'segment.created': 'auditAction.segment.created',
  'segment.updated': 'auditAction.segment.updated',
  'segment.deleted': 'auditAction.segment.deleted',
  'event.created': 'auditAction.event.created',
  'event.updated': 'auditAction.event.updated',
  'event.published': 'auditAction.event.published',
  'event.cancelled': 'auditAction.event.cancelled',
  'event.invitations_sent': 'auditAction.event.invitations_sent',
  'event.checked_in': 'auditAction.event.checked_in',
  'event.check_in_undone': 'auditAction.event.check_in_undone',
  'event.walk_in': 'auditAction.event.walk_in',
  'event.attendees_exported': 'auditAction.event.attendees_exported',
};

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(auditActionLabels, action);
