import type { EmploymentRecord } from '@alumni/shared';
import type { employmentRecords } from '../../db/schema.js';

export type RecordRow = typeof employmentRecords.$inferSelect;

/** The wire shape of an HR record, wherever the API shows one (queue candidates, member detail). */
export const toEmploymentRecord = (r: RecordRow, invitedAt: Date | null): EmploymentRecord => ({
  id: r.id,
  employeeNumber: r.employeeNumber,
  firstName: r.firstName,
  lastName: r.lastName,
  email: r.email,
  department: r.department,
  title: r.title,
  memberType: r.memberType,
  startDate: r.startDate,
  endDate: r.endDate,
  memberId: r.memberId,
  invitedAt: invitedAt?.toISOString() ?? null,
});
