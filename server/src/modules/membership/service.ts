import { and, asc, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  ApprovalItem,
  ApprovalPage,
  Claim,
  ClaimReplyBody,
  MembershipStatus,
  ZApprovalQuery,
  ZApproveBody,
  ZClaimBody,
  ZRejectBody,
  ZRequestInfoBody,
} from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { employmentPeriods, employmentRecords, members, membershipClaims, recordInvitations, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { toEmploymentRecord, type RecordRow } from '../records/record-dto.js';
import { recordAudit } from '../audit/service.js';
import { hitLimit } from '../auth/rate-limit.js';
import { sendClaimDecisionJob, type DecidedStatus } from './jobs.js';
import { chooseMatch, findMatchingRecords, monthEnd, monthStart, rankCandidates, toMonth } from './matching.js';

export interface MembershipDeps {
  db: Db;
  queue: Queue;
}

export type ClaimRow = typeof membershipClaims.$inferSelect;
type MemberRow = typeof members.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The wire shape of a claim; HR's member detail shows claims too and uses this. */
export function toClaim(c: ClaimRow): Claim {
  return {
    id: c.id,
    memberType: c.memberType,
    department: c.department,
    title: c.title,
    startMonth: toMonth(c.startMonth),
    endMonth: c.endMonth === null ? null : toMonth(c.endMonth),
    employeeNumber: c.employeeNumber,
    status: c.status,
    autoVerified: c.autoVerified,
    decisionNote: c.decisionNote,
    memberNote: c.memberNote,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
  };
}


/* ---- the member's side ---- */

function assertMember(actor: Actor): void {
  if (actor.user.role !== 'member') throw new AppError('forbidden', 'Only members claim employment');
  // Matching by address proves nothing unless the address is proven first.
  if (actor.user.status !== 'active' || !actor.user.emailVerifiedAt) {
    throw new AppError('forbidden', 'Confirm your email address before claiming employment');
  }
}

async function latestClaim(db: Pick<Db, 'select'>, memberId: string): Promise<ClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(membershipClaims)
    .where(eq(membershipClaims.memberId, memberId))
    .orderBy(desc(membershipClaims.createdAt), desc(membershipClaims.id))
    .limit(1);
  return row;
}

/** The member row, locked: every change of verification goes through it, one at a time. */
async function lockMember(tx: Tx, userId: string): Promise<MemberRow> {
  // A member-role user always has a profile; one made a member by other means gets it here.
  await tx.insert(members).values({ userId }).onConflictDoNothing();
  const [row] = await tx.select().from(members).where(eq(members.userId, userId)).for('update');
  if (!row) throw notFound('Member not found');
  return row;
}

export async function getStatus(db: Db, actor: Actor): Promise<MembershipStatus> {
  if (actor.user.role !== 'member') throw new AppError('forbidden', 'Only members have a membership');
  const [member] = await db.select({ status: members.verificationStatus }).from(members).where(eq(members.userId, actor.user.id));
  const claim = await latestClaim(db, actor.user.id);
  return { verificationStatus: member?.status ?? 'unverified', claim: claim ? toClaim(claim) : null };
}

/**
 * Links records to the member and copies each into a verified employment period, once: a period
 * that already names the record is left as it is.
 */
async function linkRecords(tx: Tx, memberId: string, records: readonly RecordRow[]): Promise<void> {
  if (records.length === 0) return;
  const ids = records.map((r) => r.id);
  const now = new Date();
  await tx.update(employmentRecords).set({ memberId, updatedAt: now }).where(inArray(employmentRecords.id, ids));
  const existing = await tx
    .select({ recordId: employmentPeriods.recordId })
    .from(employmentPeriods)
    .where(and(eq(employmentPeriods.memberId, memberId), inArray(employmentPeriods.recordId, ids)));
  const have = new Set(existing.map((p) => p.recordId));
  const fresh = records.filter((r) => !have.has(r.id));
  if (fresh.length === 0) return;
  await tx.insert(employmentPeriods).values(
    fresh.map((r) => ({ memberId, department: r.department, title: r.title, startDate: r.startDate, endDate: r.endDate, verified: true, recordId: r.id })),
  );
}

