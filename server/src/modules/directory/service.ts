import { createHash } from 'node:crypto';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DirectoryCard, DirectoryFacets, DirectoryPage, Language, MemberType, PublicProfile, ZDirectoryQuery } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { employmentPeriods } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import { hitLimit } from '../auth/rate-limit.js';
import { photoUrlOf } from '../profile/service.js';
import { decodeNameCursor, decodeRankedCursor, encodeCursor, type DirectoryCursor, type NameCursor, type RankedCursor } from './cursor.js';
import { assertMayUseDirectory, listedFor, photoVisibleTo, type DirectoryViewer } from './visibility.js';

export type { DirectoryViewer };
export type DirectorySearch = z.output<typeof ZDirectoryQuery>;

/**
 * Ranking. A match is a full-text match of every word as a prefix (`to_tsvector('simple',
 * search_text)`), or a name within trigram word similarity (`search_name %> q`, so "Virtannen"
 * finds Virtanen); only when neither finds anybody does a trigram match anywhere in the profile
 * text count (a typo in a skill or a city). The order is, best first:
 *   1. the name tier: 3 the whole name, 2 one of its words, 1 the start of one of its words;
 *   2. the name's word similarity to `q`, to two decimals, for members found by name;
 *   3. ts_rank (word similarity of the profile text for typo matches);
 *   4. the id.
 * Tier and similarity make a `k` in steps of 0.005; the text score adds less than 0.004, so one
 * decimal `rank` sorts exactly as the tuple does and the cursor can compare it as `numeric`.
 *
 * The text score needs the profile text parsed again for every row it is computed for, which is
 * what costs at 100,000 members. So it is computed only where it can decide the page: for the
 * rows tied on `k` at the page's edge, and not at all in a tie group of more than `scoreCap` rows
 * (everybody called Virtanen, everybody in a city), where it would only reorder a crowd that
 * matches alike; such a group is in id order.
 */
const scoreCap = 200;

