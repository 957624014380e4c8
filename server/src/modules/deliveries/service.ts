import { sql, type SQL } from 'drizzle-orm';
import type { ConsentChannel, Language } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { deliveries } from '../../db/schema.js';
import type { OutgoingMail, Mailer } from '../../mail/mailer.js';
import { addressSuppressed } from '../segments/audience.js';
import { emailHash } from '../privacy/registry.js';

export type DeliveryRow = typeof deliveries.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who a delivery goes to, read when it is sent, so a changed address, language or consent is used. */
export interface Recipient {
  userId: string;
  email: string;
  language: Language;
  firstName: string | null;
  lastName: string | null;
  /** The consents in force at sending time; a channel without any history is absent (not granted). */
  consents: Partial<Record<ConsentChannel, boolean>>;
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
  /** Batches a worker has under way at once, so the database work of one overlaps the SMTP work of another. */
  lanes?: number;
  /** How long a claim holds; a worker that has not finished by then is taken for dead. */
  leaseSeconds?: number;
  /** Attempts before a temporary failure counts as a failure. */
  maxAttempts?: number;
  /** First retry delay; later ones double. */
  retryBaseSeconds?: number;
}

/** What a feature says about its own messages (those whose key starts with `prefix`). */
export interface MessageHooks {
  prefix: string;
  /** Asked before each batch: false stops the sending (a paused newsletter). */
  mayContinue?: (messageKey: string) => Promise<boolean>;
  /** Called when a worker found nothing more to claim for the message. */
  afterSend?: (messageKey: string) => Promise<void>;
}

