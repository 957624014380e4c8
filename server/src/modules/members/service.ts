import { Readable } from 'node:stream';
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Language, MemberDetail, MemberListItem, MemberPage, Profile, ZMemberListQuery, ZStaffUpdateMemberBody } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { consents, employmentRecords, members, membershipClaims, recordInvitations, users, type UserRow } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { atMicros, decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { toClaim } from '../membership/service.js';
import { toEmploymentRecord } from '../records/record-dto.js';
import { setSuspended } from '../staff/service.js';
import { applyProfileUpdate, loadProfile } from '../profile/service.js';
import { csvBom, csvRow } from './csv.js';

export interface MembersDeps {
  db: Db;
  queue: Queue;
}

export type MemberListQuery = z.infer<typeof ZMemberListQuery>;
export type MemberFilters = Omit<MemberListQuery, 'limit' | 'cursor'>;

/** The most one CSV export holds; a larger selection must be narrowed by its filters first. */
export const exportMaxRows = 100_000;
const exportBatch = 2_000;
const zone = 'Europe/Helsinki';

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The console's filters as SQL over `users` joined with `members`. */
function filterConditions(f: MemberFilters): SQL[] {
  if (f.joinedFrom && f.joinedTo && f.joinedTo < f.joinedFrom) {
    throw new AppError('validation_failed', 'The end of the joined range is before its start', [
      { path: 'joinedTo', message: 'The end is before the start' },
    ]);
  }
  const where: SQL[] = [eq(users.role, 'member')];
  where.push(f.status ? eq(users.status, f.status) : sql`${users.status} <> 'erased'`);
  if (f.memberType) where.push(eq(members.memberType, f.memberType));
  if (f.verification) where.push(eq(members.verificationStatus, f.verification));
  if (f.department) where.push(sql`${members.departments} @> array[${f.department}]::text[]`);
  // Every word must be found in the folded name (trigram-indexed) or in the address.
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    const like = likePattern(word);
    where.push(sql`(${members.searchName} like alumni_fold(${like}) or lower(${users.email}) like lower(${like}))`);
  }
  if (f.consent) {
    // The newest row per member and channel is in force: one index probe per member
    // (consents_member_channel_idx), where a withdrawal after a grant reads as not granted.
    where.push(sql`(
      select c.granted from ${consents} c
      where c.member_id = ${members.userId} and c.channel = ${f.consent}
      order by c.created_at desc, c.id desc limit 1
    ) is true`);
  }
  // Days are Helsinki days: "joined on the 1st" includes 00:30 local time, which is still the 31st in UTC.
  if (f.joinedFrom) where.push(sql`${members.joinedAt} >= (${f.joinedFrom}::date::timestamp at time zone ${zone})`);
  if (f.joinedTo) where.push(sql`${members.joinedAt} < ((${f.joinedTo}::date + 1)::timestamp at time zone ${zone})`);
  return where;
}

/*
 * Keyset pagination, newest joined first. The cursor holds the join time in microseconds (what
 * PostgreSQL stores; a JavaScript Date would round it to milliseconds and skip or repeat rows) and
 * the id, which breaks ties.
 */
const cursorKey = microsOf(members.joinedAt);
const after = (at: SQL, id: string) => sql`(${members.joinedAt}, ${members.userId}) < (${at}, ${id}::uuid)`;

const listColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  status: users.status,
  lastLoginAt: users.lastLoginAt,
  memberType: members.memberType,
  verificationStatus: members.verificationStatus,
  departments: members.departments,
  city: members.city,
  country: members.country,
  joinedAt: members.joinedAt,
  cursorKey,
};

async function selectPage(db: Db, where: SQL[], limit: number) {
  return db
    .select(listColumns)
    .from(users)
    .innerJoin(members, eq(members.userId, users.id))
    .where(and(...where))
    .orderBy(desc(members.joinedAt), desc(members.userId))
    .limit(limit);
}

