import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  ZAdminJobQuery,
  ZInterestStatusBody,
  ZJobBody,
  ZReferralStatusBody,
  pickText,
  type AdminJob,
  type AdminJobPage,
  type JobBody,
  type JobCounts,
  type JobResponses,
  type StaffInterest,
  type StaffReferral,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { jobInterests, jobReferrals, jobs, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';

export type JobRow = typeof jobs.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

/** Today in Europe/Helsinki, the zone that open and close days are in. */
export const helsinkiToday = sql<string>`(now() at time zone 'Europe/Helsinki')::date`;

/** The status members see: a published posting past its closing day is closed. */
export const effectiveStatus = sql<'draft' | 'published' | 'closed'>`(case
  when ${jobs.status} = 'published' and ${jobs.closesOn} < ${helsinkiToday} then 'closed'::job_status
  else ${jobs.status} end)`;

/** Published, opened and not past its closing day: what the board shows and what takes interest. */
export const isOpen = sql`(${jobs.status} = 'published' and ${jobs.opensOn} <= ${helsinkiToday}
  and (${jobs.closesOn} is null or ${jobs.closesOn} >= ${helsinkiToday}))`;

export const displayName = (u: { firstName: string | null; lastName: string | null; email: string }) =>
  [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email;

const noCounts: JobCounts = { interests: 0, referrals: 0, shareVisits: 0 };

async function countsOf(db: Executor, ids: string[]): Promise<Map<string, JobCounts>> {
  const out = new Map<string, JobCounts>();
  if (!ids.length) return out;
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const res = await db.execute<{ id: string; interests: number; referrals: number; visits: number }>(sql`
    select j.id,
      (select count(*)::int from job_interests i where i.job_id = j.id and i.status <> 'withdrawn') as interests,
      (select count(*)::int from job_referrals r where r.job_id = j.id) as referrals,
      (select coalesce(sum(s.visits), 0)::int from job_shares s where s.job_id = j.id) as visits
    from jobs j where j.id in (${idList})`);
  for (const r of res.rows) out.set(r.id, { interests: r.interests, referrals: r.referrals, shareVisits: r.visits });
  return out;
}

type JobWithContact = { row: JobRow; status: JobRow['status']; contact: { id: string; firstName: string | null; lastName: string | null; email: string } | null };

const toAdminJob = ({ row, status, contact }: JobWithContact, counts: JobCounts): AdminJob => ({
  id: row.id,
  title: row.title,
  description: row.description,
  department: row.department,
  location: row.location,
  remote: row.remote,
  type: row.type,
  opensOn: row.opensOn,
  closesOn: row.closesOn,
  status,
  contact: contact ? { id: contact.id, name: displayName(contact), email: contact.email } : null,
  applyUrl: row.applyUrl,
  counts,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const contactCols = { id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email };

async function loadJobs(db: Executor, where: SQL | undefined, limit?: number) {
  const q = db
    .select({ row: jobs, status: effectiveStatus, contact: contactCols, key: microsOf(jobs.createdAt) })
    .from(jobs)
    .leftJoin(users, eq(users.id, jobs.contactId))
    .where(where)
    .orderBy(desc(jobs.createdAt), desc(jobs.id));
  return limit === undefined ? q : q.limit(limit);
}

/** Postings for the console, newest first; `status` filters on what members see. */
export async function listJobs(db: Db, q: z.output<typeof ZAdminJobQuery>): Promise<AdminJobPage> {
  const where: SQL[] = [];
  if (q.status) where.push(sql`${effectiveStatus} = ${q.status}::job_status`);
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(or(lt(jobs.createdAt, after.at), and(eq(jobs.createdAt, after.at), lt(jobs.id, after.id))) as SQL);
  const rows = await loadJobs(db, and(...where), q.limit + 1);
  const items = rows.slice(0, q.limit);
  const counts = await countsOf(
    db,
    items.map((r) => r.row.id),
  );
  const last = items.at(-1);
  return {
    items: items.map((r) => toAdminJob(r, counts.get(r.row.id) ?? noCounts)),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}

export async function getJob(db: Executor, id: string): Promise<AdminJob> {
  const [row] = await loadJobs(db, eq(jobs.id, id));
  if (!row) throw notFound('No such job');
  const counts = await countsOf(db, [id]);
  return toAdminJob(row, counts.get(id) ?? noCounts);
}

/** The contact must be staff who handle jobs: a recruiter, HR or an admin, active. */
async function checkContact(db: Executor, contactId: string): Promise<void> {
  const [u] = await db.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, contactId));
  if (!u || u.role === 'member' || u.status !== 'active') {
    throw new AppError('validation_failed', 'The contact must be an active recruiter, HR person or admin', [{ path: 'contactId', message: 'Not a staff member' }]);
  }
}

export async function createJob(db: Db, actor: Actor, input: JobBody): Promise<AdminJob> {
  const body = ZJobBody.parse(input);
  const contactId = body.contactId ?? actor.user.id;
  return db.transaction(async (tx) => {
    await checkContact(tx, contactId);
    const [row] = await tx
      .insert(jobs)
      .values({ ...body, contactId, createdBy: actor.user.id })
      .returning({ id: jobs.id });
    if (!row) throw new Error('job not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'job.created', objectType: 'job', objectId: row.id, data: { status: body.status, type: body.type }, ip: actor.ip });
    return getJob(tx, row.id);
  });
}

export async function updateJob(db: Db, actor: Actor, id: string, input: JobBody): Promise<AdminJob> {
  const body = ZJobBody.parse(input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ status: jobs.status, contactId: jobs.contactId }).from(jobs).where(eq(jobs.id, id)).for('update');
    if (!before) throw notFound('No such job');
    if (before.status !== 'draft' && body.status === 'draft') {
      const [taken] = await tx.select({ id: jobInterests.id }).from(jobInterests).where(eq(jobInterests.jobId, id)).limit(1);
      if (taken) throw new AppError('rule_broken', 'Members have already answered this posting: close it instead of taking it back to a draft');
    }
    const contactId = body.contactId ?? before.contactId ?? actor.user.id;
    await checkContact(tx, contactId);
    await tx
      .update(jobs)
      .set({ ...body, contactId, updatedAt: new Date() })
      .where(eq(jobs.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'job.updated', objectType: 'job', objectId: id, data: { status: body.status }, ip: actor.ip });
    return getJob(tx, id);
  });
}

/** Only a draft nobody has answered goes; a posting with answers is closed instead, so they keep. */
export async function deleteJob(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, id)).for('update');
    if (!row) throw notFound('No such job');
    if (row.status !== 'draft') throw new AppError('rule_broken', 'Only a draft can be deleted: close a published posting instead');
    await tx.delete(jobs).where(eq(jobs.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'job.deleted', objectType: 'job', objectId: id, ip: actor.ip });
  });
}

