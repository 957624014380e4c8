import { and, eq } from 'drizzle-orm';
import { cvMaxBytes, type CvInfo } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { jobInterestCvs, jobInterests } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';

export const cvColumns = { fileName: jobInterestCvs.fileName, bytes: jobInterestCvs.bytes, createdAt: jobInterestCvs.createdAt };

export const cvInfo = (cv: { fileName: string | null; bytes: number | null; createdAt: Date | null } | null): CvInfo | null =>
  cv?.fileName && cv.createdAt ? { fileName: cv.fileName, bytes: cv.bytes ?? 0, uploadedAt: cv.createdAt.toISOString() } : null;

const cvError = (message: string) => new AppError('validation_failed', message, [{ path: 'file', message }]);

/**
 * A PDF by its structure, not its name or declared type: the `%PDF-1.x`/`%PDF-2.x` header at the
 * start, and the `%%EOF` marker in the last kilobyte, as every conforming file ends.
 */
export function isPdf(bytes: Buffer): boolean {
  if (bytes.length < 16 || !/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return false;
  return bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1').includes('%%EOF');
}

/** A file name safe to show and to send back in a header: the base name, printable, at most 120 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\p{L}\p{N} ._()-]/gu, '_').replace(/\s+/g, ' ').trim().slice(0, 120);
  return clean.toLowerCase().endsWith('.pdf') ? clean : `${clean || 'cv'}.pdf`;
}

async function interestOf(db: Pick<Db, 'select'>, memberId: string, jobId: string) {
  const [row] = await db.select({ id: jobInterests.id, status: jobInterests.status }).from(jobInterests).where(and(eq(jobInterests.jobId, jobId), eq(jobInterests.memberId, memberId)));
  if (!row || row.status === 'withdrawn') throw notFound('Raise your hand for the job first, then add the CV');
  return row;
}

/** Stores or replaces the CV of the member's interest in the job. */
export async function storeCv(db: Db, memberId: string, jobId: string, file: { name: string; bytes: Buffer }): Promise<CvInfo> {
  if (file.bytes.length > cvMaxBytes) throw new AppError('payload_too_large', 'The CV is larger than 5 MB', [{ path: 'file', message: 'The CV may be at most 5 MB' }]);
  if (!isPdf(file.bytes)) throw cvError('The CV must be a PDF file');
  const interest = await interestOf(db, memberId, jobId);
  const values = { fileName: cleanFileName(file.name), content: file.bytes, bytes: file.bytes.length, createdAt: new Date() };
  await db.insert(jobInterestCvs).values({ interestId: interest.id, ...values }).onConflictDoUpdate({ target: jobInterestCvs.interestId, set: values });
  return { fileName: values.fileName, bytes: values.bytes, uploadedAt: values.createdAt.toISOString() };
}

export async function deleteCv(db: Db, memberId: string, jobId: string): Promise<void> {
  const interest = await interestOf(db, memberId, jobId);
  const gone = await db.delete(jobInterestCvs).where(eq(jobInterestCvs.interestId, interest.id)).returning({ id: jobInterestCvs.interestId });
  if (!gone.length) throw notFound('There is no CV to remove');
}

/** The CV for staff; every download is audited. A withdrawn interest's CV is not handed out. */
export async function cvForStaff(db: Db, actor: Actor, interestId: string): Promise<{ fileName: string; content: Buffer }> {
  const [row] = await db
    .select({ fileName: jobInterestCvs.fileName, content: jobInterestCvs.content, status: jobInterests.status })
    .from(jobInterestCvs)
    .innerJoin(jobInterests, eq(jobInterests.id, jobInterestCvs.interestId))
    .where(eq(jobInterestCvs.interestId, interestId));
  if (!row || row.status === 'withdrawn') throw notFound('No CV');
  await recordAudit(db, { actorId: actor.user.id, action: 'job.cv_downloaded', objectType: 'job_interest', objectId: interestId, ip: actor.ip });
  return { fileName: row.fileName, content: row.content };
}
