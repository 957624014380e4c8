import { desc, eq, sql } from 'drizzle-orm';
import { ZMailPreferencesBody, type ConsentChannel, type MailPreferences, type MailPreferencesBody } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { consents, members, users } from '../../db/schema.js';
import { AppError, invalidToken } from '../../lib/errors.js';
import { verifyPreferenceToken, type PreferenceClaims } from './tokens.js';

/*
 * What a mail's own link may do without signing in: show the member's mail consents (the address
 * half hidden), withdraw the newsletter in one click, and change the mail channels. The signed token
 * alone authorises it; a token for an account that is gone is refused like a forged one.
 */

/** The channels a mail's preferences page offers. */
export const mailChannels: readonly ConsentChannel[] = ['newsletter', 'event_invites', 'job_alerts', 'tracking'];

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

/** "m***@example.com": enough for the member to know it is theirs, too little to learn an address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0] ?? ''}***${email.slice(at)}`;
}

async function memberOf(db: Executor, secret: string, token: string): Promise<{ claims: PreferenceClaims; email: string }> {
  const claims = verifyPreferenceToken(secret, token);
  const [row] = await db
    .select({ email: users.email, status: users.status })
    .from(users)
    .innerJoin(members, eq(members.userId, users.id))
    .where(eq(users.id, claims.memberId));
  if (!row || row.status === 'erased') throw invalidToken();
  return { claims, email: row.email };
}

async function consentsOf(db: Executor, memberId: string): Promise<Map<ConsentChannel, boolean>> {
  const rows = await db
    .selectDistinctOn([consents.channel], { channel: consents.channel, granted: consents.granted })
    .from(consents)
    .where(eq(consents.memberId, memberId))
    .orderBy(consents.channel, desc(consents.createdAt), desc(consents.id));
  return new Map(rows.map((r) => [r.channel, r.granted]));
}

async function view(db: Executor, memberId: string, email: string): Promise<MailPreferences> {
  const current = await consentsOf(db, memberId);
  return { email: maskEmail(email), channels: mailChannels.map((channel) => ({ channel, granted: current.get(channel) ?? false })) };
}

export async function mailPreferences(db: Db, secret: string, token: string): Promise<MailPreferences> {
  const { claims, email } = await memberOf(db, secret, token);
  return view(db, claims.memberId, email);
}

/** Writes the changed channels to the consent history; an unchanged one writes nothing (a repeat is harmless). */
async function apply(tx: Tx, memberId: string, wanted: ReadonlyArray<{ channel: ConsentChannel; granted: boolean }>): Promise<void> {
  const current = await consentsOf(tx, memberId);
  const changes = wanted.filter((c) => (current.get(c.channel) ?? false) !== c.granted);
  if (changes.length) await tx.insert(consents).values(changes.map((c) => ({ memberId, channel: c.channel, granted: c.granted, source: 'unsubscribe_link' })));
  if (changes.some((c) => c.channel === 'newsletter' && !c.granted)) {
    // At once, also for an issue still being sent: the member's rows not yet claimed are skipped.
    await tx.execute(sql`
      update deliveries set status = 'skipped', last_error = 'unsubscribed', updated_at = now()
      where member_id = ${memberId} and kind = 'newsletter' and status = 'queued'`);
  }
}

/** The one-click unsubscribe, from the page's button or a mail client's RFC 8058 POST. */
export async function unsubscribe(db: Db, secret: string, token: string): Promise<MailPreferences> {
  return db.transaction(async (tx) => {
    const { claims, email } = await memberOf(tx, secret, token);
    await apply(tx, claims.memberId, [{ channel: 'newsletter', granted: false }]);
    if (claims.deliveryId) {
      await tx.execute(sql`
        update deliveries set unsubscribed_at = coalesce(unsubscribed_at, now())
        where id = ${claims.deliveryId} and member_id = ${claims.memberId}`);
    }
    return view(tx, claims.memberId, email);
  });
}

export async function updateMailPreferences(db: Db, secret: string, input: MailPreferencesBody): Promise<MailPreferences> {
  const body = ZMailPreferencesBody.parse(input);
  const seen = new Set<ConsentChannel>();
  const details = body.channels.flatMap((c, i) => {
    if (!mailChannels.includes(c.channel)) return [{ path: `channels.${i}.channel`, message: 'This channel is not set from a mail link' }];
    if (seen.has(c.channel)) return [{ path: `channels.${i}.channel`, message: 'This channel is given twice' }];
    seen.add(c.channel);
    return [];
  });
  if (details.length) throw new AppError('validation_failed', 'The preferences have errors', details);
  return db.transaction(async (tx) => {
    const { claims, email } = await memberOf(tx, secret, body.token);
    const before = await consentsOf(tx, claims.memberId);
    await apply(tx, claims.memberId, body.channels);
    const withdrew = before.get('newsletter') === true && body.channels.some((c) => c.channel === 'newsletter' && !c.granted);
    if (withdrew && claims.deliveryId) {
      await tx.execute(sql`update deliveries set unsubscribed_at = coalesce(unsubscribed_at, now()) where id = ${claims.deliveryId} and member_id = ${claims.memberId}`);
    }
    return view(tx, claims.memberId, email);
  });
}