/** The interests and referrals of one posting, for the recruiter; reading them is audited. */
export async function jobResponses(db: Db, actor: Actor, id: string): Promise<JobResponses> {
  const [job] = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.id, id));
  if (!job) throw notFound('No such job');
  const interests = await db.execute<{
    id: string; member_id: string; first_name: string | null; last_name: string | null; email: string; message: string;
    status: StaffInterest['status']; sharer_id: string | null; sharer_first: string | null; sharer_last: string | null; sharer_email: string | null;
    created_at: string; updated_at: string; cv_name: string | null; cv_bytes: number | null; cv_at: string | null;
  }>(sql`
    select i.id, i.member_id, u.first_name, u.last_name, u.email, i.message, i.status,
      cv.file_name as cv_name, cv.bytes as cv_bytes, cv.created_at as cv_at,
      s.member_id as sharer_id, su.first_name as sharer_first, su.last_name as sharer_last, su.email as sharer_email,
      i.created_at, i.updated_at
    from job_interests i join users u on u.id = i.member_id
    left join job_shares s on s.code = i.share_code left join users su on su.id = s.member_id
    left join job_interest_cvs cv on cv.interest_id = i.id
    where i.job_id = ${id} order by i.created_at, i.id`);
  const referrals = await db.execute<{
    id: string; referrer_id: string; first_name: string | null; last_name: string | null; email_r: string;
    name: string; email: string; relation: string; note: string; status: StaffReferral['status']; created_at: string; is_member: boolean;
  }>(sql`
    select r.id, r.referrer_id, u.first_name, u.last_name, u.email as email_r, r.name, r.email, r.relation, r.note, r.status, r.created_at,
      exists (select 1 from users m where lower(m.email) = r.email and m.status <> 'erased') as is_member
    from job_referrals r join users u on u.id = r.referrer_id
    where r.job_id = ${id} order by r.created_at, r.id`);
  await recordAudit(db, { actorId: actor.user.id, action: 'job.responses_viewed', objectType: 'job', objectId: id, data: { interests: interests.rows.length, referrals: referrals.rows.length }, ip: actor.ip });
  const iso = (v: string | Date) => new Date(v).toISOString();
  const title = pickText(job.title, actor.user.language);
  return {
    interests: interests.rows.map((r) => ({
      id: r.id,
      jobId: id,
      member: { userId: r.member_id, name: displayName({ firstName: r.first_name, lastName: r.last_name, email: r.email }), email: r.email },
      message: r.message,
      status: r.status,
      cv: r.cv_name !== null && r.cv_at !== null ? { fileName: r.cv_name, bytes: r.cv_bytes ?? 0, uploadedAt: iso(r.cv_at) } : null,
      sharedBy: r.sharer_id ? { userId: r.sharer_id, name: displayName({ firstName: r.sharer_first, lastName: r.sharer_last, email: r.sharer_email ?? '' }) } : null,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    })),
    referrals: referrals.rows.map((r) => ({
      id: r.id,
      jobId: id,
      jobTitle: title,
      name: r.name,
      email: r.email,
      relation: r.relation,
      note: r.note,
      status: r.status,
      createdAt: iso(r.created_at),
      referrer: { userId: r.referrer_id, name: displayName({ firstName: r.first_name, lastName: r.last_name, email: r.email_r }) },
      candidateIsMember: r.is_member,
    })),
  };
}

