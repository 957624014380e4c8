import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import {
  ZInterestBody,
  ZReferralBody,
  ZShareCode,
  pickText,
  webPaths,
  type BoardFacets,
  type BoardJobPage,
  type InterestBody,
  type JobPage,
  type Language,
  type OwnInterest,
  type OwnJobActivity,
  type OwnReferral,
  type ReferralBody,
  type ShareLink,
  type ZJobBoardQuery,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { jobInterestCvs, jobInterests, jobReferrals, jobShares, jobs, users } from '../../db/schema.js';
import { cvColumns, cvInfo } from './cv.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { assertVerifiedMember } from '../events/portal.js';
import { renderMarkdown } from '../newsletters/markdown.js';
import { displayName, effectiveStatus, isOpen } from './service.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

/** Text search over every language of the title and description, and the department and place. */
const haystack = sql`(${jobs.title}->>'fi') || ' ' || (${jobs.title}->>'sv') || ' ' || (${jobs.title}->>'en') || ' ' ||
  (${jobs.description}->>'fi') || ' ' || (${jobs.description}->>'sv') || ' ' || (${jobs.description}->>'en') || ' ' ||
  ${jobs.department} || ' ' || ${jobs.location}`;

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Open postings, the newest opened first, filtered as the member asks. */
export async function listBoard(db: Db, memberId: string, language: Language, q: z.output<typeof ZJobBoardQuery>): Promise<BoardJobPage> {
  await assertVerifiedMember(db, memberId);
  const opened = sql`${jobs.opensOn}::timestamptz`;
  const where: SQL[] = [isOpen];
  if (q.type) where.push(eq(jobs.type, q.type));
  if (q.department) where.push(sql`lower(${jobs.department}) = lower(${q.department})`);
  if (q.location) where.push(sql`lower(${jobs.location}) = lower(${q.location})`);
  if (q.remote !== undefined) where.push(eq(jobs.remote, q.remote));
  if (q.q) {
    for (const word of q.q.split(/\s+/).filter(Boolean).slice(0, 8)) where.push(sql`${haystack} ilike ${likePattern(word)}`);
  }
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(or(sql`${opened} < ${after.at}`, and(sql`${opened} = ${after.at}`, gt(jobs.id, after.id))) as SQL);
  const rows = await db
    .select({ row: jobs, key: microsOf(opened), interested: sql<boolean>`exists (select 1 from job_interests i where i.job_id = ${jobs.id} and i.member_id = ${memberId} and i.status <> 'withdrawn')` })
    .from(jobs)
    .where(and(...where))
    .orderBy(desc(opened), asc(jobs.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map(({ row, interested }) => ({
      id: row.id,
      title: pickText(row.title, language),
      department: row.department,
      location: row.location,
      remote: row.remote,
      type: row.type,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      interested,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}

/** The departments and places of open postings, for the board's filters. */
export async function boardFacets(db: Db, memberId: string): Promise<BoardFacets> {
  await assertVerifiedMember(db, memberId);
  const res = await db.execute<{ departments: string[] | null; locations: string[] | null }>(sql`
    select array_agg(distinct department order by department) as departments, array_agg(distinct location order by location) as locations
    from jobs where ${isOpen}`);
  const r = res.rows[0];
  return { departments: r?.departments ?? [], locations: r?.locations ?? [] };
}

async function ownInterest(db: Executor, jobId: string, memberId: string, language: Language): Promise<OwnInterest | null> {
  const [row] = await db
    .select({ i: jobInterests, title: jobs.title, cv: cvColumns })
    .from(jobInterests)
    .innerJoin(jobs, eq(jobs.id, jobInterests.jobId))
    .leftJoin(jobInterestCvs, eq(jobInterestCvs.interestId, jobInterests.id))
    .where(and(eq(jobInterests.jobId, jobId), eq(jobInterests.memberId, memberId)));
  if (!row) return null;
  return {
    jobId,
    cv: cvInfo(row.cv),
    jobTitle: pickText(row.title, language),
    message: row.i.message,
    status: row.i.status,
    createdAt: row.i.createdAt.toISOString(),
    updatedAt: row.i.updatedAt.toISOString(),
  };
}

/**
 * A posting a member may read: published, opened, and not a draft. A closed one stays readable
 * for a member who answered it, so they can follow their interest; others get a 404.
 */
export async function readJob(db: Db, memberId: string, language: Language, id: string): Promise<JobPage> {
  await assertVerifiedMember(db, memberId);
  const [row] = await db
    .select({ row: jobs, status: effectiveStatus, open: sql<boolean>`${isOpen}`, contact: { firstName: users.firstName, lastName: users.lastName, email: users.email } })
    .from(jobs)
    .leftJoin(users, eq(users.id, jobs.contactId))
    .where(eq(jobs.id, id));
  if (!row || row.row.status === 'draft') throw notFound('No such job');
  const interest = await ownInterest(db, id, memberId, language);
  if (!row.open && !interest) throw notFound('No such job');
  const job = row.row;
  const text = pickText(job.title, language);
  return {
    id: job.id,
    title: text,
    department: job.department,
    location: job.location,
    remote: job.remote,
    type: job.type,
    opensOn: job.opensOn,
    closesOn: job.closesOn,
    interested: interest !== null && interest.status !== 'withdrawn',
    html: renderMarkdown(pickText(job.description, language)),
    status: row.open ? 'published' : row.status === 'draft' ? 'draft' : 'closed',
    language,
    contact: row.contact ? { name: displayName(row.contact), email: row.contact.email } : null,
    applyUrl: job.applyUrl,
    interest,
  };
}

/** Interest and referrals go only to a posting that is open now. */
async function openJob(db: Executor, id: string): Promise<void> {
  const [row] = await db.select({ status: jobs.status, open: sql<boolean>`${isOpen}` }).from(jobs).where(eq(jobs.id, id));
  if (!row || row.status === 'draft') throw notFound('No such job');
  if (!row.open) throw new AppError('rule_broken', 'This posting is not open: it has closed or has not opened yet');
}

/** A share code that belongs to the posting and to someone other than the member, or null. */
async function creditedShare(db: Executor, jobId: string, memberId: string, via: string | null): Promise<string | null> {
  if (via === null) return null;
  if (!ZShareCode.safeParse(via).success) throw new AppError('validation_failed', 'The share link is not valid', [{ path: 'via', message: 'Not a share code' }]);
  const [share] = await db.select({ jobId: jobShares.jobId, memberId: jobShares.memberId }).from(jobShares).where(eq(jobShares.code, via));
  if (!share || share.jobId !== jobId) throw new AppError('validation_failed', 'The share link is not valid', [{ path: 'via', message: 'Unknown share code' }]);
  return share.memberId === memberId ? null : via;
}

/** Raise a hand; again with a new message updates it, and after a withdrawal raises it anew. */
export async function raiseInterest(db: Db, memberId: string, language: Language, jobId: string, input: InterestBody): Promise<OwnInterest> {
  const body = ZInterestBody.parse(input);
  return db.transaction(async (tx) => {
    await assertVerifiedMember(tx, memberId);
    await openJob(tx, jobId);
    const shareCode = await creditedShare(tx, jobId, memberId, body.via);
    await tx
      .insert(jobInterests)
      .values({ jobId, memberId, message: body.message, shareCode })
      .onConflictDoUpdate({
        target: [jobInterests.jobId, jobInterests.memberId],
        // The first credit stays: a later visit through another link does not take it away.
        set: {
          message: body.message,
          status: sql`case when ${jobInterests.status} = 'withdrawn' then 'new'::interest_status else ${jobInterests.status} end`,
          shareCode: sql`coalesce(${jobInterests.shareCode}, excluded.share_code)`,
          updatedAt: new Date(),
        },
      });
    const own = await ownInterest(tx, jobId, memberId, language);
    if (!own) throw new Error('interest not written');
    return own;
  });
}

export async function withdrawInterest(db: Db, memberId: string, jobId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertVerifiedMember(tx, memberId);
    const [row] = await tx.select({ status: jobInterests.status }).from(jobInterests).where(and(eq(jobInterests.jobId, jobId), eq(jobInterests.memberId, memberId)));
    if (!row) throw notFound('You have not raised your hand for this job');
    if (row.status === 'hired') throw new AppError('rule_broken', 'This interest led to a hire and can no longer be withdrawn');
    await tx.update(jobInterests).set({ status: 'withdrawn', updatedAt: new Date() }).where(and(eq(jobInterests.jobId, jobId), eq(jobInterests.memberId, memberId)));
  });
}

/** Name a candidate. An address that already belongs to a member is refused with a hint, not stored. */
export async function refer(db: Db, memberId: string, language: Language, jobId: string, input: ReferralBody): Promise<OwnReferral> {
  const body = ZReferralBody.parse(input);
  return db.transaction(async (tx) => {
    await assertVerifiedMember(tx, memberId);
    await openJob(tx, jobId);
    const [member] = await tx.select({ id: users.id }).from(users).where(and(sql`lower(${users.email}) = ${body.email}`, sql`${users.status} <> 'erased'`));
    if (member) {
      throw new AppError('conflict', 'This person is already in the community: share the job with them instead', [{ path: 'email', code: 'already_member', message: 'Already a member' }]);
    }
    const [row] = await tx.insert(jobReferrals).values({ jobId, referrerId: memberId, ...body }).onConflictDoNothing().returning();
    if (!row) throw new AppError('conflict', 'You have already referred this person for this job', [{ path: 'email', code: 'already_referred', message: 'Already referred' }]);
    const [job] = await tx.select({ title: jobs.title }).from(jobs).where(eq(jobs.id, jobId));
    return toOwnReferral(row, pickText(job?.title ?? { fi: '', sv: '', en: '' }, language));
  });
}

const toOwnReferral = (r: typeof jobReferrals.$inferSelect, jobTitle: string): OwnReferral => ({
  id: r.id,
  jobId: r.jobId,
  jobTitle,
  name: r.name,
  email: r.email,
  relation: r.relation,
  note: r.note,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
});

/** The member's own interests and referrals with their status, newest first. */
export async function myJobActivity(db: Db, memberId: string, language: Language): Promise<OwnJobActivity> {
  const interests = await db
    .select({ i: jobInterests, title: jobs.title, cv: cvColumns })
    .from(jobInterests)
    .innerJoin(jobs, eq(jobs.id, jobInterests.jobId))
    .leftJoin(jobInterestCvs, eq(jobInterestCvs.interestId, jobInterests.id))
    .where(eq(jobInterests.memberId, memberId))
    .orderBy(desc(jobInterests.createdAt), desc(jobInterests.id));
  const referrals = await db
    .select({ r: jobReferrals, title: jobs.title })
    .from(jobReferrals)
    .innerJoin(jobs, eq(jobs.id, jobReferrals.jobId))
    .where(eq(jobReferrals.referrerId, memberId))
    .orderBy(desc(jobReferrals.createdAt), desc(jobReferrals.id));
  return {
    interests: interests.map(({ i, title, cv }) => ({
      jobId: i.jobId,
      cv: cvInfo(cv),
      jobTitle: pickText(title, language),
      message: i.message,
      status: i.status,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    })),
    referrals: referrals.map(({ r, title }) => toOwnReferral(r, pickText(title, language))),
  };
}

const shareUrl = (appUrl: string, code: string) => `${appUrl.replace(/\/$/, '')}/api/v1/s/${code}`;

/** The member's personal link to an open posting, made on first ask, with what it has brought. */
export async function shareLink(db: Db, appUrl: string, memberId: string, jobId: string): Promise<ShareLink> {
  return db.transaction(async (tx) => {
    await assertVerifiedMember(tx, memberId);
    await openJob(tx, jobId);
    await tx
      .insert(jobShares)
      .values({ code: randomBytes(12).toString('base64url'), jobId, memberId })
      .onConflictDoNothing();
    const [share] = await tx.select().from(jobShares).where(and(eq(jobShares.jobId, jobId), eq(jobShares.memberId, memberId)));
    if (!share) throw new Error('share link not written');
    const [credited] = await tx.select({ n: sql<number>`count(*)::int` }).from(jobInterests).where(and(eq(jobInterests.shareCode, share.code), sql`${jobInterests.status} <> 'withdrawn'`));
    return { code: share.code, url: shareUrl(appUrl, share.code), visits: share.visits, interests: credited?.n ?? 0 };
  });
}

/**
 * A visit through a share link: counted, then on to the job's page in the portal with the code,
 * which the page passes on with an interest. A forged code goes to the board, counted nowhere.
 */
export async function visitShare(db: Db, code: string): Promise<string> {
  if (!ZShareCode.safeParse(code).success) return webPaths.jobs;
  const res = await db.execute<{ job_id: string }>(sql`
    update job_shares set visits = visits + 1 where code = ${code} returning job_id`);
  const jobId = res.rows[0]?.job_id;
  return jobId ? `${webPaths.job.replace(':id', jobId)}?ref=${encodeURIComponent(code)}` : webPaths.jobs;
}
