import { sql, type SQL } from 'drizzle-orm';
import type { QueryResultRow } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers.js';
import { seedOnce } from '../../runtime.js';

/*
 * The demo data as `pnpm start` loads it, in a database of its own: the rows must satisfy the
 * schema's keys and the membership rules, and the triggers must fill the search columns.
 */
let t: TestApp;
let firstSeed: Awaited<ReturnType<typeof seedOnce>>;

beforeAll(async () => {
  t = await startTestApp();
  firstSeed = await seedOnce(t.database, () => undefined);
}, 120_000);
afterAll(async () => {
  await t.close();
});

// The row types are the queries' own column lists; the driver does not check them, the expectations do.
async function rows<T extends QueryResultRow>(query: SQL) {
  return (await t.db.execute<T>(query)).rows;
}
async function one<T extends QueryResultRow>(query: SQL) {
  const [row] = await rows<T>(query);
  if (!row) throw new Error('no row');
  return row;
}

const tableCounts = () =>
  one<Record<string, number>>(sql`
    select (select count(*) from users)::int as users,
           (select count(*) from members)::int as members,
           (select count(*) from employment_records)::int as records,
           (select count(*) from employment_periods)::int as periods,
           (select count(*) from membership_claims)::int as claims,
           (select count(*) from record_invitations)::int as invitations,
           (select count(*) from suppressions)::int as suppressions,
           (select count(*) from consents)::int as consents,
           (select count(*) from record_imports)::int as imports`);

