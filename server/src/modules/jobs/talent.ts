import { asc, eq, inArray, sql } from 'drizzle-orm';
import {
  ZFlagBody,
  ZFlagMove,
  ZFlagNoteBody,
  ZFlagUpdate,
  flagMoveAllowed,
  pickText,
  type FlagBody,
  type FlagMove,
  type FlagUpdate,
  type Suggestions,
  type TalentBoard,
  type TalentFlag,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { jobs, members, rehires, talentFlags, talentNotes, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { displayName } from './service.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

async function loadFlags(db: Executor, actor: Actor, ids?: string[]): Promise<TalentFlag[]> {
  const flagger = sql<string | null>`(select coalesce(nullif(trim(coalesce(f.first_name, '') || ' ' || coalesce(f.last_name, '')), ''), f.email) from users f where f.id = ${talentFlags.flaggedBy})`;
  const rows = await db
    .select({ flag: talentFlags, user: { firstName: users.firstName, lastName: users.lastName, email: users.email }, headline: members.headline, flaggedBy: flagger })
    .from(talentFlags)
    .innerJoin(users, eq(users.id, talentFlags.memberId))
    .leftJoin(members, eq(members.userId, talentFlags.memberId))
    .where(ids ? inArray(talentFlags.id, ids) : undefined)
    .orderBy(asc(talentFlags.stageChangedAt), asc(talentFlags.id));
  if (!rows.length) return [];
  const flagIds = rows.map((r) => r.flag.id);
  const notes = await db
    .select({ note: talentNotes, author: { firstName: users.firstName, lastName: users.lastName, email: users.email } })
    .from(talentNotes)
    .leftJoin(users, eq(users.id, talentNotes.authorId))
    .where(inArray(talentNotes.flagId, flagIds))
    .orderBy(asc(talentNotes.createdAt), asc(talentNotes.id));
  const hires = await db
    .select({ r: rehires, title: jobs.title })
    .from(rehires)
    .leftJoin(jobs, eq(jobs.id, rehires.jobId))
    .where(inArray(rehires.flagId, flagIds));
  return rows.map(({ flag, user, headline, flaggedBy }) => {
    const hire = hires.find((h) => h.r.flagId === flag.id);
    return {
      id: flag.id,
      member: { userId: flag.memberId, name: displayName(user), email: user.email, headline },
      reason: flag.reason,
      tags: flag.tags,
      stage: flag.stage,
      flaggedBy,
      stageChangedAt: flag.stageChangedAt.toISOString(),
      rehire: hire ? { rehiredOn: hire.r.rehiredOn, jobId: hire.r.jobId, jobTitle: hire.title ? pickText(hire.title, actor.user.language) : null, type: hire.r.type } : null,
      notes: notes
        .filter((n) => n.note.flagId === flag.id)
        .map((n) => ({ id: n.note.id, text: n.note.text, author: n.author ? displayName(n.author) : '', createdAt: n.note.createdAt.toISOString() })),
      createdAt: flag.createdAt.toISOString(),
    };
  });
}

/** Every flag with its notes, for the board; reading it is audited, as it is about people. */
export async function talentBoard(db: Db, actor: Actor): Promise<TalentBoard> {
  const items = await loadFlags(db, actor);
  await recordAudit(db, { actorId: actor.user.id, action: 'talent.board_viewed', objectType: 'talent_flag', data: { flags: items.length }, ip: actor.ip });
  return { items };
}

async function oneFlag(db: Executor, actor: Actor, id: string): Promise<TalentFlag> {
  const [flag] = await loadFlags(db, actor, [id]);
  if (!flag) throw notFound('No such flag');
  return flag;
}

export async function createFlag(db: Db, actor: Actor, input: FlagBody): Promise<TalentFlag> {
  const body = ZFlagBody.parse(input);
  return db.transaction(async (tx) => {
    const [member] = await tx.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, body.memberId));
    if (!member || member.role !== 'member') throw notFound('No such member');
    if (member.status === 'erased') throw new AppError('rule_broken', 'This member has been erased and cannot be flagged');
    const [row] = await tx
      .insert(talentFlags)
      .values({ memberId: body.memberId, reason: body.reason, tags: [...new Set(body.tags)], flaggedBy: actor.user.id })
      .onConflictDoNothing()
      .returning({ id: talentFlags.id });
    if (!row) throw new AppError('conflict', 'This member is already flagged: open the flag on the board');
    await recordAudit(tx, { actorId: actor.user.id, action: 'talent.flagged', objectType: 'talent_flag', objectId: row.id, data: { memberId: body.memberId }, ip: actor.ip });
    return oneFlag(tx, actor, row.id);
  });
}

async function lockFlag(tx: Tx, id: string) {
  const [flag] = await tx.select().from(talentFlags).where(eq(talentFlags.id, id)).for('update');
  if (!flag) throw notFound('No such flag');
  return flag;
}

export async function updateFlag(db: Db, actor: Actor, id: string, input: FlagUpdate): Promise<TalentFlag> {
  const body = ZFlagUpdate.parse(input);
  return db.transaction(async (tx) => {
    await lockFlag(tx, id);
    await tx
      .update(talentFlags)
      .set({ ...(body.reason ? { reason: body.reason } : {}), ...(body.tags ? { tags: [...new Set(body.tags)] } : {}), updatedAt: new Date() })
      .where(eq(talentFlags.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'talent.flag_updated', objectType: 'talent_flag', objectId: id, ip: actor.ip });
    return oneFlag(tx, actor, id);
  });
}

