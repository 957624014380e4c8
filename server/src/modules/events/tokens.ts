import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidToken } from '../../lib/errors.js';

/*
 * The answer links in invitation mails carry a signed token: the event, the member and an expiry,
 * with an HMAC over them under a key derived from the server secret. It is checked without any
 * stored state, works without signing in, and a changed byte makes it invalid.
 */

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const signer = (secret: string) => (payload: Buffer) => createHmac('sha256', `rsvp-link:${secret}`).update(payload).digest().subarray(0, 16);

export interface RsvpClaims {
  eventId: string;
  memberId: string;
}

/** A link token for the member's answers to the event, valid until `expiresAt`. */
export function signRsvpToken(secret: string, claims: RsvpClaims, expiresAt: Date): string {
  const exp = Buffer.alloc(4);
  exp.writeUInt32BE(Math.ceil(expiresAt.getTime() / 1000));
  const payload = Buffer.concat([Buffer.from([1]), uuidBytes(claims.eventId), uuidBytes(claims.memberId), exp]);
  return Buffer.concat([payload, signer(secret)(payload)]).toString('base64url');
}

/** The event and member a token names; a tampered, foreign or expired token is the same 400. */
export function verifyRsvpToken(secret: string, token: string, now = new Date()): RsvpClaims {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 53 || raw[0] !== 1) throw invalidToken();
  const payload = raw.subarray(0, 37);
  const given = raw.subarray(37);
  if (!timingSafeEqual(given, signer(secret)(payload))) throw invalidToken();
  if (payload.readUInt32BE(33) * 1000 < now.getTime()) throw invalidToken();
  return { eventId: uuidOf(payload.subarray(1, 17)), memberId: uuidOf(payload.subarray(17, 33)) };
}

const feedSigner = (secret: string) => (payload: Buffer) => createHmac('sha256', `calendar-feed:${secret}`).update(payload).digest().subarray(0, 18);

/** The secret part of a member's feed address, for the feed's current version. */
export function signFeedToken(secret: string, memberId: string, version: number): string {
  const v = Buffer.alloc(4);
  v.writeUInt32BE(version);
  const payload = Buffer.concat([Buffer.from([1]), uuidBytes(memberId), v]);
  return Buffer.concat([payload, feedSigner(secret)(payload)]).toString('base64url');
}

/** The member and version a feed address names, or null for one that was not signed here. */
export function verifyFeedToken(secret: string, token: string): { memberId: string; version: number } | null {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 39 || raw[0] !== 1) return null;
  const payload = raw.subarray(0, 21);
  if (!timingSafeEqual(raw.subarray(21), feedSigner(secret)(payload))) return null;
  return { memberId: uuidOf(payload.subarray(1, 17)), version: payload.readUInt32BE(17) };
}