async function markVerified(tx: Tx, memberId: string, claim: ClaimRow): Promise<void> {
  const now = new Date();
  await tx
    .update(members)
    .set({ verificationStatus: 'verified', verifiedAt: now, memberType: claim.memberType, updatedAt: now })
    .where(eq(members.userId, memberId));
}

/**
 * A member claims employment. A claim that matches HR's records verifies the member at once;
 * any other waits in HR's queue. A member answering HR's question with a corrected claim updates
 * the open claim rather than starting a second one.
 */
export async function submitClaim(deps: MembershipDeps, actor: Actor, body: z.output<typeof ZClaimBody>): Promise<MembershipStatus> {
  assertMember(actor);
  // Counted before anything is looked at, refused attempts included, so names cannot be tried out.
  await hitLimit(deps.db, 'claimUser', actor.user.id);
  const memberId = actor.user.id;
  return deps.db.transaction(async (tx) => {
    const member = await lockMember(tx, memberId);
    if (member.verificationStatus === 'verified') throw new AppError('rule_broken', 'Your membership is already verified');
    if (member.verificationStatus === 'pending') {
      throw new AppError('rule_broken', 'Your claim is already waiting for HR; you will hear by mail when it has been decided');
    }
    const open =
      member.verificationStatus === 'info_requested'
        ? (
            await tx
              .select()
              .from(membershipClaims)
              .where(and(eq(membershipClaims.memberId, memberId), eq(membershipClaims.status, 'info_requested')))
              .orderBy(desc(membershipClaims.createdAt))
              .limit(1)
              .for('update')
          )[0]
        : undefined;

    const from = monthStart(body.startMonth);
    const to = monthEnd(body.endMonth);
    const employeeNumber = body.employeeNumber ?? null;
    const matches = await findMatchingRecords(tx, {
      memberId,
      email: actor.user.email.toLowerCase(),
      firstName: actor.user.firstName,
      lastName: actor.user.lastName,
      from,
      to,
      employeeNumber,
    });
    const match = chooseMatch(matches);
    const now = new Date();
    const fields = {
      memberType: body.memberType,
      department: body.department,
      title: body.title,
      startMonth: from,
      endMonth: monthStart(body.endMonth),
      employeeNumber,
      status: match ? ('verified' as const) : ('pending' as const),
      autoVerified: match !== null,
      matchedRecordId: match?.primaryId ?? null,
      updatedAt: now,
      ...(match ? { decidedAt: now, decidedBy: null } : {}),
      ...(body.note ? { memberNote: body.note } : {}),
    };
    const [claim] = open
      ? await tx.update(membershipClaims).set(fields).where(eq(membershipClaims.id, open.id)).returning()
      : await tx.insert(membershipClaims).values({ memberId, ...fields }).returning();
    if (!claim) throw new Error('claim write returned nothing');

    if (match) {
      const records = await tx.select().from(employmentRecords).where(inArray(employmentRecords.id, match.recordIds));
      await linkRecords(tx, memberId, records);
      await markVerified(tx, memberId, claim);
      return { verificationStatus: 'verified' as const, claim: toClaim(claim) };
    }
    await tx.update(members).set({ verificationStatus: 'pending', updatedAt: now }).where(eq(members.userId, memberId));
    return { verificationStatus: 'pending' as const, claim: toClaim(claim) };
  });
}

/** The member answers HR's question; the claim goes back to the queue. */
export async function replyToClaim(deps: MembershipDeps, actor: Actor, body: ClaimReplyBody): Promise<MembershipStatus> {
  assertMember(actor);
  const memberId = actor.user.id;
  return deps.db.transaction(async (tx) => {
    const member = await lockMember(tx, memberId);
    const [open] = await tx
      .select()
      .from(membershipClaims)
      .where(and(eq(membershipClaims.memberId, memberId), eq(membershipClaims.status, 'info_requested')))
      .orderBy(desc(membershipClaims.createdAt))
      .limit(1)
      .for('update');
    if (member.verificationStatus !== 'info_requested' || !open) {
      throw new AppError('rule_broken', 'HR has not asked you anything, so there is nothing to answer');
    }
    const now = new Date();
    const [claim] = await tx
      .update(membershipClaims)
      .set({ memberNote: body.note.trim(), status: 'pending', updatedAt: now })
      .where(eq(membershipClaims.id, open.id))
      .returning();
    if (!claim) throw new Error('claim update returned nothing');
    await tx.update(members).set({ verificationStatus: 'pending', updatedAt: now }).where(eq(members.userId, memberId));
    return { verificationStatus: 'pending', claim: toClaim(claim) };
  });
}

