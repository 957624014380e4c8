import { sql } from 'drizzle-orm';
import type { ArchiveIssue, ArchivePage, Language } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import type { NewsletterRendition } from '../../db/schema.js';
import { decodeTimeCursor, encodeCursor } from '../../lib/cursor.js';
import { notFound } from '../../lib/errors.js';
import { assertVerifiedMember } from '../events/portal.js';
import { archiveHtml, fillNames, withoutNames } from './render.js';
import { newsletterKey } from './service.js';

/*
 * The archive: the issues that went to everyone, and those a segment issue the member received.
 * Each is read as it was sent, in the member's language, with their own name where it asks for it.
 */

interface ArchiveRow {
  id: string;
  renditions: Partial<Record<Language, NewsletterRendition>> | null;
  links: string[];
  started_at: Date | string;
  key: string;
  [k: string]: unknown;
}

const visibleTo = (memberId: string) => sql`n.status in ('sending', 'paused', 'sent') and n.renditions is not null
  and (n.to_everyone or exists (select 1 from deliveries d where d.message_key = 'newsletter:' || n.id::text and d.member_id = ${memberId} and d.status = 'sent'))`;

export async function listArchive(db: Db, member: { id: string; language: Language }, q: { limit: number; cursor?: string | undefined }): Promise<ArchivePage> {
  await assertVerifiedMember(db, member.id);
  const after = decodeTimeCursor(q.cursor);
  const res = await db.execute<ArchiveRow>(sql`
    select n.id, n.renditions, n.links, n.started_at, (extract(epoch from n.started_at) * 1000000)::bigint::text as key
    from newsletters n where ${visibleTo(member.id)}
      ${after ? sql`and (n.started_at < ${after.at} or (n.started_at = ${after.at} and n.id < ${after.id}))` : sql``}
    order by n.started_at desc, n.id desc limit ${q.limit + 1}`);
  const rows = res.rows.slice(0, q.limit);
  const last = rows.at(-1);
  return {
    items: rows.map((r) => {
      const rendition = r.renditions?.[member.language];
      return { id: r.id, subject: withoutNames(rendition?.subject ?? ''), preheader: withoutNames(rendition?.preheader ?? ''), sentAt: new Date(r.started_at).toISOString() };
    }),
    nextCursor: res.rows.length > q.limit && last ? encodeCursor(last.key, last.id) : null,
  };
}

export async function readArchived(db: Db, member: { id: string; language: Language; firstName: string | null; lastName: string | null }, id: string): Promise<ArchiveIssue> {
  await assertVerifiedMember(db, member.id);
  const res = await db.execute<ArchiveRow>(sql`
    select n.id, n.renditions, n.links, n.started_at, ${newsletterKey(id)} as key from newsletters n where n.id = ${id} and ${visibleTo(member.id)}`);
  const row = res.rows[0];
  const rendition = row?.renditions?.[member.language];
  if (!row || !rendition) throw notFound('No such newsletter');
  const fill = (s: string) => fillNames(s, member.firstName, member.lastName, member.language);
  return {
    id: row.id,
    subject: fill(rendition.subject),
    preheader: fill(rendition.preheader),
    sentAt: new Date(row.started_at).toISOString(),
    html: archiveHtml(rendition, row.links, member.firstName, member.lastName, member.language),
  };
}