/** Move along the pipeline as `flagMoveAllowed` says; `rehired` records the rehire in the same step. */
export async function moveFlag(db: Db, actor: Actor, id: string, input: FlagMove): Promise<TalentFlag> {
  const move = ZFlagMove.parse(input);
  return db.transaction(async (tx) => {
    const flag = await lockFlag(tx, id);
    if (!flagMoveAllowed(flag.stage, move.stage)) {
      throw new AppError('rule_broken', flag.stage === 'rehired' ? 'A rehire is final' : `A flag cannot go from ${flag.stage} to ${move.stage}`, [
        { path: 'stage', message: `Not allowed from ${flag.stage}` },
      ]);
    }
    if (move.stage === 'rehired') {
      const { rehire } = move;
      if (rehire.jobId) {
        const [job] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.id, rehire.jobId));
        if (!job) throw new AppError('validation_failed', 'No such posting', [{ path: 'rehire.jobId', message: 'No such posting' }]);
      }
      await tx.insert(rehires).values({ memberId: flag.memberId, flagId: id, jobId: rehire.jobId, type: rehire.type, rehiredOn: rehire.rehiredOn, recordedBy: actor.user.id });
      await recordAudit(tx, { actorId: actor.user.id, action: 'talent.rehired', objectType: 'talent_flag', objectId: id, data: { rehiredOn: rehire.rehiredOn, type: rehire.type, jobId: rehire.jobId }, ip: actor.ip });
    }
    await tx.update(talentFlags).set({ stage: move.stage, stageChangedAt: new Date(), updatedAt: new Date() }).where(eq(talentFlags.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'talent.flag_moved', objectType: 'talent_flag', objectId: id, data: { from: flag.stage, to: move.stage }, ip: actor.ip });
    return oneFlag(tx, actor, id);
  });
}

export async function addNote(db: Db, actor: Actor, id: string, input: z.input<typeof ZFlagNoteBody>): Promise<TalentFlag> {
  const { text } = ZFlagNoteBody.parse(input);
  return db.transaction(async (tx) => {
    await lockFlag(tx, id);
    await tx.insert(talentNotes).values({ flagId: id, text, authorId: actor.user.id });
    await recordAudit(tx, { actorId: actor.user.id, action: 'talent.note_added', objectType: 'talent_flag', objectId: id, ip: actor.ip });
    return oneFlag(tx, actor, id);
  });
}

/** A flag goes with its notes; a recorded rehire stays, counted, without the flag. */
export async function deleteFlag(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const flag = await lockFlag(tx, id);
    await tx.delete(talentFlags).where(eq(talentFlags.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'talent.flag_deleted', objectType: 'talent_flag', objectId: id, data: { memberId: flag.memberId, stage: flag.stage }, ip: actor.ip });
  });
}

/** Which of the members' return modes fit a job type (`flexible` work is what members call gigs). */
const modeFor = (type: string) => (type === 'flexible' ? 'gig' : type);

/**
 * Members who fit a posting, best first. Only active, verified members who allow recruiter contact,
 * or who show their profile to staff and have not refused recruiter contact; the score adds up what matches: open to return (3), in the
 * posting's kind of work (3), worked in its department (2), skills named in the posting (1 each, at
 * most 3), and living in its place (1). Members without a single match are left out.
 */
export async function suggestions(db: Db, actor: Actor, jobId: string, limit = 25): Promise<Suggestions> {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw notFound('No such job');
  const text = `${Object.values(job.title).join(' ')} ${Object.values(job.description).join(' ')}`.toLowerCase();
  const res = await db.execute<{
    user_id: string; first_name: string | null; last_name: string | null; email: string; headline: string | null; city: string | null;
    open: boolean; mode: boolean; dept: boolean; skills: number; place: boolean; flagged: boolean;
  }>(sql`
    select * from (
      select m.user_id, u.first_name, u.last_name, u.email, m.headline, m.city,
        m.open_to_return as open,
        (m.open_to_return and ${modeFor(job.type)} = any(m.return_modes)) as mode,
        (lower(${job.department}) = any(select lower(d) from unnest(m.departments) d)) as dept,
        least(3, (select count(*)::int from unnest(m.skills) s where length(s) > 1 and position(lower(s) in ${text}) > 0)) as skills,
        (m.city is not null and lower(m.city) = lower(${job.location})) as place,
        exists (select 1 from talent_flags f where f.member_id = m.user_id) as flagged,
        m.directory_visibility as visibility,
        (select c.granted from consents c where c.member_id = m.user_id and c.channel = 'recruiter_contact'
          order by c.created_at desc, c.id desc limit 1) as contact
      from members m join users u on u.id = m.user_id
      where u.status = 'active' and m.verification_status = 'verified'
    ) c
    where (c.contact is true or (c.contact is null and c.visibility <> 'hidden'))
      and (c.open or c.dept or c.skills > 0 or c.place)
    order by (case when c.open then 3 else 0 end + case when c.mode then 3 else 0 end + case when c.dept then 2 else 0 end + c.skills + case when c.place then 1 else 0 end) desc,
      c.user_id
    limit ${limit}`);
  await recordAudit(db, { actorId: actor.user.id, action: 'job.suggestions_viewed', objectType: 'job', objectId: jobId, data: { shown: res.rows.length }, ip: actor.ip });
  return {
    items: res.rows.map((r) => {
      const reasons = [r.open && 'open_to_return', r.mode && 'mode', r.dept && 'department', r.skills > 0 && 'skills', r.place && 'place'].filter((x): x is string => typeof x === 'string');
      return {
        userId: r.user_id,
        name: displayName({ firstName: r.first_name, lastName: r.last_name, email: r.email }),
        headline: r.headline,
        city: r.city,
        score: (r.open ? 3 : 0) + (r.mode ? 3 : 0) + (r.dept ? 2 : 0) + r.skills + (r.place ? 1 : 0),
        reasons,
        flagged: r.flagged,
      };
    }),
  };
}