export async function listMembers(db: Db, q: MemberListQuery): Promise<MemberPage> {
  const where = filterConditions(q);
  const from = decodeTimeCursor(q.cursor);
  if (from) where.push(after(from.at, from.id));
  const rows = await selectPage(db, where, q.limit + 1);
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  const items: MemberListItem[] = pageRows.map((r) => ({
    id: r.id,
    email: r.email,
    firstName: r.firstName,
    lastName: r.lastName,
    status: r.status,
    memberType: r.memberType,
    verificationStatus: r.verificationStatus,
    departments: r.departments,
    city: r.city,
    joinedAt: r.joinedAt.toISOString(),
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
  }));
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.cursorKey, last.id) : null };
}

const csvHeaders: Record<Language, string[]> = {
  fi: ['Tunniste', 'Sähköposti', 'Etunimi', 'Sukunimi', 'Tila', 'Jäsentyyppi', 'Vahvistus', 'Osastot', 'Kaupunki', 'Maa', 'Liittynyt', 'Viimeksi kirjautunut'],
  sv: ['Id', 'E-post', 'Förnamn', 'Efternamn', 'Status', 'Medlemstyp', 'Verifiering', 'Avdelningar', 'Stad', 'Land', 'Gick med', 'Senast inloggad'],
  en: ['Id', 'Email', 'First name', 'Last name', 'Status', 'Member type', 'Verification', 'Departments', 'City', 'Country', 'Joined', 'Last sign-in'],
};

/** Helsinki wall-clock time, as a spreadsheet shows it best: `2026-11-23 09:25`. */
const helsinkiTime = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const helsinkiDay = new Intl.DateTimeFormat('sv-SE', { timeZone: zone });

export interface MemberExport {
  fileName: string;
  rowCount: number;
  body: Readable;
}

/**
 * A CSV of the filtered members. The export is counted and audited before the first byte leaves,
 * so an interrupted download is on record too; the rows then stream in keyset batches, never all
 * in memory, and stop at the audited count.
 */
export async function exportMembers(db: Db, actor: Actor, filters: MemberFilters): Promise<MemberExport> {
  const where = filterConditions(filters);
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(members, eq(members.userId, users.id))
    .where(and(...where));
  const rowCount = counted?.n ?? 0;
  if (rowCount > exportMaxRows) {
    throw new AppError('rule_broken', `The filters match ${rowCount} members; an export holds at most ${exportMaxRows}. Narrow the filters.`);
  }
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  await recordAudit(db, { actorId: actor.user.id, action: 'members.exported', objectType: 'member', data: { filters: given, rows: rowCount }, ip: actor.ip });

  const header = csvHeaders[actor.user.language];
  async function* lines(): AsyncGenerator<string> {
    yield csvBom + csvRow(header);
    let sent = 0;
    let cursor: [string, string] | undefined;
    while (sent < rowCount) {
      const batch = await selectPage(db, cursor ? [...where, after(atMicros(cursor[0]), cursor[1])] : where, Math.min(exportBatch, rowCount - sent));
      if (batch.length === 0) return;
      let chunk = '';
      for (const r of batch) {
        chunk += csvRow([
          r.id,
          r.email,
          r.firstName,
          r.lastName,
          r.status,
          r.memberType,
          r.verificationStatus,
          r.departments.join(', '),
          r.city,
          r.country,
          helsinkiTime.format(r.joinedAt),
          r.lastLoginAt ? helsinkiTime.format(r.lastLoginAt) : null,
        ]);
      }
      yield chunk;
      sent += batch.length;
      const last = batch.at(-1);
      if (!last) return;
      cursor = [last.cursorKey, last.id];
    }
  }
  return { fileName: `members-${helsinkiDay.format(new Date())}.csv`, rowCount, body: Readable.from(lines()) };
}

/** A member-role account that is not erased; staff and erased accounts are unknown to the member console. */
async function findMember(db: Pick<Db, 'select'>, id: string, lock = false): Promise<UserRow | undefined> {
  const query = db
    .select({ user: users })
    .from(users)
    .innerJoin(members, eq(members.userId, users.id))
    .where(and(eq(users.id, id), eq(users.role, 'member'), sql`${users.status} <> 'erased'`));
  const [row] = lock ? await query.for('update', { of: users }) : await query;
  return row?.user;
}

