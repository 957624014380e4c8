import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { webPaths, type InvitationPreview, type InviteRecordsBody, type InviteResult, type JoinBody } from '@alumni/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { employmentPeriods, employmentRecords, members, recordInvitations, users, type UserRow } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, invalidToken } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import type { Mailer } from '../../mail/mailer.js';
import { renderMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword } from '../auth/passwords.js';
import { hitLimit } from '../auth/rate-limit.js';
import { hashToken } from '../auth/tokens.js';
import { addressSuppressed } from '../segments/audience.js';
import { mailBrandingFor } from '../settings/service.js';
import { sendRecordInvitationJob } from './job-specs.js';

/** How long an invitation link works, from the day it is mailed. */
export const invitationTtlDays = 30;

/** How many invited employee numbers an audit entry lists. */
const auditedNumbersMax = 1000;


/**
 * Invites the people behind the chosen records, or everyone who left in a date range. One
 * invitation per person (employee number) and per address: pressing again while a link is live
 * finds them invited and sends nothing. Once a link has expired unused, pressing again renews that
 * same invitation and sends a fresh link. People without an address, who are members already (their
 * record is linked or their address has an account) or whose address is suppressed are skipped.
 */
export async function inviteRecords(deps: { db: Db; queue: Queue }, actor: Actor, body: InviteRecordsBody): Promise<InviteResult> {
  // Someone who left in the range but was hired again (an open record, or a later end) has not left.
  const chosen =
    'recordIds' in body
      ? sql`select distinct r.employee_number from employment_records r
          where r.id in (${sql.join(body.recordIds.map((id) => sql`${id}::uuid`), sql`, `)})`
      : sql`select r.employee_number from employment_records r
          where r.employee_number in (
            select x.employee_number from employment_records x where x.end_date between ${body.leftFrom}::date and ${body.leftTo}::date)
          group by r.employee_number
          having count(*) = count(r.end_date) and max(r.end_date) between ${body.leftFrom}::date and ${body.leftTo}::date`;
  const result = await deps.db.transaction(async (tx) => {
    const res = await tx.execute<{ people: number; ids: string[]; numbers: string[] }>(sql`
      with chosen as (${chosen}), people as (
        select c.employee_number,
          (select r.email from employment_records r
             where r.employee_number = c.employee_number and r.email is not null
             order by r.start_date desc limit 1) as email,
          exists (select 1 from employment_records r where r.employee_number = c.employee_number and r.member_id is not null) as linked
        from chosen c
      ), eligible as (
        select distinct on (p.email) p.employee_number, p.email
        from people p
        where p.email is not null and not p.linked
          and not exists (select 1 from users u where lower(u.email) = p.email)
          and not exists (select 1 from record_invitations i where i.email = p.email)
          and not ${addressSuppressed(sql`p.email`)}
        order by p.email, p.employee_number
      ), inserted as (
        insert into record_invitations (employee_number, email, language, invited_by)
        select e.employee_number, e.email, ${body.language ?? 'fi'}::language, ${actor.user.id}::uuid from eligible e
        -- Either key, the person's or the address's: a concurrent request may have taken it since the check above.
        on conflict do nothing
        returning id, employee_number
      ), renewed as (
        -- An invitation whose link expired unused (or was cleared by retention) is sent again, fresh.
        update record_invitations i
        set sent_at = null, token_hash = null, expires_at = null, created_at = now(),
            invited_by = ${actor.user.id}::uuid, language = ${body.language ?? 'fi'}::language
        from people p
        where i.employee_number = p.employee_number and i.accepted_at is null and not p.linked
          and i.sent_at is not null and (i.expires_at < now() or i.token_hash is null)
          and not exists (select 1 from users u where lower(u.email) = lower(i.email))
          and not ${addressSuppressed(sql`i.email`)}
        returning i.id, i.employee_number
      ), sent as (
        select id, employee_number from inserted union all select id, employee_number from renewed
      )
      select (select count(*) from chosen)::int as people,
        coalesce((select array_agg(id) from sent), '{}') as ids,
        coalesce((select array_agg(employee_number order by employee_number) from sent), '{}') as numbers`);
    const row = res.rows[0] ?? { people: 0, ids: [], numbers: [] };
    const invited = row.ids.length;
    const skipped = row.people - invited;
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'records.invited',
      objectType: 'employment_records',
      data: {
        invited,
        skipped,
        ...('recordIds' in body ? { records: body.recordIds.length } : { leftFrom: body.leftFrom, leftTo: body.leftTo }),
        // Who was invited, so a later question can be answered; a huge batch keeps its first ones.
        employeeNumbers: row.numbers.slice(0, auditedNumbersMax),
        ...(row.numbers.length > auditedNumbersMax ? { employeeNumbersOmitted: row.numbers.length - auditedNumbersMax } : {}),
      },
      ip: actor.ip,
    });
    return { ids: row.ids, invited, skipped };
  });
  for (const invitationId of result.ids) await deps.queue.send(sendRecordInvitationJob, { invitationId });
  return { invited: result.invited, skipped: result.skipped };
}

