import { sql, type SQL } from 'drizzle-orm';
import type { ConsentChannel, SegmentFilters } from '@alumni/shared';

/**
 * Who an audience holds, in one place: newsletters, event invitations and surveys all take their
 * recipients from here. A row of `members m` joined to `users u` is in the audience when the account
 * is active, the membership verified, and every non-empty filter list has a value the member matches.
 */
/** A text array of bound values (drizzle would bind a JavaScript array as a row, not an array). */
export const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

export function matchesFilters(f: SegmentFilters): SQL {
  const parts: SQL[] = [sql`u.status = 'active'`, sql`u.role = 'member'`, sql`m.verification_status = 'verified'`];
  const lowered = (values: readonly string[]) => textArray(values.map((v) => v.toLowerCase()));
  if (f.memberTypes.length) parts.push(sql`m.member_type::text = any(${textArray(f.memberTypes)})`);
  if (f.departments.length) parts.push(sql`exists (select 1 from unnest(m.departments) d where lower(d) = any(${lowered(f.departments)}))`);
  if (f.cities.length) parts.push(sql`lower(m.city) = any(${lowered(f.cities)})`);
  if (f.countries.length) parts.push(sql`lower(m.country) = any(${lowered(f.countries)})`);
  if (f.skills.length) parts.push(sql`exists (select 1 from unnest(m.skills) s where lower(s) = any(${lowered(f.skills)}))`);
  if (f.interests.length) {
    const any = f.interests.map((i) => {
      if (i === 'open_to_return') return sql`m.open_to_return`;
      if (i === 'mentor') return sql`m.mentor`;
      if (i === 'speaker') return sql`m.speaker`;
      return sql`(m.open_to_return and ${i} = any(m.return_modes))`;
    });
    parts.push(sql`(${sql.join(any, sql` or `)})`);
  }
  // Joined dates are Helsinki days, as the console shows them.
  if (f.joinedFrom) parts.push(sql`m.joined_at >= (${f.joinedFrom}::date)::timestamp at time zone 'Europe/Helsinki'`);
  if (f.joinedTo) parts.push(sql`m.joined_at < (${f.joinedTo}::date + 1)::timestamp at time zone 'Europe/Helsinki'`);
  return sql.join(parts, sql` and `);
}

/** The member `m` has the channel's consent in force (the latest history row grants it). */
export function consentInForce(channel: ConsentChannel): SQL {
  return sql`coalesce((select c.granted from consents c where c.member_id = m.user_id and c.channel = ${channel}
    order by c.created_at desc, c.id desc limit 1), false)`;
}

/** The address of `u` is on the suppression list (kept as the SHA-256 of the lower-cased address). */
export function addressSuppressed(email: SQL = sql`u.email`): SQL {
  return sql`exists (select 1 from suppressions s where s.email_hash = encode(sha256(convert_to(lower(${email}), 'UTF8')), 'hex'))`;
}

/** Members of the audience who may be mailed on the channel: consent in force, address not suppressed. */
export function reachableOn(channel: ConsentChannel): SQL {
  return sql`${consentInForce(channel)} and not ${addressSuppressed()}`;
}

/** `select m.user_id from members m join users u …` for the audience, optionally only the reachable. */
export function audienceMembers(f: SegmentFilters, channel?: ConsentChannel): SQL {
  return sql`select m.user_id from members m join users u on u.id = m.user_id
    where ${matchesFilters(f)}${channel ? sql` and ${reachableOn(channel)}` : sql``}`;
}

/** Every member: the audience of an event or a newsletter without a segment. */
export const everyone: SegmentFilters = {
  memberTypes: [],
  departments: [],
  cities: [],
  countries: [],
  skills: [],
  interests: [],
  joinedFrom: null,
  joinedTo: null,
};
