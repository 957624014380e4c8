import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { limits } from '../auth/rate-limit.js';

/** Who the rows are about: the account's id and its address as it was before any erasure. */
export interface Subject {
  userId: string;
  email: string;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * One table that holds a member's data: how to find their rows for the data export, and what
 * erasure does to them. Every table that names a member (a foreign key to users or members, or an
 * address column) has an entry here or is on the test's commented list of tables without member
 * data; the privacy test reads the catalog and fails on a table that is in neither.
 */
export interface MemberTable {
  /** A query yielding one `row` (jsonb) per row about the member, in a stable order. */
  rows: (s: Subject) => SQL;
  /** Removes or anonymises the member's rows; runs inside the erasure's transaction. */
  erase: (tx: Tx, s: Subject) => Promise<void>;
}

/** The suppression list keys an address by this hash, so an erased address is never kept in the clear. */
export const emailHash = (email: string) => createHash('sha256').update(email.toLowerCase()).digest('hex');

const withheld = 'withheld: a one-way hash that is of no use outside the platform';

/**
 * By table name, in erasure order: the users row goes last, as the rows before it find the member
 * through the address it still holds.
 */
export const memberTables: Record<string, MemberTable> = {
  members: {
    rows: (s) => sql`select to_jsonb(t) as row from members t where t.user_id = ${s.userId}`,
    // Only what anonymous counts need stays: member type, join time and verification.
    erase: async (tx, s) => {
      await tx.execute(sql`
        update members set headline = null, current_employer = null, current_title = null, city = null, country = null,
          linkedin_url = null, bio = null, skills = '{}', open_to_return = false, return_modes = '{}', mentor = false,
          speaker = false, directory_visibility = 'hidden', photo_updated_at = null, updated_at = now()
        where user_id = ${s.userId}`);
    },
  },
  // The photo travels as base64, so the export is the whole of what is stored, in one file.
  member_photos: {
    rows: (s) => sql`
      select to_jsonb(t) - 'content' || jsonb_build_object('content_base64', translate(encode(t.content, 'base64'), E'\n', '')) as row
      from member_photos t where t.member_id = ${s.userId}`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from member_photos where member_id = ${s.userId}`);
    },
  },
  employment_periods: {
    rows: (s) => sql`select to_jsonb(t) as row from employment_periods t where t.member_id = ${s.userId} order by t.start_date, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from employment_periods where member_id = ${s.userId}`);
    },
  },
  consents: {
    rows: (s) => sql`select to_jsonb(t) as row from consents t where t.member_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from consents where member_id = ${s.userId}`);
    },
  },
  membership_claims: {
    rows: (s) => sql`select to_jsonb(t) as row from membership_claims t where t.member_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from membership_claims where member_id = ${s.userId}`);
    },
  },
  // HR's records stay HR's: erasure only cuts the link to the account.
  employment_records: {
    rows: (s) => sql`
      select to_jsonb(t) as row from employment_records t
      where t.member_id = ${s.userId} or lower(t.email) = lower(${s.email}) order by t.start_date, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`update employment_records set member_id = null, updated_at = now() where member_id = ${s.userId}`);
    },
  },
  record_invitations: {
    rows: (s) => sql`
      select to_jsonb(t) - 'token_hash' || jsonb_build_object('token_hash', case when t.token_hash is null then null else ${withheld}::text end) as row
      from record_invitations t where lower(t.email) = lower(${s.email}) or t.accepted_by = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from record_invitations where lower(email) = lower(${s.email}) or accepted_by = ${s.userId}`);
    },
  },
  event_invitations: {
    rows: (s) => sql`select to_jsonb(t) as row from event_invitations t where t.member_id = ${s.userId} order by t.created_at, t.event_id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from event_invitations where member_id = ${s.userId}`);
    },
  },
  // Answers and check-ins go; an erased member no longer counts as having come.
  event_rsvps: {
    rows: (s) => sql`select to_jsonb(t) as row from event_rsvps t where t.member_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from event_rsvps where member_id = ${s.userId}`);
    },
  },
  calendar_feeds: {
    rows: (s) => sql`select to_jsonb(t) as row from calendar_feeds t where t.member_id = ${s.userId}`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from calendar_feeds where member_id = ${s.userId}`);
    },
  },
  // The ledger of mails sent stays for the anonymous counts (sent, failed, bounced per message); what
  // a relay said about the address (its error text may quote it) and its message ids go.
  deliveries: {
    rows: (s) => sql`select to_jsonb(t) as row from deliveries t where t.member_id = ${s.userId} order by t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`update deliveries set last_error = null, smtp_message_id = null, data = '{}'::jsonb, updated_at = now() where member_id = ${s.userId}`);
    },
  },
  // Which links of a newsletter the member clicked (recorded only with the tracking consent) goes.
  newsletter_clicks: {
    rows: (s) => sql`
      select to_jsonb(c) as row from newsletter_clicks c join deliveries d on d.id = c.delivery_id
      where d.member_id = ${s.userId} order by c.delivery_id, c.link`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from newsletter_clicks where delivery_id in (select id from deliveries where member_id = ${s.userId})`);
    },
  },
  // A member's raised hands, the candidates they named and their share links go on erasure;
  // the counts a recruiter saw before do not need them.
  job_interests: {
    rows: (s) => sql`select to_jsonb(t) as row from job_interests t where t.member_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_interests where member_id = ${s.userId}`);
    },
  },
  // The CV travels as base64, so the export is all that is stored; it goes with the interest.
  job_interest_cvs: {
    rows: (s) => sql`
      select to_jsonb(c) - 'content' || jsonb_build_object('content_base64', translate(encode(c.content, 'base64'), E'\n', '')) as row
      from job_interest_cvs c join job_interests i on i.id = c.interest_id where i.member_id = ${s.userId} order by c.created_at`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_interest_cvs where interest_id in (select id from job_interests where member_id = ${s.userId})`);
    },
  },
  job_referrals: {
    rows: (s) => sql`select to_jsonb(t) as row from job_referrals t where t.referrer_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_referrals where referrer_id = ${s.userId}`);
    },
  },
  job_alerts: {
    rows: (s) => sql`select to_jsonb(t) as row from job_alerts t where t.member_id = ${s.userId}`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_alerts where member_id = ${s.userId}`);
    },
  },
  job_alert_matches: {
    rows: (s) => sql`select to_jsonb(t) as row from job_alert_matches t where t.member_id = ${s.userId} order by t.created_at, t.job_id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_alert_matches where member_id = ${s.userId}`);
    },
  },
  job_shares: {
    rows: (s) => sql`select to_jsonb(t) as row from job_shares t where t.member_id = ${s.userId} order by t.created_at, t.code`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from job_shares where member_id = ${s.userId}`);
    },
  },
  // What recruiters wrote about the member is theirs to read in the export, and goes on erasure;
  // a rehire stays as a count without the person (analytics needs how many, not who).
  talent_flags: {
    rows: (s) => sql`select to_jsonb(t) as row from talent_flags t where t.member_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from talent_flags where member_id = ${s.userId}`);
    },
  },
  talent_notes: {
    rows: (s) => sql`
      select to_jsonb(n) as row from talent_notes n join talent_flags f on f.id = n.flag_id
      where f.member_id = ${s.userId} order by n.created_at, n.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from talent_notes where flag_id in (select id from talent_flags where member_id = ${s.userId})`);
    },
  },
  // A named survey's answers are the member's and go with them. An anonymous survey's answers name
  // no one (member_id is null), so they are neither exported nor found here: they stay, unlinked.
  survey_responses: {
    rows: (s) => sql`select to_jsonb(t) as row from survey_responses t where t.member_id = ${s.userId} order by t.submitted_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from survey_responses where member_id = ${s.userId}`);
    },
  },
  // Which surveys the member answered (not what, and not when).
  survey_participants: {
    rows: (s) => sql`select to_jsonb(t) as row from survey_participants t where t.member_id = ${s.userId} order by t.survey_id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from survey_participants where member_id = ${s.userId}`);
    },
  },
  rehires: {
    rows: (s) => sql`select to_jsonb(t) as row from rehires t where t.member_id = ${s.userId} order by t.rehired_on, t.id`,
    erase: async () => {
      // Kept: the row names the account id only, which erasure has emptied of personal data.
    },
  },
  sessions: {
    rows: (s) => sql`select to_jsonb(t) as row from sessions t where t.user_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from sessions where user_id = ${s.userId}`);
    },
  },
  one_time_tokens: {
    rows: (s) => sql`
      select to_jsonb(t) - 'token_hash' || jsonb_build_object('token_hash', ${withheld}::text) as row
      from one_time_tokens t where t.user_id = ${s.userId} order by t.created_at, t.id`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from one_time_tokens where user_id = ${s.userId}`);
    },
  },
  // The log is append-only and names the account by id only, whose row becomes an anonymous shell.
  // Entries about a person name them as object type 'user', which keeps this on the log's indexes.
  audit_log: {
    rows: (s) => sql`
      select to_jsonb(t) as row from audit_log t
      where t.actor_id = ${s.userId} or (t.object_type = 'user' and t.object_id = ${s.userId}::text) order by t.id`,
    erase: async () => undefined,
  },
  // Rows about the address: an unsubscribe or bounce before, the erasure's own entry after.
  suppressions: {
    rows: (s) => sql`
      select to_jsonb(t) as row from suppressions t
      where t.email_hash = ${emailHash(s.email)} or lower(t.email) = lower(${s.email}) order by t.id`,
    // The address stays suppressed, but only as its hash: an earlier entry loses its clear-text copy.
    erase: async (tx, s) => {
      await tx.execute(sql`
        insert into suppressions (email_hash, email, reason) values (${emailHash(s.email)}, null, 'erased')
        on conflict (email_hash) do update set email = null`);
      await tx.execute(sql`update suppressions set email = null where lower(email) = lower(${s.email})`);
    },
  },
  // Rate-limit windows keyed by the address or the user id live a day at most; erasure drops them at once.
  rate_limits: {
    rows: (s) => sql`
      select to_jsonb(t) as row from rate_limits t
      where t.key = any(${emailLimitKeys(s.email)}::text[]) or t.key like ${`%:${s.userId}`} order by t.key`,
    erase: async (tx, s) => {
      await tx.execute(sql`delete from rate_limits where key = any(${emailLimitKeys(s.email)}::text[]) or key like ${`%:${s.userId}`}`);
    },
  },
  users: {
    rows: (s) => sql`
      select to_jsonb(t) - 'password_hash' || jsonb_build_object('password_hash', case when t.password_hash is null then null else ${withheld}::text end) as row
      from users t where t.id = ${s.userId}`,
    // An anonymous shell stays, so the audit log and the member counts keep their references.
    erase: async (tx, s) => {
      await tx.execute(sql`
        update users set email = ${erasedAddress(s.userId)}, email_verified_at = null, password_hash = null,
          first_name = null, last_name = null, last_login_at = null, status = 'erased', updated_at = now()
        where id = ${s.userId}`);
    },
  },
};

/** The address an erased account is left with: unique, and undeliverable by definition (RFC 2606). */
export const erasedAddress = (userId: string) => `erased-${userId}@erased.invalid`;

/** The rate-limit keys that name an address (see `hitLimit`). */
function emailLimitKeys(email: string): string {
  const keys = Object.keys(limits)
    .filter((name) => name.endsWith('Email'))
    .map((name) => `${name}:${email.toLowerCase()}`);
  // A Postgres array literal; each key quoted, as addresses may hold commas or quotes.
  return `{${keys.map((k) => `"${k.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
