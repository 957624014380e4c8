import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { employmentRecords, membershipClaims, users } from '../../db/schema.js';

/* ---- months: claims name months, records and periods name days ---- */

/** `YYYY-MM` → the first day of the month, as stored in `membership_claims`. */
export const monthStart = (month: string): string => `${month.slice(0, 7)}-01`;

/** `YYYY-MM` (or any day in it) → the last day of that month. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  // Day 0 of the next month is the last day of this one; UTC keeps the server's zone out of it.
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** A stored `YYYY-MM-DD` → the `YYYY-MM` the API speaks. */
export const toMonth = (date: string): string => date.slice(0, 7);

/* ---- the automatic match ---- */

/** A person's name as the rules compare it: trimmed, lower-cased, without accents. */
export const foldedName = (first: SQL | string | null, last: SQL | string | null): SQL =>
  sql`alumni_fold(concat_ws(' ', btrim(${first}::text), btrim(${last}::text)))`;

export interface MatchInput {
  memberId: string;
  /** The member's confirmed address, lower-cased. */
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** The claimed span, first day of the start month to last day of the end month. */
  from: string;
  to: string;
  employeeNumber: string | null;
}

export interface MatchedRecord {
  id: string;
  employeeNumber: string;
  byEmail: boolean;
  overlaps: boolean;
  startDate: string;
}

/**
 * The unlinked (or already this member's) records that match a claim by the rule: the record's
 * address is the member's, or the folded names are equal, the dates overlap the claimed months and the claim knows the record's time
 * (and the employee numbers are equal when the claim gives one). Locks the rows it returns, so two
 * claims cannot link the same record.
 */
export async function findMatchingRecords(db: Pick<Db, 'select'>, m: MatchInput): Promise<MatchedRecord[]> {
  const r = employmentRecords;
  const overlaps = sql<boolean>`(${r.startDate} <= ${m.to}::date and coalesce(${r.endDate}, 'infinity'::date) >= ${m.from}::date)`;
  const byEmail = sql<boolean>`coalesce(lower(${r.email}) = ${m.email}, false)`;
  // A name is no secret: a name match must also know the record's time, not just cover it. The
  // claim must start or end within a year of the record, and be at most two years longer than it,
  // so a claim from 1900 to today cannot take over anyone's record (it goes to HR instead).
  const recordEnd = sql`coalesce(${r.endDate}, current_date)`;
  const close = sql<boolean>`((abs(${r.startDate} - ${m.from}::date) <= 366 or abs(${recordEnd} - ${m.to}::date) <= 366)
    and (${m.to}::date - ${m.from}::date) <= (${recordEnd} - ${r.startDate}) + 731)`;
  const hasName = Boolean(m.firstName?.trim() || m.lastName?.trim());
  const byName = hasName
    ? and(
        sql`alumni_fold(${r.firstName} || ' ' || ${r.lastName}) = ${foldedName(m.firstName, m.lastName)}`,
        overlaps,
        close,
        m.employeeNumber === null ? undefined : eq(r.employeeNumber, m.employeeNumber),
      )
    : undefined;
  return db
    .select({ id: r.id, employeeNumber: r.employeeNumber, byEmail, overlaps, startDate: r.startDate })
    .from(r)
    .where(and(or(isNull(r.memberId), eq(r.memberId, m.memberId)), or(sql`lower(${r.email}) = ${m.email}`, byName)))
    .for('update');
}

export interface ChosenMatch {
  /** Every record of the person, to link and copy into verified periods. */
  recordIds: string[];
  /** The one the claim names as its match: one the claimed months overlap, the latest first. */
  primaryId: string;
}

/**
 * Which records a claim is verified by. An address match names the person outright. A name match
 * counts only when it points at one person (one employee number): two people of the same name
 * who worked here at the same time are for HR to tell apart.
 */