async function memberDetail(db: Db, id: string): Promise<MemberDetail> {
  const user = await findMember(db, id);
  if (!user) throw notFound('Member not found');
  const [profile, claims, history, records] = await Promise.all([
    loadProfile(db, id),
    db.select().from(membershipClaims).where(eq(membershipClaims.memberId, id)).orderBy(desc(membershipClaims.createdAt), desc(membershipClaims.id)),
    db.select().from(consents).where(eq(consents.memberId, id)).orderBy(desc(consents.createdAt), desc(consents.id)),
    db.select().from(employmentRecords).where(eq(employmentRecords.memberId, id))
      .orderBy(desc(employmentRecords.startDate), desc(employmentRecords.id)),
  ]);
  // Invitations sent to the member's address, or for the records the member was matched to.
  const invitations = await db
    .select()
    .from(recordInvitations)
    .where(
      or(
        sql`lower(${recordInvitations.email}) = lower(${user.email})`,
        eq(recordInvitations.acceptedBy, id),
        sql`${recordInvitations.employeeNumber} in (select r.employee_number from ${employmentRecords} r where r.member_id = ${id})`,
      ),
    )
    .orderBy(desc(recordInvitations.createdAt), desc(recordInvitations.id));
  const invitedAtOf = new Map(invitations.map((i) => [i.employeeNumber, i.sentAt ?? i.createdAt]));
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    profile,
    status: user.status,
    lastLoginAt: iso(user.lastLoginAt),
    claims: claims.map(toClaim),
    consentHistory: history.map((c) => ({ channel: c.channel, granted: c.granted, source: c.source, createdAt: c.createdAt.toISOString() })),
    invitations: invitations.map((i) => ({
      employeeNumber: i.employeeNumber,
      email: i.email,
      createdAt: i.createdAt.toISOString(),
      sentAt: iso(i.sentAt),
      acceptedAt: iso(i.acceptedAt),
    })),
    records: records.map((r) => toEmploymentRecord(r, invitedAtOf.get(r.employeeNumber) ?? null)),
  };
}

/** A staff read of one member: every one is audited. */
export async function viewMember(db: Db, actor: Actor, id: string): Promise<MemberDetail> {
  const detail = await memberDetail(db, id);
  await recordAudit(db, { actorId: actor.user.id, action: 'member.viewed', objectType: 'user', objectId: id, ip: actor.ip });
  return detail;
}

type UpdateBody = z.infer<typeof ZStaffUpdateMemberBody>;
/** The profile fields HR may edit, as the profile names them. */
const editableFields = [
  'firstName',
  'lastName',
  'language',
  'memberType',
  'headline',
  'currentEmployer',
  'currentTitle',
  'city',
  'country',
  'linkedinUrl',
  'bio',
  'skills',
  'openToReturn',
  'returnModes',
  'mentor',
  'speaker',
  'directoryVisibility',
] as const satisfies ReadonlyArray<keyof UpdateBody & keyof Profile>;

/**
 * HR edits a member's profile with the profile's own rules. The audit entry names the fields that
 * changed (a side effect included, e.g. return modes cleared when no longer open to return), never
 * their values; an edit that changes nothing is not an event.
 */
export async function updateMember(db: Db, actor: Actor, id: string, body: UpdateBody): Promise<MemberDetail> {
  await db.transaction(async (tx) => {
    if (!(await findMember(tx, id, true))) throw notFound('Member not found');
    const before = await loadProfile(tx, id);
    await applyProfileUpdate(tx, id, body);
    const after = await loadProfile(tx, id);
    const changed = editableFields.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length === 0) return;
    await recordAudit(tx, { actorId: actor.user.id, action: 'member.updated', objectType: 'user', objectId: id, data: { fields: [...changed].sort() }, ip: actor.ip });
  });
  return memberDetail(db, id);
}

/** Suspends or reactivates a member; staff accounts are not reachable through the member console. */
export async function setMemberSuspended(deps: MembersDeps, actor: Actor, id: string, suspend: boolean): Promise<MemberDetail> {
  if (!(await findMember(deps.db, id))) throw notFound('Member not found');
  await setSuspended(deps, actor, id, suspend);
  return memberDetail(deps.db, id);
}