export interface SenderDeps {
  db: Db;
  mailer: Mailer;
  renderers: Renderers;
  options?: DeliveryOptions;
  hooks?: readonly MessageHooks[];
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

interface Claimed {
  row: DeliveryRow;
  recipient: Recipient | null;
  active: boolean;
  suppressed: boolean;
}

interface ClaimedRow {
  id: number | string;
  message_key: string;
  kind: string;
  member_id: string;
  data: Record<string, string | number | null>;
  tracked: boolean;
  attempts: number;
  next_attempt_at: Date | string;
  created_at: Date | string;
  email: string | null;
  language: Language | null;
  first_name: string | null;
  last_name: string | null;
  active: boolean | null;
  suppressed: boolean | null;
  consents: Partial<Record<ConsentChannel, boolean>> | null;
  [key: string]: unknown;
}

/**
 * Claims up to a batch of the message's due rows (queued and due, or sending with a lapsed lease,
 * meaning the worker holding them died), marks them `sending` with a lease, and reads each
 * recipient with their consents and suppression in the same statement. SKIP LOCKED lets workers in
 * other processes claim other rows of the same message at the same time.
 */
async function claim(db: Db, messageKey: string, o: Required<DeliveryOptions>): Promise<Claimed[]> {
  const res = await db.execute<ClaimedRow>(sql`
    with claimed as (
      update deliveries d set status = 'sending', lease_until = now() + make_interval(secs => ${o.leaseSeconds}),
        attempts = d.attempts + 1, updated_at = now()
      where d.id in (
        select id from deliveries
        where message_key = ${messageKey}
          and ((status = 'queued' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now()))
        order by id limit ${o.batchSize}
        for update skip locked)
      returning d.id, d.message_key, d.kind, d.member_id, d.data, d.tracked, d.attempts, d.next_attempt_at, d.created_at)
    select c.*, u.email, u.language, u.first_name, u.last_name, u.status = 'active' as active,
      ${addressSuppressed()} as suppressed,
      (select jsonb_object_agg(x.channel, x.granted) from (
        select distinct on (channel) channel, granted from consents where member_id = c.member_id
        order by channel, created_at desc, id desc) x) as consents
    from claimed c left join users u on u.id = c.member_id
    order by c.id`);
  return res.rows.map((r) => {
    const row: DeliveryRow = {
      id: Number(r.id),
      messageKey: r.message_key,
      kind: r.kind,
      memberId: r.member_id,
      data: r.data,
      status: 'sending',
      attempts: r.attempts,
      nextAttemptAt: new Date(r.next_attempt_at),
      leaseUntil: null,
      lastError: null,
      smtpMessageId: null,
      sentAt: null,
      openedAt: null,
      clickedAt: null,
      unsubscribedAt: null,
      tracked: r.tracked,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(),
    };
    const recipient =
      r.email && r.language
        ? { userId: r.member_id, email: r.email, language: r.language, firstName: r.first_name, lastName: r.last_name, consents: r.consents ?? {} }
        : null;
    return { row, recipient, active: r.active === true, suppressed: r.suppressed === true };
  });
}

/** How a claimed delivery ended, recorded for the whole batch in one statement. */
interface Outcome {
  id: number;
  status: 'sent' | 'failed' | 'bounced' | 'suppressed' | 'skipped' | 'queued';
  messageId?: string;
  error?: string;
  /** For a retry: seconds until the next attempt. */
  delay?: number;
}

async function record(db: Db, outcomes: readonly Outcome[]): Promise<void> {
  if (!outcomes.length) return;
  // Only rows still `sending` are touched: a row another worker took over after a lapsed lease stays theirs.
  const rows = outcomes.map((x) => ({ id: x.id, status: x.status, message_id: x.messageId ?? null, error: x.error ?? null, delay: x.delay ?? null }));
  await db.execute(sql`
    update deliveries d set status = v.status::delivery_status,
      sent_at = case when v.status = 'sent' then now() else d.sent_at end,
      smtp_message_id = coalesce(v.message_id, d.smtp_message_id),
      last_error = v.error,
      next_attempt_at = case when v.delay is null then d.next_attempt_at else now() + make_interval(secs => v.delay) end,
      lease_until = null, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, status text, message_id text, error text, delay double precision)
    where d.id = v.id and d.status = 'sending'`);
}

/** Sends one claimed delivery; the outcome is recorded with the rest of its batch. */
async function deliverOne(deps: SenderDeps, c: Claimed, o: Required<DeliveryOptions>): Promise<Outcome> {
  const d = c.row;
  const renderer = deps.renderers[d.kind];
  if (!c.recipient || !c.active) return { id: d.id, status: 'skipped', error: 'the account is not active' };
  // Checked at sending time: an unsubscribe or bounce since the rows were written takes effect at once.
  if (c.suppressed) return { id: d.id, status: 'suppressed' };
  if (!renderer) return { id: d.id, status: 'failed', error: `no renderer for ${d.kind}` };
  let mail: OutgoingMail | null;
  try {
    mail = await renderer(d, c.recipient);
  } catch (err) {
    return { id: d.id, status: 'failed', error: `rendering failed: ${describe(err)}` };
  }
  if (!mail) return { id: d.id, status: 'skipped' };
  try {
    const info = await deps.mailer.send(mail);
    return { id: d.id, status: 'sent', messageId: info.messageId };
  } catch (err) {
    const code = responseCode(err);
    if (code !== null && code >= 500) {
      if (isHardBounce(err)) {
        const email = c.recipient.email;
        await deps.db.execute(sql`
          insert into suppressions (email_hash, email, reason) values (${emailHash(email)}, ${email.toLowerCase()}, 'hard_bounce')
          on conflict (email_hash) do nothing`);
        return { id: d.id, status: 'bounced', error: describe(err) };
      }
      return { id: d.id, status: 'failed', error: describe(err) };
    }
    // A 4xx reply or a lost connection: try again later, with a growing delay.
    if (d.attempts >= o.maxAttempts) return { id: d.id, status: 'failed', error: describe(err) };
    return { id: d.id, status: 'queued', error: describe(err), delay: o.retryBaseSeconds * 2 ** Math.max(0, d.attempts - 1) };
  }
}

const defaults: Required<DeliveryOptions> = { batchSize: 100, lanes: 2, leaseSeconds: 120, maxAttempts: 6, retryBaseSeconds: 30 };

const hooksOf = (deps: SenderDeps, messageKey: string): MessageHooks | undefined => deps.hooks?.find((h) => messageKey.startsWith(h.prefix));

/**
 * Sends the message's due deliveries, batch after batch, until none is left to claim (or the
 * message's feature says stop). A batch's mails go out side by side over the mailer's pooled
 * connections, and `lanes` batches are under way at once. Returns how many were handled.
 */
export async function sendDeliveries(deps: SenderDeps, messageKey: string): Promise<number> {
  const o = { ...defaults, ...deps.options };
  const hooks = hooksOf(deps, messageKey);
  let handled = 0;
  const lane = async () => {
    for (;;) {
      if (hooks?.mayContinue && !(await hooks.mayContinue(messageKey))) return;
      const batch = await claim(deps.db, messageKey, o);
      if (!batch.length) return;
      const outcomes = await Promise.all(batch.map((c) => deliverOne(deps, c, o)));
      await record(deps.db, outcomes);
      handled += batch.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.lanes) }, lane));
  await hooks?.afterSend?.(messageKey);
  return handled;
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