/** The words of `q` as a prefix query, or null when it has no letters or digits. */
export function prefixQuery(q: string): string | null {
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters, on `members m`. The skill filter is narrowed by the trigram index on the folded text first. */
function filtersOf(query: DirectorySearch): SQL {
  const where: SQL[] = [];
  if (query.skill) {
    where.push(sql`m.search_text like alumni_fold(${`%${escapeLike(query.skill)}%`})`);
    where.push(sql`exists (select 1 from unnest(m.skills) s where alumni_fold(s) = alumni_fold(${query.skill}))`);
  }
  if (query.department) where.push(sql`m.departments @> array[${query.department}]::text[]`);
  if (query.city) where.push(sql`lower(m.city) = lower(${query.city})`);
  if (query.memberType) where.push(sql`m.member_type = ${query.memberType}::member_type`);
  if (query.mentor !== undefined) where.push(sql`m.mentor = ${query.mentor}`);
  if (query.speaker !== undefined) where.push(sql`m.speaker = ${query.speaker}`);
  if (query.openToReturn !== undefined) where.push(sql`m.open_to_return = ${query.openToReturn}`);
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

/** What a card needs, from `members m` joined to `users u`. */
const cardColumns = sql`m.user_id as id, u.first_name, u.last_name, m.headline, m.current_employer, m.current_title, m.city,
  m.country, m.member_type, m.skills, m.departments, m.mentor, m.speaker,
  floor(extract(epoch from m.photo_updated_at) * 1000)::float8 as photo_ms`;

interface CardRow extends Record<string, unknown> {
  id: string;
  first_name: string | null;
  last_name: string | null;
  headline: string | null;
  current_employer: string | null;
  current_title: string | null;
  city: string | null;
  country: string | null;
  member_type: MemberType;
  skills: string[];
  departments: string[];
  mentor: boolean;
  speaker: boolean;
  photo_ms: number | null;
}

interface SearchRow extends CardRow {
  /** Ranked search: the name score and the rank, as exact decimals. */
  k: string | null;
  rank: string | null;
  /** Listing by name: the folded sort keys. */
  sort_last: string | null;
  sort_first: string | null;
}

function rankedStatement(viewer: DirectoryViewer, q: string, query: DirectorySearch, cursor: RankedCursor | null): SQL {
  const listed = listedFor(viewer, 'lookup');
  const filters = filtersOf(query);
  const qf = sql`alumni_fold(${q})`;
  const prefix = prefixQuery(q);
  const tsq = prefix ? sql`to_tsquery('simple', alumni_fold(${prefix}))` : sql`null::tsquery`;
  const tier = sql`(case when h.search_name = ${qf} then 3
      when strpos(' ' || h.search_name || ' ', ' ' || ${qf} || ' ') > 0 then 2
      when strpos(' ' || h.search_name, ' ' || ${qf}) > 0 then 1 else 0 end)`;
  // The profile text is read again only for the few rows whose score is computed.
  const rankOf = (x: string) => {
    const a = sql.raw(x);
    const text = sql`(select t.search_text from members t where t.user_id = ${a}.user_id)`;
    return sql`round(${a}.k + case when ${a}.n > ${scoreCap} then 0
        when ${a}.near then least(word_similarity(${qf}, ${text}), 0.999)::numeric * 0.004
        else coalesce(least(ts_rank(to_tsvector('simple', ${text}), ${tsq}), 0.999)::numeric, 0) * 0.004 end, 6)`;
  };
  const after = cursor
    ? sql`select s.* from scored s where s.k < ${cursor.k}::numeric
        union all
        select s.* from scored s
         where s.k = ${cursor.k}::numeric
           and (${rankOf('s')} < ${cursor.r}::numeric or (${rankOf('s')} = ${cursor.r}::numeric and s.user_id > ${cursor.id}::uuid))`
    : sql`select s.* from scored s`;
  // Members found by name carry their name's similarity; those found only by their profile text
  // carry none, so their names are never compared (a costly step for a common word).
  const byText = prefix
    ? sql`union all
      select m.user_id, m.search_name, 0::float8 as sim, false as near
        from members m
       where to_tsvector('simple', m.search_text) @@ ${tsq} and m.user_id not in (select user_id from names) and ${listed} and ${filters}`
    : sql``;
  return sql`with names as materialized (
      select m.user_id, m.search_name, word_similarity(${qf}, m.search_name)::float8 as sim
        from members m
       where m.search_name %> ${qf} and ${listed} and ${filters}
    ),
    found as materialized (
      select user_id, search_name, sim, false as near from names
      ${byText}
    ),
    typos as (
      select m.user_id, m.search_name, 0::float8 as sim, true as near
        from members m
       where not exists (select 1 from found) and m.search_text %> ${qf} and ${listed} and ${filters}
    ),
    hits as materialized (
      select h.user_id, h.near, ${tier} + round(h.sim::numeric, 2) * 0.5 as k
        from (select * from found union all select * from typos) h
    ),
    ties as (select k, count(*) as n from hits group by k),
    scored as (select h.*, t.n from hits h join ties t on t.k = h.k),
    after as (${after}),
    edge as (select k from after order by k desc offset ${query.limit} limit 1),
    page as (
      select a.user_id, a.k, ${rankOf('a')} as rank from after a
       where a.k >= coalesce((select k from edge), -1)
       order by rank desc, a.user_id limit ${query.limit + 1}
    )
    select page.k::text as k, page.rank::text as rank, null::text as sort_last, null::text as sort_first, ${cardColumns}
      from page join members m on m.user_id = page.user_id join users u on u.id = page.user_id
     order by page.rank desc, page.user_id`;
}

function byNameStatement(viewer: DirectoryViewer, query: DirectorySearch, cursor: NameCursor | null): SQL {
  const sortKey = sql`(alumni_fold(u.last_name), alumni_fold(u.first_name), m.user_id)`;
  const from =
    cursor === null
      ? sql`true`
      : cursor.kind === 'name'
        ? sql`${sortKey} > (${cursor.last}, ${cursor.first}, ${cursor.id}::uuid)`
        : sql`${sortKey} > (select alumni_fold(c.last_name), alumni_fold(c.first_name), c.id from users c where c.id = ${cursor.id}::uuid)`;
  // Filtering first, then sorting what is left: walking all users in name order and filtering
  // as it goes (which the planner otherwise picks for a LIMIT) costs a full sort of every user.
  return sql`with picked as materialized (
      select m.user_id, alumni_fold(u.last_name) as sort_last, alumni_fold(u.first_name) as sort_first
        from members m join users u on u.id = m.user_id
       where ${listedFor(viewer)} and ${filtersOf(query)} and ${from}
    ),
    page as (select * from picked order by sort_last, sort_first, user_id limit ${query.limit + 1})
    select null::text as k, null::text as rank, page.sort_last, page.sort_first, ${cardColumns}
      from page join members m on m.user_id = page.user_id join users u on u.id = page.user_id
     order by page.sort_last, page.sort_first, page.user_id`;
}

/** A `q` that holds no letters or digits searches for nothing in particular: the list by name. */
const searchText = (query: DirectorySearch): string | null => (query.q && /[\p{L}\p{N}]/u.test(query.q) ? query.q : null);

/** The one SQL statement a directory search runs (the benchmark runs the same text on a bare route). */
export function directorySearchStatement(viewer: DirectoryViewer, query: DirectorySearch): SQL {
  const q = searchText(query);
  if (q !== null) {
    return rankedStatement(viewer, q, query, query.cursor ? decodeRankedCursor(query.cursor) : null);
  }
  return byNameStatement(viewer, query, query.cursor ? decodeNameCursor(query.cursor) : null);
}

const toCard = (row: CardRow): DirectoryCard => ({
  id: row.id,
  firstName: row.first_name,
  lastName: row.last_name,
  headline: row.headline,
  currentEmployer: row.current_employer,
  currentTitle: row.current_title,
  city: row.city,
  country: row.country,
  memberType: row.member_type,
  skills: row.skills,
  departments: row.departments,
  mentor: row.mentor,
  speaker: row.speaker,
  photoUrl: photoUrlOf(row.id, row.photo_ms === null ? null : new Date(row.photo_ms)),
});

function cursorAfter(row: SearchRow): DirectoryCursor {
  if (row.k !== null && row.rank !== null) return { kind: 'ranked', k: row.k, r: row.rank, id: row.id };
  return { kind: 'name', last: row.sort_last ?? '', first: row.sort_first ?? '', id: row.id };
}

/** A page of the directory as the viewer may see it; counted against the viewer's search limit. */
export async function searchDirectory(db: Db, viewer: DirectoryViewer, query: DirectorySearch): Promise<DirectoryPage> {
  await hitLimit(db, 'directorySearch', viewer.id);
  const result = await db.execute<SearchRow>(directorySearchStatement(viewer, query));
  // No rows may also mean that the viewer may not search at all; only then is that looked up.
  if (result.rows.length === 0) await assertMayUseDirectory(db, viewer);
  const rows = result.rows.slice(0, query.limit);
  const last = rows.at(-1);
  return {
    items: rows.map(toCard),
    nextCursor: result.rows.length > query.limit && last ? encodeCursor(cursorAfter(last)) : null,
  };
}

/** At most this many departments and cities are offered; the most common ones. */
const facetCap = 200;

/** The departments and cities of the members the viewer can see, in the viewer's alphabetical order. */
export async function directoryFacets(db: Db, viewer: DirectoryViewer, language: Language): Promise<DirectoryFacets> {
  const listed = listedFor(viewer);
  const result = await db.execute<{ departments: string[]; cities: string[] }>(sql`select
      coalesce((select array_agg(d) from (
        select d from members m join users u on u.id = m.user_id cross join unnest(m.departments) d
         where ${listed} group by d order by count(*) desc, d limit ${facetCap}) x), '{}') as departments,
      coalesce((select array_agg(c) from (
        select mode() within group (order by btrim(m.city)) as c from members m join users u on u.id = m.user_id
         where ${listed} and btrim(coalesce(m.city, '')) <> ''
         group by lower(btrim(m.city)) order by count(*) desc, 1 limit ${facetCap}) y), '{}') as cities`);
  const row = result.rows[0] ?? { departments: [], cities: [] };
  if (row.departments.length === 0 && row.cities.length === 0) await assertMayUseDirectory(db, viewer);
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return { departments: [...row.departments].sort(collator.compare), cities: [...row.cities].sort(collator.compare) };
}

interface ProfileRow extends CardRow {
  bio: string | null;
  linkedin_url: string | null;
  open_to_return: boolean;
}

/** A member's profile page; the same 404 for every member the viewer may not see, so ids cannot be probed. */
export async function directoryProfile(db: Db, viewer: DirectoryViewer, id: string): Promise<PublicProfile> {
  const result = await db.execute<ProfileRow>(sql`select ${cardColumns}, m.bio, m.linkedin_url, m.open_to_return
      from members m join users u on u.id = m.user_id
     where m.user_id = ${id} and ${listedFor(viewer)}`);
  const row = result.rows[0];
  if (!row) {
    await assertMayUseDirectory(db, viewer);
    throw notFound('Member not found');
  }
  const periods = await db
    .select({
      id: employmentPeriods.id,
      department: employmentPeriods.department,
      title: employmentPeriods.title,
      startDate: employmentPeriods.startDate,
      endDate: employmentPeriods.endDate,
      verified: employmentPeriods.verified,
    })
    .from(employmentPeriods)
    .where(eq(employmentPeriods.memberId, id))
    .orderBy(desc(employmentPeriods.startDate), employmentPeriods.id);
  return { ...toCard(row), bio: row.bio, linkedinUrl: row.linkedin_url, openToReturn: row.open_to_return, employment: periods };
}

export interface PhotoFile {
  content: Buffer;
  mimeType: string;
  /** A strong validator of the bytes. */
  etag: string;
}

/** A member's photo, if the viewer may see it; otherwise the same 404 as a member without one. */
export async function memberPhoto(db: Db, viewer: DirectoryViewer, id: string): Promise<PhotoFile> {
  const result = await db.execute<{ content: Buffer; mime_type: string }>(sql`select p.content, p.mime_type
      from member_photos p join members m on m.user_id = p.member_id join users u on u.id = m.user_id
     where p.member_id = ${id} and ${photoVisibleTo(viewer)}`);
  const row = result.rows[0];
  if (!row) throw notFound('No photo');
  const etag = `"${createHash('sha256').update(row.content).digest('base64url').slice(0, 27)}"`;
  return { content: row.content, mimeType: row.mime_type, etag };
}

/** Whether an If-None-Match header names the current version. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