/* ---- HR's queue ---- */

const encodeCursor = (createdAt: string, id: string) => Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

/** The cursor carries the database's own text of the time, microseconds and all, so no row repeats or goes missing. */
function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?|Z)$/.test(parsed[0]) &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
}

/** Claims waiting for HR, oldest first, each with the member and the records closest to it. */
export async function listApprovals(db: Db, q: z.output<typeof ZApprovalQuery>): Promise<ApprovalPage> {
  const status = q.status ?? 'pending';
  const c = membershipClaims;
  const after = q.cursor ? decodeCursor(q.cursor) : undefined;
  const rows = await db
    .select({ claim: c, cursorAt: sql<string>`${c.createdAt}::text`, member: { id: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName, language: users.language } })
    .from(c)
    .innerJoin(users, eq(users.id, c.memberId))
    .where(
      and(
        eq(c.status, status),
        after ? or(gt(c.createdAt, sql`${after[0]}::timestamptz`), and(eq(c.createdAt, sql`${after[0]}::timestamptz`), gt(c.id, after[1]))) : undefined,
      ),
    )
    .orderBy(asc(c.createdAt), asc(c.id))
    .limit(q.limit + 1);
  const pageRows = rows.slice(0, q.limit);

  const candidates = await rankCandidates(db, pageRows.map((r) => r.claim.id));
  const recordIds = [...new Set(candidates.map((x) => x.recordId))];
  const records =
    recordIds.length === 0
      ? []
      : await db
          .select({ record: employmentRecords, invitedAt: recordInvitations.createdAt })
          .from(employmentRecords)
          .leftJoin(recordInvitations, eq(recordInvitations.employeeNumber, employmentRecords.employeeNumber))
          .where(inArray(employmentRecords.id, recordIds));
  const byId = new Map(records.map((r) => [r.record.id, toEmploymentRecord(r.record, r.invitedAt)]));

  const items: ApprovalItem[] = pageRows.map((row) => ({
    claim: toClaim(row.claim),
    member: row.member,
    candidates: candidates.flatMap((x) => {
      const record = x.claimId === row.claim.id ? byId.get(x.recordId) : undefined;
      return record ? [{ ...record, score: x.score }] : [];
    }),
  }));
  const last = pageRows.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.cursorAt, last.claim.id) : null };
}

/* ---- HR's decisions ---- */

const waiting = new Set<ClaimRow['status']>(['pending', 'info_requested']);

/**
 * Runs one decision on a waiting claim: the member row is locked before the claim, in the same
 * order as the member's own writes, so a decision and a member's answer never deadlock.
 */
async function decide(
  deps: MembershipDeps,
  claimId: string,
  allowed: ReadonlySet<ClaimRow['status']>,
  status: DecidedStatus,
  write: (tx: Tx, claim: ClaimRow) => Promise<ClaimRow>,
): Promise<ClaimRow> {
  const decided = await deps.db.transaction(async (tx) => {
    const [found] = await tx.select({ memberId: membershipClaims.memberId }).from(membershipClaims).where(eq(membershipClaims.id, claimId));
    if (!found) throw notFound('Claim not found');
    await lockMember(tx, found.memberId);
    const [claim] = await tx.select().from(membershipClaims).where(eq(membershipClaims.id, claimId)).for('update');
    if (!claim) throw notFound('Claim not found');
    if (!allowed.has(claim.status)) {
      throw new AppError('conflict', `This claim is no longer waiting for a decision (it is ${claim.status.replace('_', ' ')})`);
    }
    return write(tx, claim);
  });
  // After the commit: the job re-reads the claim and mails only if this decision still stands.
  if (decided.decidedAt) await deps.queue.send(sendClaimDecisionJob, { claimId: decided.id, status, decidedAt: decided.decidedAt.toISOString() });
  return decided;
}

