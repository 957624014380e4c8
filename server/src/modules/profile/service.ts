import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  apiPaths,
  consentChannels,
  returnModes as returnModeValues,
  type ConsentChannel,
  type ConsentHistoryEntry,
  type ConsentState,
  type EmploymentPeriod,
  type Profile,
  type ReturnMode,
  type ZEmploymentPeriodBody,
  type ZUpdateConsentsBody,
  type ZUpdateProfileBody,
} from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { consents, employmentPeriods, memberPhotos, members, users } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { StoredPhoto } from './photo.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Reader = Pick<Db, 'select' | 'selectDistinctOn'>;

export type UpdateProfileInput = z.output<typeof ZUpdateProfileBody>;
export type EmploymentPeriodInput = z.output<typeof ZEmploymentPeriodBody>;
export type UpdateConsentsInput = z.output<typeof ZUpdateConsentsBody>;

/** A member keeps at most this many periods of their own; more is a mistake or abuse. */
export const maxEmploymentPeriods = 30;

/** The versioned photo URL: a new photo gets a new URL, so caches never show the old one. */
export const photoUrlOf = (memberId: string, photoUpdatedAt: Date | null): string | null =>
  photoUpdatedAt ? `${apiPaths.memberPhoto(memberId)}?v=${photoUpdatedAt.getTime()}` : null;

/** Case-insensitive de-duplication keeping the first spelling and the member's order. */
export function dedupeSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of skills) {
    const skill = raw.trim();
    const key = skill.toLocaleLowerCase('fi');
    if (skill === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(skill);
  }
  return out;
}

const isReturnMode = (m: string): m is ReturnMode => (returnModeValues as readonly string[]).includes(m);

/** How a member wants to return only means something while they are open to returning. */
export const effectiveReturnModes = (openToReturn: boolean, modes: readonly ReturnMode[]): ReturnMode[] =>
  openToReturn ? [...new Set(modes)] : [];

/** The consent in force per channel: the latest history row, or not granted when there is none. */
export function currentConsents(history: readonly { channel: ConsentChannel; granted: boolean; createdAt: Date }[]): ConsentState[] {
  const latest = new Map<ConsentChannel, { granted: boolean; createdAt: Date }>();
  for (const row of history) {
    const seen = latest.get(row.channel);
    if (!seen || row.createdAt >= seen.createdAt) latest.set(row.channel, row);
  }
  return consentChannels.map((channel) => {
    const row = latest.get(channel);
    return { channel, granted: row?.granted ?? false, changedAt: row?.createdAt.toISOString() ?? null };
  });
}

async function latestConsents(db: Reader, memberId: string) {
  // Newest row per channel; ties on time are broken by insertion order.
  return db
    .selectDistinctOn([consents.channel], { channel: consents.channel, granted: consents.granted, createdAt: consents.createdAt })
    .from(consents)
    .where(eq(consents.memberId, memberId))
    .orderBy(consents.channel, desc(consents.createdAt), desc(consents.id));
}

const toPeriod = (p: typeof employmentPeriods.$inferSelect): EmploymentPeriod => ({
  id: p.id,
  department: p.department,
  title: p.title,
  startDate: p.startDate,
  endDate: p.endDate,
  verified: p.verified,
});

/** A member's full profile as they see it themselves; the HR console and the data export reuse it. */
export async function loadProfile(db: Reader, userId: string): Promise<Profile> {
  const [row] = await db.select({ user: users, member: members }).from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(members.userId, userId));
  if (!row) throw notFound('Profile not found');
  const [periods, consentRows] = await Promise.all([
    db
      .select()
      .from(employmentPeriods)
      .where(eq(employmentPeriods.memberId, userId))
      .orderBy(desc(employmentPeriods.startDate), desc(employmentPeriods.createdAt), asc(employmentPeriods.id)),
    latestConsents(db, userId),
  ]);
  const { user, member } = row;
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    language: user.language,
    memberType: member.memberType,
    headline: member.headline,
    currentEmployer: member.currentEmployer,
    currentTitle: member.currentTitle,
    city: member.city,
    country: member.country,
    linkedinUrl: member.linkedinUrl,
    bio: member.bio,
    skills: member.skills,
    openToReturn: member.openToReturn,
    returnModes: member.returnModes.filter(isReturnMode),
    mentor: member.mentor,
    speaker: member.speaker,
    directoryVisibility: member.directoryVisibility,
    verificationStatus: member.verificationStatus,
    photoUrl: photoUrlOf(user.id, member.photoUpdatedAt),
    employment: periods.map(toPeriod),
    consents: currentConsents(consentRows),
    joinedAt: member.joinedAt.toISOString(),
  };
}

