import { createHmac, timingSafeEqual } from 'node:crypto';
import { invalidToken } from '../../lib/errors.js';

/*
 * A mail's unsubscribe and preferences links carry the member (and the delivery it came in, for
 * the statistics), an expiry and an HMAC under a key derived from the server secret. The
 * tracking links carry only the delivery. A changed byte, another server's token or an expired one
 * is refused the same way, and nothing in the refusal says whose it was.
 */

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const mac = (purpose: string, secret: string, payload: Buffer, bytes: number) => createHmac('sha256', `${purpose}:${secret}`).update(payload).digest().subarray(0, bytes);

/** Unsubscribe links keep working for about 13 months, longer than the gap between two issues. */
export const unsubscribeLinkDays = 400;

export interface PreferenceClaims {
  memberId: string;
  /** The delivery the link came in; 0 for a test mail or a link from elsewhere. */
  deliveryId: number;
}

export function signPreferenceToken(secret: string, claims: PreferenceClaims, now = new Date()): string {
  const payload = Buffer.alloc(1 + 16 + 8 + 4);
  payload[0] = 1;
  uuidBytes(claims.memberId).copy(payload, 1);
  payload.writeBigUInt64BE(BigInt(claims.deliveryId), 17);
  payload.writeUInt32BE(Math.ceil(now.getTime() / 1000) + unsubscribeLinkDays * 86_400, 25);
  return Buffer.concat([payload, mac('mail-preferences', secret, payload, 16)]).toString('base64url');
}

export function verifyPreferenceToken(secret: string, token: string, now = new Date()): PreferenceClaims {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 45 || raw[0] !== 1) throw invalidToken();
  const payload = raw.subarray(0, 29);
  if (!timingSafeEqual(raw.subarray(29), mac('mail-preferences', secret, payload, 16))) throw invalidToken();
  if (payload.readUInt32BE(25) * 1000 < now.getTime()) throw invalidToken();
  return { memberId: uuidOf(payload.subarray(1, 17)), deliveryId: Number(payload.readBigUInt64BE(17)) };
}

/** The delivery an open pixel or a click redirect belongs to. */
export function signTrackingToken(secret: string, deliveryId: number): string {
  const payload = Buffer.alloc(9);
  payload[0] = 1;
  payload.writeBigUInt64BE(BigInt(deliveryId), 1);
  return Buffer.concat([payload, mac('mail-tracking', secret, payload, 12)]).toString('base64url');
}

/** The delivery, or null for a token not signed here (a tracking request is never an error page). */
export function verifyTrackingToken(secret: string, token: string): number | null {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== 21 || raw[0] !== 1) return null;
  const payload = raw.subarray(0, 9);
  if (!timingSafeEqual(raw.subarray(9), mac('mail-tracking', secret, payload, 12))) return null;
  return Number(payload.readBigUInt64BE(1));
}
