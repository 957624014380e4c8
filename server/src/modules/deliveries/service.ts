import { sql, type SQL } from 'drizzle-orm';
import type { Language } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { deliveries } from '../../db/schema.js';
import type { OutgoingMail, Mailer } from '../../mail/mailer.js';
import { addressSuppressed } from '../segments/audience.js';
import { emailHash } from '../privacy/registry.js';

export type DeliveryRow = typeof deliveries.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who a delivery goes to, read when it is sent, so a changed address or language is used. */
export interface Recipient {
  userId: string;
  email: string;
  language: Language;
  firstName: string | null;
  lastName: string | null;
}

/**
 * Builds one delivery's mail, reading what it needs afresh; null when the message no longer applies
 * to the member (their answer changed, the consent was withdrawn), which marks it skipped.
 */
export type DeliveryRenderer = (delivery: DeliveryRow, recipient: Recipient) => Promise<OutgoingMail | null>;
export type Renderers = Readonly<Record<string, DeliveryRenderer>>;

export interface DeliveryOptions {
  /** Rows a worker claims at a time. */
  batchSize?: number;
  /** How long a claim holds; a worker that has not finished by then is taken for dead. */
  leaseSeconds?: number;
  /** Attempts before a temporary failure counts as a failure. */
  maxAttempts?: number;
  /** First retry delay; later ones double. */
  retryBaseSeconds?: number;
}

export interface SenderDeps {
  db: Db;
  mailer: Mailer;
  renderers: Renderers;
  options?: DeliveryOptions;
}

/**
 * Writes one queued delivery per member of `memberIds` (a `select` yielding `user_id`) for the
 * message, in one statement; members who already have a row for it are left alone. Call inside the
 * transaction that decides the message, then queue `sendDeliveriesJob` for the key after it commits.
 */
export async function enqueueDeliveries(
  tx: Pick<Db, 'execute'> | Tx,
  message: { key: string; kind: string; data?: Record<string, string | number | null> },
  memberIds: SQL,
): Promise<number> {
  const res = await tx.execute(sql`
    insert into deliveries (message_key, kind, member_id, data)
    select ${message.key}, ${message.kind}, x.user_id, ${JSON.stringify(message.data ?? {})}::jsonb from (${memberIds}) x
    on conflict (message_key, member_id) do nothing`);
  return res.rowCount ?? 0;
}

/** An SMTP error's reply code, when the server gave one (nodemailer sets `responseCode`). */
const responseCode = (err: unknown): number | null =>
  typeof err === 'object' && err !== null && 'responseCode' in err && typeof err.responseCode === 'number' ? err.responseCode : null;

/** A 5xx reply that says the mailbox does not exist: the address goes on the suppression list. */
const isHardBounce = (err: unknown): boolean => {
  const code = responseCode(err);
  const text = err instanceof Error ? err.message : '';
  return code === 550 || code === 551 || code === 553 || /\b5\.1\.[0-9]\b/.test(text);
};

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/**
 * Claims up to a batch of the message's due rows (queued and due, or sending with a lapsed lease,
 * meaning the worker holding them died) and marks them `sending` with a lease. SKIP LOCKED lets
 * workers in other processes claim other rows of the same message at the same time.
 */
async function claim(db: Db, messageKey: string, o: Required<DeliveryOptions>): Promise<DeliveryRow[]> {
  const res = await db.execute<{ id: number }>(sql`
    update deliveries d set status = 'sending', lease_until = now() + make_interval(secs => ${o.leaseSeconds}),
      attempts = d.attempts + 1, updated_at = now()
    where d.id in (
      select id from deliveries
      where message_key = ${messageKey}
        and ((status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now()))
      order by id limit ${o.batchSize}
      for update skip locked)
    returning d.id`);
  const ids = res.rows.map((r) => Number(r.id));
  if (!ids.length) return [];
  return db.select().from(deliveries).where(sql`${deliveries.id} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`).orderBy(deliveries.id);
}

async function finish(db: Db, id: number, set: SQL): Promise<void> {
  await db.execute(sql`update deliveries set ${set}, lease_until = null, updated_at = now() where id = ${id} and status = 'sending'`);
}