/** Locks the member's row for the rest of the transaction, so concurrent edits of one profile queue up. */
async function lockMember(tx: Tx, userId: string) {
  const [member] = await tx.select().from(members).where(eq(members.userId, userId)).for('update');
  if (!member) throw notFound('Profile not found');
  return member;
}

/**
 * Applies a profile edit inside the caller's transaction, with the profile's rules: skills
 * de-duplicated, return modes kept only while open to return. HR's edit of a member reuses it.
 */
export async function applyProfileUpdate(tx: Tx, userId: string, body: UpdateProfileInput): Promise<void> {
  const member = await lockMember(tx, userId);
  const now = new Date();
  const { firstName, lastName, language, ...rest } = body;
  const userChanges = {
    ...(firstName !== undefined ? { firstName } : {}),
    ...(lastName !== undefined ? { lastName } : {}),
    ...(language !== undefined ? { language } : {}),
  };
  if (Object.keys(userChanges).length) await tx.update(users).set({ ...userChanges, updatedAt: now }).where(eq(users.id, userId));

  const openToReturn = rest.openToReturn ?? member.openToReturn;
  const requestedModes = rest.returnModes ?? member.returnModes.filter(isReturnMode);
  const memberChanges: Partial<typeof members.$inferInsert> = {
    ...(rest.memberType !== undefined ? { memberType: rest.memberType } : {}),
    ...(rest.headline !== undefined ? { headline: rest.headline } : {}),
    ...(rest.currentEmployer !== undefined ? { currentEmployer: rest.currentEmployer } : {}),
    ...(rest.currentTitle !== undefined ? { currentTitle: rest.currentTitle } : {}),
    ...(rest.city !== undefined ? { city: rest.city } : {}),
    ...(rest.country !== undefined ? { country: rest.country } : {}),
    ...(rest.linkedinUrl !== undefined ? { linkedinUrl: rest.linkedinUrl } : {}),
    ...(rest.bio !== undefined ? { bio: rest.bio } : {}),
    ...(rest.skills !== undefined ? { skills: dedupeSkills(rest.skills) } : {}),
    ...(rest.mentor !== undefined ? { mentor: rest.mentor } : {}),
    ...(rest.speaker !== undefined ? { speaker: rest.speaker } : {}),
    ...(rest.directoryVisibility !== undefined ? { directoryVisibility: rest.directoryVisibility } : {}),
    openToReturn,
    returnModes: effectiveReturnModes(openToReturn, requestedModes),
  };
  await tx.update(members).set({ ...memberChanges, updatedAt: now }).where(eq(members.userId, userId));
}

export async function updateProfile(db: Db, userId: string, body: UpdateProfileInput): Promise<Profile> {
  return db.transaction(async (tx) => {
    await applyProfileUpdate(tx, userId, body);
    return loadProfile(tx, userId);
  });
}

