import { createHash } from 'node:crypto';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { DirectoryCard, DirectoryFacets, DirectoryPage, Language, MemberType, PublicProfile, Role, ZDirectoryQuery } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { employmentPeriods } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import { hitLimit } from '../auth/rate-limit.js';
import { photoUrlOf } from '../profile/service.js';
import { decodeNameCursor, decodeRankedCursor, encodeCursor, type DirectoryCursor, type NameCursor, type Position, type RankedCursor } from './cursor.js';
import { assertMayUseDirectory, listedFor, mayUseDirectory, photoVisibleTo, shownTo, visibilitiesFor, type DirectoryViewer } from './visibility.js';

export type { DirectoryViewer };
export type DirectorySearch = z.output<typeof ZDirectoryQuery>;

/**
 * Ranking (with `q`). Every word of `q` must start a word of the member's names or profile text
 * ("virt" finds Virtanen); when no name matches `q` so, names that resemble it count instead
 * ("Virtannen" finds Virtanen). The matches come in disjoint parts, best first; `k` scores the
 * part, and within one `k` the order is the directory's name order (folded last name, first name,
 * id), which also makes the cursor:
 *   words    k = 2     every word of `q` is a whole word of the name;
 *   starts   k = 1     every word of `q` starts a word of the name;
 *   similar  k = 0.5 × the name's trigram word similarity to `q` (0.3 to 0.5), only when no name
 *                      is in `words` or `starts`, and not for profiles that hold the words of `q`;
 *   text     k = 0     every word of `q` starts a word of the profile (title, employer, city,
 *                      skills, units), though not of the name;
 *   typos    k = 0.25 × the profile text's trigram word similarity to `q` (0.15 to 0.25), only
 *                      when nothing above matched ("haavanhito" finds haavanhoito).
 * A page needs limit + 1 rows, so each part is read in name order up to that many rows (for a
 * common word a walk of `members_directory_order_idx` that stops early, for a rare one a sort of
 * its few matches: the planner picks by the word's frequency), and a part is not read at all once
 * the parts before it fill the page (see `directoryRows`). No score is computed over everything a
 * common word matches; a similarity is computed only in `similar` and `typos`, for at most
 * `scoredCap` candidates of their trigram indexes.
 */
type PartName = 'words' | 'starts' | 'similar' | 'text' | 'typos';

/**
 * At most this many members resembling `q` are scored in `similar` and in `typos`. A short or
 * mistyped fragment can resemble a fifth of all names ("inen") or a common skill ("haavanhito"),
 * and the trigram test runs once per candidate (on the long profile text for `typos`), so without
 * a bound one such search would cost a quarter of a second at 100,000 members. Past the bound the
 * list is a sample, still ordered by resemblance; nobody pages through hundreds of guesses.
 */
const scoredCap = 500;

/** The part a cursor's `k` lies in (see the ranking above). */
function partOf(k: string): PartName {
  const value = Number(k);
  if (value >= 2) return 'words';
  if (value >= 1) return 'starts';
  if (value >= 0.3) return 'similar';
  return value > 0 ? 'typos' : 'text';
}