describe('the seeded demo database', () => {
  it('has an evening open for answers, with the demo member invited but not answered, a past seminar with attendance and a draft', async () => {
    const found = await rows<{ kind: string; status: string; upcoming: boolean; going: number; checked_in: number; demo_invited: boolean; demo_answered: boolean }>(sql`
      select e.kind::text, e.status::text, e.starts_at > now() as upcoming,
        (select count(*)::int from event_rsvps r where r.event_id = e.id and r.status = 'going') as going,
        (select count(*)::int from event_rsvps r where r.event_id = e.id and r.checked_in_at is not null) as checked_in,
        exists (select 1 from event_invitations i join users u on u.id = i.member_id where i.event_id = e.id and u.email = 'member@demo.alumni.example') as demo_invited,
        exists (select 1 from event_rsvps r join users u on u.id = r.member_id where r.event_id = e.id and u.email = 'member@demo.alumni.example') as demo_answered
      from events e order by e.kind`);
    expect(found).toEqual([
      expect.objectContaining({ kind: 'alumni_evening', status: 'published', upcoming: true, demo_invited: true, demo_answered: false }),
      expect.objectContaining({ kind: 'seminar', status: 'published', upcoming: false, going: 42, checked_in: 35 }),
      expect.objectContaining({ kind: 'webinar', status: 'draft', upcoming: true }),
    ]);
    expect(found[0]?.going).toBeGreaterThan(10);
  });

  it('has last autumn’s issue in the archive with its ledger, the spring issue as a draft with blocks, and news on the portal', async () => {
    const issues = await rows<{ status: string; recipients: number; delivered: number; archived: boolean; blocks: { events: number; newsIds: string[] } }>(sql`
      select n.status::text, n.recipients,
        (select count(*)::int from deliveries d where d.message_key = 'newsletter:' || n.id::text and d.status = 'sent') as delivered,
        (n.renditions is not null and n.to_everyone) as archived, n.blocks
      from newsletters n order by n.created_at`);
    expect(issues).toEqual([
      expect.objectContaining({ status: 'sent', archived: true }),
      expect.objectContaining({ status: 'draft', archived: false, blocks: expect.objectContaining({ events: 3 }) as unknown }),
    ]);
    expect(issues[0]?.delivered).toBeGreaterThan(100);
    expect(issues[0]?.recipients).toBeGreaterThan(issues[0]?.delivered ?? 0);
    // The demo member takes the newsletter, so they got the autumn issue.
    const demo = await one<{ got: boolean }>(sql`
      select exists (select 1 from deliveries d join users u on u.id = d.member_id where u.email = 'member@demo.alumni.example' and d.kind = 'newsletter' and d.status = 'sent') as got`);
    expect(demo.got).toBe(true);
    const news = await rows<{ status: string }>(sql`select status::text from news_posts order by status`);
    expect(news.map((n) => n.status)).toEqual(['draft', 'published', 'published']);
  });

  it('has returner jobs open, closed and in draft, with interests, a credited share, a referral, flags on every stage and a rehire', async () => {
    const jobs = await rows<{ status: string; open: boolean }>(sql`
      select status::text, (status = 'published' and opens_on <= current_date and (closes_on is null or closes_on >= current_date)) as open from jobs`);
    expect(jobs.filter((j) => j.open).length).toBeGreaterThanOrEqual(5);
    expect(jobs.filter((j) => j.status === 'draft')).toHaveLength(1);
    expect(jobs.filter((j) => j.status === 'published' && !j.open)).toHaveLength(1);
    const counts = await one<{ interests: number; credited: number; referrals: number; rehires: number }>(sql`
      select (select count(*)::int from job_interests) as interests, (select count(*)::int from job_interests where share_code is not null) as credited,
        (select count(*)::int from job_referrals) as referrals, (select count(*)::int from rehires) as rehires`);
    expect(counts).toEqual({ interests: 4, credited: 1, referrals: 1, rehires: 1 });
    const stages = await rows<{ stage: string }>(sql`select distinct stage::text from talent_flags order by 1`);
    expect(stages.map((s) => s.stage)).toEqual(['contacted', 'flagged', 'interviewing', 'not_now', 'offer', 'rehired']);
  });

  it('has the settings with saving figures, three years of total hires, a closed named survey and an open anonymous one', async () => {
    const org = await one<{ value: { orgName: string; savings: { recruitmentCostEur: number } } }>(sql`select value from settings where key = 'org'`);
    expect(org.value.orgName).toBe('Esimerkki Hoiva Alumni');
    expect(org.value.savings.recruitmentCostEur).toBeGreaterThan(0);
    const hires = await rows<{ year: number }>(sql`select year from company_hires order by year`);
    expect(hires).toHaveLength(3);
    const surveys = await rows<{ anonymous: boolean; open: boolean; responses: number; participants: number; named: number }>(sql`
      select s.anonymous, s.closes_at > now() as open,
        (select count(*)::int from survey_responses r where r.survey_id = s.id) as responses,
        (select count(*)::int from survey_participants p where p.survey_id = s.id) as participants,
        (select count(*)::int from survey_responses r where r.survey_id = s.id and r.member_id is not null) as named
      from surveys s order by s.anonymous`);
    expect(surveys).toEqual([
      { anonymous: false, open: false, responses: 16, participants: 16, named: 16 },
      { anonymous: true, open: true, responses: 8, participants: 8, named: 0 },
    ]);
  });

  it('loads once: a second start changes nothing', async () => {
    expect(firstSeed?.map((a) => a.role).sort()).toEqual(['admin', 'hr', 'member', 'recruiter']);
    const before = await tableCounts();
    expect(before).toMatchObject({ users: 304, members: 301, imports: 1 });
    expect(await seedOnce(t.database, () => undefined)).toBeUndefined();
    expect(await tableCounts()).toEqual(before);
  });

  it('verifies most members, with claims waiting, asked about and rejected', async () => {
    const counts = await rows<{ status: string; n: number }>(
      sql`select verification_status as status, count(*)::int as n from members group by 1 order by 1`,
    );
    expect(Object.fromEntries(counts.map((c) => [c.status, c.n]))).toEqual({ verified: 292, pending: 6, info_requested: 2, rejected: 1 });
    const wrongVerifiedAt = await one<{ n: number }>(
      sql`select count(*)::int as n from members where (verification_status = 'verified') <> (verified_at is not null)`,
    );
    expect(wrongVerifiedAt.n).toBe(0);
  });

  it('gives every verified member a verified period copied from a record of theirs, and no verified period without one', async () => {
    const unbacked = await one<{ n: number }>(sql`
      select count(*)::int as n from members m
      where m.verification_status = 'verified' and not exists (
        select 1 from employment_periods p join employment_records r on r.id = p.record_id
        where p.member_id = m.user_id and p.verified and r.member_id = m.user_id and r.start_date = p.start_date
          and r.end_date = p.end_date and r.department = p.department and r.title = p.title)`);
    expect(unbacked.n).toBe(0);
    const loose = await one<{ n: number }>(sql`select count(*)::int as n from employment_periods where verified and record_id is null`);
    expect(loose.n).toBe(0);
    const linkedToOthers = await one<{ n: number }>(sql`
      select count(*)::int as n from employment_records r join members m on m.user_id = r.member_id
      where m.verification_status <> 'verified'`);
    expect(linkedToOthers.n).toBe(0);
    const withoutPeriods = await one<{ n: number }>(sql`
      select count(*)::int as n from members m
      where m.verification_status <> 'verified' and exists (select 1 from employment_periods p where p.member_id = m.user_id)`);
    expect(withoutPeriods.n).toBe(0);
  });

  it('has one open claim for each member waiting, and the decision for those HR answered', async () => {
    const claims = await rows<{ status: string; claims: string[]; note: string | null; decided: boolean }>(sql`
      select m.verification_status as status, array_agg(c.status::text) as claims,
             max(c.decision_note) as note, bool_and(c.decided_at is not null and c.decided_by is not null) as decided
      from members m join membership_claims c on c.member_id = m.user_id
      where m.verification_status <> 'verified' group by m.user_id, m.verification_status`);
    expect(claims).toHaveLength(9);
    for (const c of claims) {
      expect(c.claims).toEqual([c.status]);
      if (c.status === 'pending') expect(c.note).toBeNull();
      else expect({ note: (c.note?.length ?? 0) > 0, decided: c.decided }).toEqual({ note: true, decided: true });
    }
  });

  it('matches claims as the membership rule does: automatic ones to the member’s own records only, the others to nothing', async () => {
    const found = await rows<{ auto: boolean; matched: string[] | null; own: string[] | null; primary_is_own: boolean | null }>(sql`
      with hits as (
        select c.id as claim_id, r.employee_number, coalesce(lower(r.email) = lower(u.email), false) as by_email
        from membership_claims c
        join users u on u.id = c.member_id
        join employment_records r on lower(r.email) = lower(u.email)
          or (alumni_fold(concat_ws(' ', btrim(r.first_name), btrim(r.last_name))) = alumni_fold(concat_ws(' ', btrim(u.first_name), btrim(u.last_name)))
              and r.start_date <= (c.end_month + interval '1 month' - interval '1 day')::date
              and coalesce(r.end_date, 'infinity'::date) >= c.start_month
              and (c.employee_number is null or c.employee_number = r.employee_number))
      ), chosen as (
        select * from hits h where h.by_email or not exists (select 1 from hits e where e.claim_id = h.claim_id and e.by_email)
      )
      select c.auto_verified as auto,
             (select array_agg(distinct ch.employee_number) from chosen ch where ch.claim_id = c.id) as matched,
             (select array_agg(distinct r.employee_number) from employment_records r where r.member_id = c.member_id) as own,
             (select r.member_id = c.member_id from employment_records r where r.id = c.matched_record_id) as primary_is_own
      from membership_claims c`);
    expect(found.length).toBeGreaterThan(250);
    for (const f of found) {
      if (f.auto) {
        expect(f.matched).toEqual(f.own);
        expect(f.own).toHaveLength(1);
        expect(f.primary_is_own).toBe(true);
      } else {
        expect(f.matched).toBeNull();
      }
    }
    expect(found.filter((f) => !f.auto && f.primary_is_own).length).toBeGreaterThan(20);
  });

  it('keeps records of about 150 people who have not joined, some who left within the year, for HR to invite', async () => {
    const outsiders = await one<{ people: number; recent: number }>(sql`
      with people as (
        select employee_number, max(end_date) as left_on from employment_records
        group by employee_number having bool_and(member_id is null)
      )
      select count(*)::int as people, count(*) filter (where left_on >= current_date - 365)::int as recent
      from people p
      where not exists (select 1 from membership_claims c where c.employee_number = p.employee_number)`);
    expect(outsiders.people).toBeGreaterThanOrEqual(150);
    expect(outsiders.recent).toBeGreaterThan(20);
  });

  it('counts the import by the rows it wrote', async () => {
    const imported = await one<{ status: string; total: number; valid: number; problems: number; records: number; by: string }>(sql`
      select i.status, i.total_rows as total, i.valid_rows as valid, jsonb_array_length(i.problems) as problems,
             (select count(*)::int from employment_records r where r.import_id = i.id) as records, u.email as by
      from record_imports i join users u on u.id = i.created_by`);
    expect(imported).toMatchObject({ status: 'done', by: 'hr@demo.alumni.example' });
    expect(imported.valid).toBe(imported.records);
    expect(imported.total).toBe(imported.valid + imported.problems);
    expect(imported.records).toBeGreaterThan(500);
  });

  it('has invitations out, the accepted ones by the member with the invited address', async () => {
    const invitations = await rows<{ accepted: boolean; by_invitee: boolean | null; member_exists: boolean; has_record: boolean }>(sql`
      select i.accepted_at is not null as accepted,
             (select lower(u.email) = lower(i.email) from users u where u.id = i.accepted_by) as by_invitee,
             exists (select 1 from users u where lower(u.email) = lower(i.email)) as member_exists,
             exists (select 1 from employment_records r where r.employee_number = i.employee_number and lower(r.email) = lower(i.email)) as has_record
      from record_invitations i`);
    expect(invitations.filter((i) => i.accepted)).toHaveLength(4);
    expect(invitations.filter((i) => !i.accepted).length).toBeGreaterThanOrEqual(5);
    for (const i of invitations) {
      expect(i.has_record).toBe(true);
      expect(i.member_exists).toBe(i.accepted);
      if (i.accepted) expect(i.by_invitee).toBe(true);
    }
  });

  it('keeps unsubscribed addresses under the hash of the lower-cased address', async () => {
    const s = await rows<{ reason: string; hash_ok: boolean }>(sql`
      select reason, email_hash = encode(sha256(convert_to(lower(email), 'UTF8')), 'hex') as hash_ok from suppressions`);
    expect(s).toEqual([
      { reason: 'unsubscribed', hash_ok: true },
      { reason: 'unsubscribed', hash_ok: true },
    ]);
  });

  it('fills the search columns of every member, and shows the demo member to other members', async () => {
    const empty = await one<{ n: number }>(sql`
      select count(*)::int as n from members
      where search_name = '' or (verification_status = 'verified' and cardinality(departments) = 0)`);
    expect(empty.n).toBe(0);
    const demo = await one<Record<string, unknown>>(sql`
      select m.verification_status as status, m.directory_visibility as visibility, m.search_name, m.departments, m.mentor,
             m.linkedin_url is not null and m.headline is not null and m.city is not null and m.bio is not null
               and cardinality(m.skills) >= 3 as full_profile,
             (select count(*)::int from employment_periods p where p.member_id = m.user_id and p.verified and p.record_id is not null) as verified_periods
      from members m join users u on u.id = m.user_id where u.email = 'member@demo.alumni.example'`);
    expect(demo).toEqual({
      status: 'verified',
      visibility: 'members',
      search_name: 'mikko korhonen',
      departments: ['Sairaalapalvelut', 'Vanhuspalvelut'],
      mentor: true,
      full_profile: true,
      verified_periods: 2,
    });
    const visible = await rows<{ visibility: string; n: number }>(sql`
      select directory_visibility as visibility, count(*)::int as n from members where verification_status = 'verified' group by 1`);
    const byVisibility = Object.fromEntries(visible.map((v) => [v.visibility, v.n]));
    expect(byVisibility.members).toBeGreaterThan(200);
    expect(byVisibility.staff).toBeGreaterThan(10);
    expect(byVisibility.hidden).toBeGreaterThan(3);
  });
});