/** A recruiter moves an interest along; a withdrawn one stays withdrawn. */
export async function setInterestStatus(db: Db, actor: Actor, id: string, input: z.input<typeof ZInterestStatusBody>): Promise<void> {
  const { status } = ZInterestStatusBody.parse(input);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ status: jobInterests.status, jobId: jobInterests.jobId }).from(jobInterests).where(eq(jobInterests.id, id)).for('update');
    if (!row) throw notFound('No such interest');
    if (row.status === 'withdrawn') throw new AppError('rule_broken', 'The member has withdrawn this interest');
    await tx.update(jobInterests).set({ status, updatedAt: new Date() }).where(eq(jobInterests.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'job.interest_status_changed', objectType: 'job_interest', objectId: id, data: { jobId: row.jobId, from: row.status, to: status }, ip: actor.ip });
  });
}

export async function setReferralStatus(db: Db, actor: Actor, id: string, input: z.input<typeof ZReferralStatusBody>): Promise<void> {
  const { status } = ZReferralStatusBody.parse(input);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ status: jobReferrals.status, jobId: jobReferrals.jobId }).from(jobReferrals).where(eq(jobReferrals.id, id)).for('update');
    if (!row) throw notFound('No such referral');
    await tx.update(jobReferrals).set({ status, updatedAt: new Date() }).where(eq(jobReferrals.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'job.referral_status_changed', objectType: 'job_referral', objectId: id, data: { jobId: row.jobId, from: row.status, to: status }, ip: actor.ip });
  });
}