async function recipientOf(db: Db, userId: string): Promise<(Recipient & { active: boolean; suppressed: boolean }) | null> {
  const res = await db.execute<{ email: string; language: Language; first_name: string | null; last_name: string | null; active: boolean; suppressed: boolean }>(sql`
    select u.email, u.language, u.first_name, u.last_name, u.status = 'active' as active, ${addressSuppressed()} as suppressed
    from users u where u.id = ${userId}`);
  const row = res.rows[0];
  if (!row) return null;
  return { userId, email: row.email, language: row.language, firstName: row.first_name, lastName: row.last_name, active: row.active, suppressed: row.suppressed };
}

/** Sends one claimed delivery and records the outcome on its row. */
async function deliverOne(deps: SenderDeps, d: DeliveryRow, o: Required<DeliveryOptions>): Promise<void> {
  const renderer = deps.renderers[d.kind];
  const recipient = await recipientOf(deps.db, d.memberId);
  if (!recipient || !recipient.active) return finish(deps.db, d.id, sql`status = 'skipped', last_error = 'the account is not active'`);
  // Checked at sending time: an unsubscribe or bounce since the rows were written takes effect at once.
  if (recipient.suppressed) return finish(deps.db, d.id, sql`status = 'suppressed'`);
  if (!renderer) return finish(deps.db, d.id, sql`status = 'failed', last_error = ${`no renderer for ${d.kind}`}`);
  let mail: OutgoingMail | null;
  try {
    mail = await renderer(d, recipient);
  } catch (err) {
    return finish(deps.db, d.id, sql`status = 'failed', last_error = ${`rendering failed: ${describe(err)}`}`);
  }
  if (!mail) return finish(deps.db, d.id, sql`status = 'skipped'`);
  try {
    const info = await deps.mailer.send(mail);
    await finish(deps.db, d.id, sql`status = 'sent', sent_at = now(), smtp_message_id = ${info.messageId}, last_error = null`);
  } catch (err) {
    const code = responseCode(err);
    if (code !== null && code >= 500) {
      if (isHardBounce(err)) {
        await deps.db.execute(sql`
          insert into suppressions (email_hash, email, reason) values (${emailHash(recipient.email)}, ${recipient.email.toLowerCase()}, 'hard_bounce')
          on conflict (email_hash) do nothing`);
        return finish(deps.db, d.id, sql`status = 'bounced', last_error = ${describe(err)}`);
      }
      return finish(deps.db, d.id, sql`status = 'failed', last_error = ${describe(err)}`);
    }
    // A 4xx reply or a lost connection: try again later, with a growing delay.
    if (d.attempts >= o.maxAttempts) return finish(deps.db, d.id, sql`status = 'failed', last_error = ${describe(err)}`);
    const delay = o.retryBaseSeconds * 2 ** Math.max(0, d.attempts - 1);
    return finish(deps.db, d.id, sql`status = 'queued', next_attempt_at = now() + make_interval(secs => ${delay}), last_error = ${describe(err)}`);
  }
}

const defaults: Required<DeliveryOptions> = { batchSize: 50, leaseSeconds: 120, maxAttempts: 6, retryBaseSeconds: 30 };

/** Sends the message's due deliveries, batch after batch, until none is left to claim. Returns how many were handled. */
export async function sendDeliveries(deps: SenderDeps, messageKey: string): Promise<number> {
  const o = { ...defaults, ...deps.options };
  let handled = 0;
  for (;;) {
    const batch = await claim(deps.db, messageKey, o);
    if (!batch.length) return handled;
    for (const d of batch) await deliverOne(deps, d, o);
    handled += batch.length;
  }
}

/** The messages with rows due now: retries whose time came, and claims whose worker died. */
export async function dueMessages(db: Db): Promise<string[]> {
  const res = await db.execute<{ message_key: string }>(sql`
    select distinct message_key from deliveries
    where (status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now())
    limit 1000`);
  return res.rows.map((r) => r.message_key);
}

/** Sends everything due; the sweep that picks up retries and a dead worker's rows. */
export async function sweepDeliveries(deps: SenderDeps): Promise<void> {
  for (const key of await dueMessages(deps.db)) await sendDeliveries(deps, key);
}

/** Per status, how the message's deliveries stand. */
export async function deliveryCounts(db: Db, messageKey: string): Promise<Record<string, number>> {
  const res = await db.execute<{ status: string; n: number }>(sql`
    select status::text, count(*)::int as n from deliveries where message_key = ${messageKey} group by status`);
  return Object.fromEntries(res.rows.map((r) => [r.status, r.n]));
}
