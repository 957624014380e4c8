import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { consentInForce } from '../segments/audience.js';
import { verifyTrackingToken } from './tokens.js';

/*
 * Opens and clicks are recorded only while the member allows tracking: a mail sent with tracking
 * to someone who has since withdrawn it records nothing more. A click redirects to the issue's own
 * numbered link, so the redirect can never be pointed anywhere else.
 */

/** A transparent 1×1 GIF. */
export const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const tracked = (deliveryId: number) => sql`d.id = ${deliveryId} and d.kind = 'newsletter'
  and exists (select 1 from members m where m.user_id = d.member_id and ${consentInForce('tracking')})`;

export async function recordOpen(db: Db, secret: string, token: string): Promise<void> {
  const id = verifyTrackingToken(secret, token);
  if (id === null) return;
  await db.execute(sql`update deliveries d set opened_at = now() where ${tracked(id)} and d.opened_at is null`);
}

/** Where the click goes (null for a token or link that is not the issue's), recording it when allowed. */
export async function recordClick(db: Db, secret: string, token: string, link: number): Promise<string | null> {
  const id = verifyTrackingToken(secret, token);
  if (id === null) return null;
  const res = await db.execute<{ url: string | null }>(sql`
    select n.links->>${link}::int as url from deliveries d join newsletters n on n.id = (d.data->>'newsletterId')::uuid
    where d.id = ${id} and d.kind = 'newsletter'`);
  const url = res.rows[0]?.url ?? null;
  if (!url) return null;
  const updated = await db.execute(sql`
    update deliveries d set clicked_at = coalesce(d.clicked_at, now()), opened_at = coalesce(d.opened_at, now()) where ${tracked(id)}`);
  if (updated.rowCount) {
    await db.execute(sql`
      insert into newsletter_clicks (delivery_id, link) values (${id}, ${link})
      on conflict (delivery_id, link) do update set clicks = newsletter_clicks.clicks + 1`);
  }
  return url;
}