/** A person's records, oldest first; the newest one with an address names them. */
async function recordsOf(db: Pick<Db, 'select'>, employeeNumber: string) {
  return db.select().from(employmentRecords).where(eq(employmentRecords.employeeNumber, employeeNumber)).orderBy(asc(employmentRecords.startDate), asc(employmentRecords.id));
}

const namingRecord = <R extends { email: string | null }>(records: R[], email: string): R | undefined =>
  records.findLast((r) => r.email === email) ?? records.at(-1);

/**
 * Mails one invitation with a fresh link. The row stays locked while the mail goes out and is
 * marked sent in the same transaction, so a repeated or concurrent run finds it sent and mails
 * nothing; a failed send rolls back and the queue tries again.
 */
export async function sendInvitation(deps: { db: Db; mailer: Mailer; config: Config }, invitationId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [inv] = await tx.select().from(recordInvitations).where(eq(recordInvitations.id, invitationId)).for('update');
    if (!inv || inv.sentAt || inv.acceptedAt) return;
    // Someone who joined on their own, or asked never to be mailed, since HR pressed the button.
    const [blocked] = await tx.execute<{ blocked: boolean }>(sql`
      select exists (select 1 from users u where lower(u.email) = ${inv.email}) or ${addressSuppressed(sql`${inv.email}`)} as blocked`).then((r) => r.rows);
    if (blocked?.blocked) return;
    const person = namingRecord(await recordsOf(tx, inv.employeeNumber), inv.email);
    const token = randomBytes(32).toString('base64url');
    await tx
      .update(recordInvitations)
      .set({ tokenHash: hashToken(token), sentAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${invitationTtlDays})` })
      .where(eq(recordInvitations.id, inv.id));
    const link = `${deps.config.appUrl}${webPaths.join}?token=${encodeURIComponent(token)}`;
    const mail = renderMail('record_invitation', inv.language, { ...(await mailBrandingFor(tx, deps.config)), firstName: person?.firstName ?? null, link });
    await deps.mailer.send({ to: inv.email, ...mail });
  });
}

type Executor = Pick<Db, 'select'>;

/** The open invitation a link's token belongs to. */
async function openInvitation(db: Executor, token: string, lock = false) {
  const query = db
    .select()
    .from(recordInvitations)
    .where(and(eq(recordInvitations.tokenHash, hashToken(token)), isNull(recordInvitations.acceptedAt), gt(recordInvitations.expiresAt, sql`now()`)));
  const [inv] = lock ? await query.for('update') : await query;
  if (!inv) throw invalidToken();
  return inv;
}

/** What the invitation link pre-fills: the person's names, address and every period on record. */
export async function previewInvitation(db: Db, token: string, ip: string | null): Promise<InvitationPreview> {
  await hitLimit(db, 'tokenIp', ip);
  const inv = await openInvitation(db, token);
  const records = await recordsOf(db, inv.employeeNumber);
  const person = namingRecord(records, inv.email);
  if (!person) throw invalidToken();
  return {
    email: inv.email,
    firstName: person.firstName,
    lastName: person.lastName,
    language: inv.language,
    periods: records.map((r) => ({ department: r.department, title: r.title, startDate: r.startDate, endDate: r.endDate })),
  };
}

/**
 * Joins from an invitation: the mail proved the address and HR's records prove the employment, so
 * the account starts active and the member verified, with a verified period for every record of
 * that employee number. An address that already has an account changes nothing.
 */
export async function joinFromInvitation(db: Db, body: JoinBody, ip: string | null): Promise<UserRow> {
  await hitLimit(db, 'registerIp', ip);
  const passwordHash = await hashPassword(body.password);
  return db.transaction(async (tx) => {
    const inv = await openInvitation(tx, body.token, true);
    const alreadyMember = () => new AppError('conflict', 'This address already has an account: sign in instead');
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${inv.email}`);
    if (taken) throw alreadyMember();
    const records = await recordsOf(tx, inv.employeeNumber);
    if (!records.length) throw invalidToken();
    if (records.some((r) => r.memberId !== null)) throw alreadyMember();
    const now = new Date();
    const [user] = await tx
      .insert(users)
      .values({
        email: inv.email,
        passwordHash,
        role: 'member',
        status: 'active',
        emailVerifiedAt: now,
        language: body.language,
        firstName: body.firstName,
        lastName: body.lastName,
      })
      .onConflictDoNothing()
      .returning();
    if (!user) throw alreadyMember();
    const memberType = records.findLast((r) => r.memberType !== null)?.memberType ?? 'former_employee';
    await tx.insert(members).values({ userId: user.id, memberType, verificationStatus: 'verified', verifiedAt: now });
    await tx.insert(employmentPeriods).values(
      records.map((r) => ({ memberId: user.id, department: r.department, title: r.title, startDate: r.startDate, endDate: r.endDate, verified: true, recordId: r.id })),
    );
    await tx.update(employmentRecords).set({ memberId: user.id }).where(and(eq(employmentRecords.employeeNumber, inv.employeeNumber), isNull(employmentRecords.memberId)));
    await tx.update(recordInvitations).set({ acceptedAt: now, acceptedBy: user.id }).where(eq(recordInvitations.id, inv.id));
    return user;
  });
}