/** Today in Helsinki, where the company is: a period cannot start after it. */
const todayInHelsinki = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export async function addEmploymentPeriod(db: Db, userId: string, body: EmploymentPeriodInput): Promise<Profile> {
  if (body.startDate > todayInHelsinki()) {
    throw new AppError('validation_failed', 'The start date is in the future', [{ path: 'startDate', message: 'The start date is in the future' }]);
  }
  return db.transaction(async (tx) => {
    await lockMember(tx, userId);
    const [row] = await tx.select({ n: count() }).from(employmentPeriods).where(eq(employmentPeriods.memberId, userId));
    if ((row?.n ?? 0) >= maxEmploymentPeriods) {
      throw new AppError('rule_broken', `A profile holds at most ${maxEmploymentPeriods} employment periods`);
    }
    // A period the member adds is their own statement: only a matching HR record or HR's approval verifies one.
    await tx.insert(employmentPeriods).values({
      memberId: userId,
      department: body.department,
      title: body.title,
      startDate: body.startDate,
      endDate: body.endDate,
      verified: false,
    });
    await tx.update(members).set({ updatedAt: new Date() }).where(eq(members.userId, userId));
    return loadProfile(tx, userId);
  });
}

export async function deleteEmploymentPeriod(db: Db, userId: string, periodId: string): Promise<Profile> {
  return db.transaction(async (tx) => {
    await lockMember(tx, userId);
    // Someone else's period is answered exactly like one that does not exist.
    const [period] = await tx
      .select()
      .from(employmentPeriods)
      .where(and(eq(employmentPeriods.id, periodId), eq(employmentPeriods.memberId, userId)));
    if (!period) throw notFound('Employment period not found');
    if (period.verified) throw new AppError('rule_broken', 'A verified employment period cannot be removed; ask HR if it is wrong');
    await tx.delete(employmentPeriods).where(eq(employmentPeriods.id, periodId));
    await tx.update(members).set({ updatedAt: new Date() }).where(eq(members.userId, userId));
    return loadProfile(tx, userId);
  });
}

export async function updateConsents(db: Db, userId: string, body: UpdateConsentsInput, source: 'profile' | 'preferences' = 'profile'): Promise<Profile> {
  const seen = new Set<ConsentChannel>();
  const duplicates = body.consents.flatMap((c, i) => {
    if (seen.has(c.channel)) return [{ path: `consents.${i}.channel`, message: 'This channel is given twice' }];
    seen.add(c.channel);
    return [];
  });
  if (duplicates.length) throw new AppError('validation_failed', 'Each channel may be given only once', duplicates);

  return db.transaction(async (tx) => {
    // The lock makes "read the state, append the change" atomic against a concurrent update.
    await lockMember(tx, userId);
    const current = new Map((await latestConsents(tx, userId)).map((c) => [c.channel, c.granted]));
    const changes = body.consents.filter((c) => (current.get(c.channel) ?? false) !== c.granted);
    if (changes.length) {
      await tx.insert(consents).values(changes.map((c) => ({ memberId: userId, channel: c.channel, granted: c.granted, source })));
    }
    return loadProfile(tx, userId);
  });
}

export async function listConsentHistory(db: Reader, userId: string): Promise<ConsentHistoryEntry[]> {
  const rows = await db
    .select({ channel: consents.channel, granted: consents.granted, source: consents.source, createdAt: consents.createdAt })
    .from(consents)
    .where(eq(consents.memberId, userId))
    .orderBy(desc(consents.createdAt), desc(consents.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function storePhoto(db: Db, userId: string, photo: StoredPhoto): Promise<Profile> {
  return db.transaction(async (tx) => {
    await lockMember(tx, userId);
    // One clock reading for both rows: the photo's time is its version in the URL.
    const now = new Date();
    await tx
      .insert(memberPhotos)
      .values({ memberId: userId, ...photo, updatedAt: now })
      .onConflictDoUpdate({ target: memberPhotos.memberId, set: { content: photo.content, mimeType: photo.mimeType, width: photo.width, height: photo.height, updatedAt: now } });
    await tx.update(members).set({ photoUpdatedAt: now, updatedAt: now }).where(eq(members.userId, userId));
    return loadProfile(tx, userId);
  });
}

export async function deletePhoto(db: Db, userId: string): Promise<Profile> {
  return db.transaction(async (tx) => {
    await lockMember(tx, userId);
    await tx.delete(memberPhotos).where(eq(memberPhotos.memberId, userId));
    await tx.update(members).set({ photoUpdatedAt: null, updatedAt: new Date() }).where(eq(members.userId, userId));
    return loadProfile(tx, userId);
  });
}