async function setDecision(
  tx: Tx,
  actor: Actor,
  claim: ClaimRow,
  values: Pick<ClaimRow, 'status'> & Partial<Pick<ClaimRow, 'decisionNote' | 'matchedRecordId'>>,
): Promise<ClaimRow> {
  const now = new Date();
  const [row] = await tx
    .update(membershipClaims)
    .set({ ...values, decidedBy: actor.user.id, decidedAt: now, updatedAt: now })
    .where(eq(membershipClaims.id, claim.id))
    .returning();
  if (!row) throw notFound('Claim not found');
  return row;
}

/** HR confirms the claim, optionally against one of its records, whose data becomes the verified period. */
export async function approveClaim(deps: MembershipDeps, actor: Actor, claimId: string, body: z.output<typeof ZApproveBody>): Promise<Claim> {
  const row = await decide(deps, claimId, waiting, 'verified', async (tx, claim) => {
    let record: RecordRow | undefined;
    if (body.recordId) {
      [record] = await tx.select().from(employmentRecords).where(eq(employmentRecords.id, body.recordId)).for('update');
      if (!record) throw new AppError('validation_failed', 'No such employment record', [{ path: 'recordId', message: 'No such employment record' }]);
      if (record.memberId && record.memberId !== claim.memberId) {
        throw new AppError('rule_broken', 'This record already belongs to another member', [{ path: 'recordId', message: 'This record already belongs to another member' }]);
      }
    }
    const decided = await setDecision(tx, actor, claim, { status: 'verified', matchedRecordId: record?.id ?? null });
    if (record) {
      await linkRecords(tx, claim.memberId, [record]);
    } else {
      await tx.insert(employmentPeriods).values({
        memberId: claim.memberId,
        department: claim.department,
        title: claim.title,
        startDate: claim.startMonth,
        endDate: claim.endMonth === null ? null : monthEnd(claim.endMonth),
        verified: true,
      });
    }
    await markVerified(tx, claim.memberId, claim);
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'claim.approved',
      objectType: 'user',
      objectId: claim.memberId,
      data: { claimId: claim.id, recordId: record?.id ?? null },
      ip: actor.ip,
    });
    return decided;
  });
  return toClaim(row);
}

export async function rejectClaim(deps: MembershipDeps, actor: Actor, claimId: string, body: z.output<typeof ZRejectBody>): Promise<Claim> {
  const row = await decide(deps, claimId, waiting, 'rejected', async (tx, claim) => {
    const decided = await setDecision(tx, actor, claim, { status: 'rejected', decisionNote: body.reason });
    await tx.update(members).set({ verificationStatus: 'rejected', updatedAt: new Date() }).where(eq(members.userId, claim.memberId));
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'claim.rejected',
      objectType: 'user',
      objectId: claim.memberId,
      // HR's words stay on the claim, which erasure deletes; the append-only log keeps no free text about the person.
      data: { claimId: claim.id },
      ip: actor.ip,
    });
    return decided;
  });
  return toClaim(row);
}

/** Only a claim in the queue can be asked about: one already asked about waits for the member's answer. */
const pendingOnly = new Set<ClaimRow['status']>(['pending']);

export async function requestInfo(deps: MembershipDeps, actor: Actor, claimId: string, body: z.output<typeof ZRequestInfoBody>): Promise<Claim> {
  const row = await decide(deps, claimId, pendingOnly, 'info_requested', async (tx, claim) => {
    const decided = await setDecision(tx, actor, claim, { status: 'info_requested', decisionNote: body.question });
    await tx.update(members).set({ verificationStatus: 'info_requested', updatedAt: new Date() }).where(eq(members.userId, claim.memberId));
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'claim.info_requested',
      objectType: 'user',
      objectId: claim.memberId,
      data: { claimId: claim.id },
      ip: actor.ip,
    });
    return decided;
  });
  return toClaim(row);
}