export function chooseMatch(rows: readonly MatchedRecord[]): ChosenMatch | null {
  const byEmail = rows.filter((r) => r.byEmail);
  const chosen = byEmail.length > 0 ? byEmail : rows;
  if (chosen.length === 0) return null;
  if (byEmail.length === 0 && new Set(chosen.map((r) => r.employeeNumber)).size > 1) return null;
  const ranked = [...chosen].sort((a, b) => Number(b.overlaps) - Number(a.overlaps) || b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
  const primary = ranked[0];
  if (!primary) return null;
  return { recordIds: ranked.map((r) => r.id), primaryId: primary.id };
}

/* ---- HR's queue: the records closest to a claim ---- */

/**
 * How a candidate's 0..1 score is made up. Names weigh most because they are what every claim has;
 * an address or an employee number that is equal names the person almost by itself.
 */
export const scoreWeights = { name: 0.4, email: 0.25, employeeNumber: 0.15, dates: 0.12, department: 0.08 } as const;

export interface Candidate {
  claimId: string;
  recordId: string;
  score: number;
}

/** How alike two folded names must be to be a candidate at all (pg_trgm's default is 0.3). */
export const nameThreshold = 0.5;
/** How many look-alikes per claim are scored in full; the best of them by name and dates go on. */
const nearestByName = 50;

/**
 * Up to `perClaim` records for each claim, best first. Records come in through indexes only: a
 * trigram-similar folded name (employment_records_name_fold_trgm_idx, the `%` operator), the same address
 * (employment_records_email_idx) or the same employee number (the unique key), so the cost follows
 * the look-alikes, not the size of the HR export. The threshold is raised from pg_trgm's 0.3
 * because at 0.3 any two Finnish names sharing a first name and a "-nen" ending look alike, which
 * brings thousands of rows of a large export in for every claim.
 */
export async function rankCandidates(db: Db, claimIds: readonly string[], perClaim = 5): Promise<Candidate[]> {
  if (claimIds.length === 0) return [];
  const w = scoreWeights;
  // The expression of the employment_records_name_fold indexes, so the planner can use them.
  const recordName = sql`alumni_fold(e.first_name || ' ' || e.last_name)`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(nameThreshold)}, true)`);
    const result = await tx.execute<{ claim_id: string; record_id: string; score: number }>(sql`
      select p.claim_id, cand.record_id, cand.score
      from (
        select c.id as claim_id, c.department, c.start_month,
               coalesce((c.end_month + interval '1 month' - interval '1 day')::date, current_date) as end_day,
               c.employee_number, lower(u.email) as email,
               ${foldedName(sql`u.first_name`, sql`u.last_name`)} as folded_name
        from ${membershipClaims} c
        join ${users} u on u.id = c.member_id
        where ${inArray(sql`c.id`, [...claimIds])}
      ) p
      cross join lateral (
        select r.id as record_id,
               round((
                   ${w.name}::float8 * similarity(${foldedName(sql`r.first_name`, sql`r.last_name`)}, p.folded_name)
                 + ${w.email}::float8 * (case when lower(r.email) = p.email then 1 else 0 end)
                 + ${w.employeeNumber}::float8 * (case when r.employee_number = p.employee_number then 1 else 0 end)
                 + ${w.dates}::float8 * greatest(0, least(coalesce(r.end_date, current_date), p.end_day) - greatest(r.start_date, p.start_month) + 1)::float8
                     / greatest(1, greatest(coalesce(r.end_date, current_date), p.end_day) - least(r.start_date, p.start_month) + 1)
                 + ${w.department}::float8 * similarity(alumni_fold(r.department), alumni_fold(p.department))
               )::numeric, 3)::float8 as score
        from (
          (select e.id from ${employmentRecords} e
            where ${recordName} % p.folded_name
            order by similarity(${recordName}, p.folded_name) desc, abs(e.start_date - p.start_month), e.id
            limit ${nearestByName})
          union
          (select e.id from ${employmentRecords} e where lower(e.email) = p.email limit ${perClaim})
          union
          (select e.id from ${employmentRecords} e where e.employee_number = p.employee_number limit ${perClaim})
        ) near
        join ${employmentRecords} r on r.id = near.id
        order by score desc, r.id
        limit ${perClaim}
      ) cand
      order by p.claim_id, cand.score desc, cand.record_id`);
    return result.rows.map((row) => ({ claimId: row.claim_id, recordId: row.record_id, score: Number(row.score) }));
  });
}
