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
};

export const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(auditActionLabels, action);