/** The words of `q` (letters and digits), so no operator or quote of the user reaches `to_tsquery`. */
const wordsOf = (q: string) => q.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** The words of `q` as a prefix query, or null when it has no letters or digits. */
export function prefixQuery(q: string): string | null {
  const words = wordsOf(q);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/** After a position in name order, on rows of `alias` that carry sort_last, sort_first and user_id. */
function afterPosition(at: Position, alias: 'm' | 'x'): SQL {
  const row = sql.raw(`(${alias}.sort_last, ${alias}.sort_first, ${alias}.user_id)`);
  if ('last' in at) return sql`${row} > (${at.last}::text, ${at.first}::text, ${at.id}::uuid)`;
  return sql`${row} > (select c.sort_last, c.sort_first, c.user_id from members c where c.user_id = ${at.id}::uuid)`;
}

/** The filters, on `members m`; each has an index of its own. */
function filtersOf(query: DirectorySearch): SQL {
  const where: SQL[] = [];
  if (query.skill) where.push(sql`m.skill_keys @> array[alumni_fold(${query.skill})]`);
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

export interface CardRow extends Record<string, unknown> {
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

/** A row of a directory statement: a card, and where it stands in the order (for the next cursor). */
export interface SearchRow extends CardRow {
  /** Ranked search: the part's score, as an exact decimal; null in the listing by name. */
  k: string | null;
  sort_last: string;
  sort_first: string;
}

/** What every part of one ranked search shares. */
interface Ranked {
  /** Whether the viewer may search at all, checked once per statement. */
  viewer: SQL;
  /** The rows listed for the viewer's role that pass the filters. */
  base: SQL;
  qf: SQL;
  /**
   * `qf` for a trigram index. A sub-select hides the value from the planner: estimating a trigram
   * match samples the column's statistics with the similarity function, which costs more than the
   * rest of the planning, and these parts always read their trigram index whatever the estimate.
   */
  trigramKey: SQL;
  whole: SQL;
  prefix: SQL;
}

/** The rows of one part, in its order, at most `take`; `after` is the cursor's condition, `gate` whether to read it at all. */
function partRows(r: Ranked, name: PartName, after: SQL, gate: SQL, take: number): SQL {
  // A part of one score, in name order: the planner may walk the name index and stop early.
  const fixed = (k: 0 | 1 | 2, match: SQL) =>
    sql`select m.user_id, ${sql.raw(String(k))}::numeric as k, m.sort_last, m.sort_first from members m
         where ${match} and ${r.base} and ${after} and ${gate}
         order by m.sort_last, m.sort_first, m.user_id limit ${take}`;
  // A part scored per row: the candidates of its trigram index are scored, then sorted; at most
  // `scoredCap` of them, taken in the table's order, so that the same ones come on every page.
  const scored = (score: SQL, match: SQL) =>
    sql`select x.* from (select m.user_id, ${score} as k, m.sort_last, m.sort_first from members m
         where ${match} and ${r.base} and ${gate} limit ${scoredCap}) x
         where ${after} order by x.k desc, x.sort_last, x.sort_first, x.user_id limit ${take}`;
  switch (name) {
    case 'words':
      return fixed(2, sql`m.name_vector @@ ${r.whole}`);
    case 'starts':
      return fixed(1, sql`m.name_vector @@ ${r.prefix} and not m.name_vector @@ ${r.whole}`);
    case 'similar':
      return scored(sql`0.5 * round(word_similarity(${r.qf}, m.search_name)::numeric, 2)`, sql`m.search_name %> ${r.trigramKey} and not m.search_vector @@ ${r.prefix}`);
    case 'text':
      return fixed(0, sql`m.search_vector @@ ${r.prefix} and not m.name_vector @@ ${r.prefix}`);
    case 'typos':
      return scored(sql`0.25 * round(word_similarity(${r.qf}, m.search_text)::numeric, 2)`, sql`m.search_text %> ${r.trigramKey}`);
  }
}

/**
 * One statement over consecutive parts: each part is read only while the ones before it in the
 * statement have not filled the page, and the cursor, if any, applies to the first.
 */
function partsStatement(r: Ranked, names: PartName[], cursor: RankedCursor | null, take: number): SQL {
  const ctes: SQL[] = [];
  names.forEach((name, i) => {
    let after = sql`true`;
    if (cursor && i === 0) {
      after =
        name === 'similar' || name === 'typos'
          ? sql`(x.k < ${cursor.k}::numeric or (x.k = ${cursor.k}::numeric and ${afterPosition(cursor.at, 'x')}))`
          : afterPosition(cursor.at, 'm');
    }
    const before = names.slice(0, i).map((_, j) => `(select count(*) from p${j})`);
    const gate = before.length ? sql.raw(`${before.join(' + ')} < ${take}`) : sql`true`;
    ctes.push(sql`${sql.raw(`p${i}`)} as (${partRows(r, name, after, gate, take)})`);
  });
  const union = sql.raw(names.map((_, i) => `select * from p${i}`).join(' union all '));
  return sql`with ${sql.join(ctes, sql`, `)}
    select page.k::text as k, page.sort_last, page.sort_first, ${cardColumns}
      from (${union} order by k desc, sort_last, sort_first, user_id limit ${take}) page
      join members m on m.user_id = page.user_id join users u on u.id = page.user_id
     where ${r.viewer}
     order by page.k desc, page.sort_last, page.sort_first, page.user_id`;
}

/** The list without `q`: in name order, a walk of `members_directory_order_idx` that stops after the page. */
function byNameStatement(viewer: DirectoryViewer, query: DirectorySearch, cursor: NameCursor | null): SQL {
  const after = cursor ? afterPosition(cursor.at, 'm') : sql`true`;
  return sql`select null::text as k, page.sort_last, page.sort_first, ${cardColumns}
      from (select m.user_id, m.sort_last, m.sort_first from members m
             where ${listedFor(viewer)} and ${filtersOf(query)} and ${after}
             order by m.sort_last, m.sort_first, m.user_id limit ${query.limit + 1}) page
      join members m on m.user_id = page.user_id join users u on u.id = page.user_id
     order by page.sort_last, page.sort_first, page.user_id`;
}

/** A `q` that holds no letters or digits searches for nothing in particular: the list by name. */
const searchText = (query: DirectorySearch): string | null => (query.q && /[\p{L}\p{N}]/u.test(query.q) ? query.q : null);

/** Runs one statement and returns its rows: the app's database, or the benchmark's bare pool. */
export type RunStatement = (statement: SQL) => Promise<SearchRow[]>;

/**
 * The rows of a directory page, limit + 1 of them when there is a next page. The list by name is
 * one statement. A ranked search runs its parts in statements of its own, one after another, until
 * the page is full: the names (`words`, `starts`), which fill the page of most name searches alone;
 * then `similar` (only when no name matched as typed, so never after a cursor in the names) and
 * `text`; then, only for a first page that found nothing at all, `typos`. Planning a part costs
 * about as much as running it, so a name search, the commonest, plans only the name parts.
 */
export async function directoryRows(run: RunStatement, viewer: DirectoryViewer, query: DirectorySearch): Promise<SearchRow[]> {
  const take = query.limit + 1;
  const q = searchText(query);
  if (q === null) return run(byNameStatement(viewer, query, query.cursor ? decodeNameCursor(query.cursor) : null));
  const cursor = query.cursor ? decodeRankedCursor(query.cursor) : null;
  const ranked: Ranked = {
    viewer: mayUseDirectory(viewer),
    base: sql`${shownTo(viewer.role)} and ${filtersOf(query)}`,
    qf: sql`alumni_fold(${q})`,
    trigramKey: sql`(select alumni_fold(${q}))`,
    whole: sql`to_tsquery('simple', alumni_fold(${wordsOf(q).join(' & ')}))`,
    prefix: sql`to_tsquery('simple', alumni_fold(${prefixQuery(q) ?? ''}))`,
  };
  const rows: SearchRow[] = [];
  let first = cursor;
  const read = async (names: PartName[]) => {
    rows.push(...(await run(partsStatement(ranked, names, first, take - rows.length))));
    first = null;
  };
  const start = cursor ? partOf(cursor.k) : null;
  if (start === null || start === 'words' || start === 'starts') {
    await read(start === 'starts' ? ['starts'] : ['words', 'starts']);
    if (rows.length < take) await read(start === null && rows.length === 0 ? ['similar', 'text'] : ['text']);
    if (start === null && rows.length === 0) await read(['typos']);
  } else {
    await read(start === 'similar' ? ['similar', 'text'] : [start]);
  }
  return rows;
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
  const at = { last: row.sort_last, first: row.sort_first, id: row.id };
  return row.k !== null ? { kind: 'ranked', k: row.k, at } : { kind: 'name', at };
}

/** A page of the directory as the viewer may see it; counted against the viewer's search limit. */
export async function searchDirectory(db: Db, viewer: DirectoryViewer, query: DirectorySearch): Promise<DirectoryPage> {
  await hitLimit(db, 'directorySearch', viewer.id);
  const found = await directoryRows(async (statement) => (await db.execute<SearchRow>(statement)).rows, viewer, query);
  // No rows may also mean that the viewer may not search at all; only then is that looked up.
  if (found.length === 0) await assertMayUseDirectory(db, viewer);
  const rows = found.slice(0, query.limit);
  const last = rows.at(-1);
  return {
    items: rows.map(toCard),
    nextCursor: found.length > query.limit && last ? encodeCursor(cursorAfter(last)) : null,
  };
}

/** At most this many departments and cities are offered; the most common ones. */
const facetCap = 200;

interface FacetLists {
  departments: string[];
  cities: string[];
}

/**
 * Facets kept in this process for a short time. They are the same for every viewer of a class
 * (members, staff) and hold no one's personal data, only the most common departments and cities;
 * counting them reads every listed member (a quarter of a second at 100,000), which is not worth
 * doing on each page view. Older than `ttlMs`, they are still answered once more while a fresh
 * count runs in the background, so no viewer waits for the count but the very first. A change
 * shows within about `ttlMs`; each API instance keeps its own copy, so nothing is shared between
 * instances and the API stays stateless.
 */
export interface FacetCache {
  get(key: string, load: () => Promise<FacetLists>): Promise<FacetLists>;
}

export function createFacetCache(ttlMs = 60_000, now: () => number = Date.now): FacetCache {
  const entries = new Map<string, { at: number; value: Promise<FacetLists>; refreshing: boolean }>();
  const start = (key: string, load: () => Promise<FacetLists>) => {
    const value = load();
    entries.set(key, { at: now(), value, refreshing: false });
    // A failed count is not kept: the next caller counts again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
  return {
    get(key, load) {
      const entry = entries.get(key);
      if (!entry) return start(key, load);
      if (now() - entry.at >= ttlMs && !entry.refreshing) {
        entry.refreshing = true;
        const fresh = load();
        fresh.then(
          () => entries.set(key, { at: now(), value: fresh, refreshing: false }),
          () => {
            entry.refreshing = false;
          },
        );
      }
      return entry.value;
    },
  };
}

async function loadFacets(db: Db, role: Role): Promise<FacetLists> {
  const shown = shownTo(role);
  const result = await db.execute<{ departments: string[]; cities: string[] }>(sql`select
      coalesce((select array_agg(d) from (
        select d from members m cross join unnest(m.departments) d
         where ${shown} group by d order by count(*) desc, d limit ${facetCap}) x), '{}') as departments,
      coalesce((select array_agg(c) from (
        select mode() within group (order by btrim(m.city)) as c from members m
         where ${shown} and btrim(coalesce(m.city, '')) <> ''
         group by lower(btrim(m.city)) order by count(*) desc, 1 limit ${facetCap}) y), '{}') as cities`);
  return result.rows[0] ?? { departments: [], cities: [] };
}

/** The departments and cities of the members the viewer can see, in the viewer's alphabetical order. */
export async function directoryFacets(db: Db, cache: FacetCache, viewer: DirectoryViewer, language: Language): Promise<DirectoryFacets> {
  await assertMayUseDirectory(db, viewer);
  const lists = await cache.get(visibilitiesFor(viewer.role).join(','), () => loadFacets(db, viewer.role));
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return { departments: [...lists.departments].sort(collator.compare), cities: [...lists.cities].sort(collator.compare) };
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
