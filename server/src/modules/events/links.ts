import { eq } from 'drizzle-orm';
import type { RsvpAnswer, RsvpTokenView } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { invalidToken } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { hitLimit } from '../auth/rate-limit.js';
import { toPortalEvents } from './portal.js';
import { answer } from './rsvp.js';
import { getEventRow, sendQueued } from './service.js';
import { verifyRsvpToken } from './tokens.js';

/*
 * The answer links of invitation mails. The link opens a page; only the page's button posts the
 * answer, so a mail scanner that fetches every link answers nothing. The signed token alone
 * authorises the answer: no session, as one click from the mail must work on any device.
 */

async function viewFor(db: Db, eventId: string, memberId: string): Promise<RsvpTokenView> {
  const [user] = await db.select({ status: users.status, firstName: users.firstName, language: users.language }).from(users).where(eq(users.id, memberId));
  if (user?.status !== 'active') throw invalidToken();
  const event = await getEventRow(db, eventId).catch(() => Promise.reject(invalidToken()));
  const [view] = await toPortalEvents(db, [event], memberId);
  if (!view) throw invalidToken();
  return { event: view, firstName: user.firstName, language: user.language };
}

/** What the link's page shows: the event and the member's answer so far. */
export async function previewByToken(db: Db, secret: string, token: string, ip: string | null): Promise<RsvpTokenView> {
  await hitLimit(db, 'tokenIp', ip);
  const claims = verifyRsvpToken(secret, token);
  return viewFor(db, claims.eventId, claims.memberId);
}

/** The answer given on the link's page; the same answer twice changes nothing. */
export async function answerByToken(
  deps: { db: Db; queue: Queue },
  secret: string,
  input: { token: string; status: RsvpAnswer; guests: number },
  ip: string | null,
): Promise<RsvpTokenView> {
  await hitLimit(deps.db, 'tokenIp', ip);
  const claims = verifyRsvpToken(secret, input.token);
  const [user] = await deps.db.select({ status: users.status }).from(users).where(eq(users.id, claims.memberId));
  if (user?.status !== 'active') throw invalidToken();
  const result = await answer(deps.db, { eventId: claims.eventId, memberId: claims.memberId, status: input.status, guests: input.guests });
  await sendQueued(deps.queue, result.keys);
  return viewFor(deps.db, claims.eventId, claims.memberId);
}
