// The large data set `pnpm db:seed --large` loads and `pnpm bench:dashboard` measures: 100,000
// members, 1,000,000 delivery rows and 50,000 RSVPs at scale 1, written straight in SQL
// (INSERT ... SELECT generate_series) so that it takes a minute, not an hour.
import type pg from 'pg';
import { seedDirectory } from './bulk-members.js';

export interface LargeSeedOptions {
  /** 1 for the full size; the test uses a small fraction. */
  scale?: number;
  log?: (line: string) => void;
}

export interface LargeSeedResult {
  members: number;
  deliveries: number;
  rsvps: number;
  ms: number;
}

/** The full size at scale 1. */
export const largeSizes = { members: 100_000, newsletters: 12, deliveries: 1_000_000, events: 100, rsvps: 50_000, jobs: 60 } as const;

/** Loads the large data set into an empty database; refuses one that already holds members. */
export async function largeSeed(client: pg.ClientBase, opts: LargeSeedOptions = {}): Promise<LargeSeedResult> {
  const scale = opts.scale ?? 1;
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const existing = await client.query<{ n: string }>(`select count(*) as n from members`);
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    throw new Error('The database already holds members; the large data set goes only into an empty, migrated database.');
  }
  const members = Math.max(10, Math.round(largeSizes.members * scale));
  const newsletters = largeSizes.newsletters;
  const perIssue = Math.max(1, Math.floor(Math.round(largeSizes.deliveries * scale) / newsletters));
  const eventCount = Math.max(2, Math.round(largeSizes.events * scale));
  const perEvent = Math.max(1, Math.floor(Math.round(largeSizes.rsvps * scale) / eventCount));
  const jobCount = Math.max(3, Math.round(largeSizes.jobs * Math.sqrt(scale)));

  log(`members: ${members.toLocaleString('en')}`);
  await seedDirectory(client, members, log);
  let lap = Date.now();
  const step = (what: string) => {
    const now = Date.now();
    log(`  ${what}: ${((now - lap) / 1000).toFixed(1)} s`);
    lap = now;
  };
  await client.query(`create function pg_temp.h(i bigint, salt int) returns bigint language sql immutable as
    $$ select hashint8(i * 7919 + salt)::bigint & 2147483647 $$`);
  await client.query('begin');
  // Members joined over eight years; a tenth never verified; some signed in lately.
  await client.query(`create temp table large_people on commit drop as
    select u.id, row_number() over (order by u.id) as n from users u where u.role = 'member'`);
  await client.query(`update members m set joined_at = now() - make_interval(days => (pg_temp.h(p.n, 21) % 2920)::int),
      verification_status = case when pg_temp.h(p.n, 22) % 10 = 0 then 'pending'::verification_status else m.verification_status end,
      verified_at = case when pg_temp.h(p.n, 22) % 10 = 0 then null else m.verified_at end
    from large_people p where p.id = m.user_id`);
  await client.query(`update users u set created_at = m.joined_at,
      last_login_at = case when pg_temp.h(p.n, 23) % 100 < 35 then now() - make_interval(days => (pg_temp.h(p.n, 24) % 120)::int) end
    from large_people p join members m on m.user_id = p.id where p.id = u.id`);
  step('join dates and sign-ins');
  // Record invitations: most members came through one; some invited people never joined.
  await client.query(`insert into record_invitations (employee_number, email, language, created_at, sent_at, accepted_at, accepted_by)
    select 'L' || p.n, u.email, u.language, m.joined_at - interval '3 days', m.joined_at - interval '3 days', m.joined_at, p.id
      from large_people p join users u on u.id = p.id join members m on m.user_id = p.id where pg_temp.h(p.n, 25) % 100 < 70`);
  await client.query(`insert into record_invitations (employee_number, email, language, created_at, sent_at)
    select 'LX' || i, 'invited' || i || '@bench.example', 'fi', now() - make_interval(days => (pg_temp.h(i, 26) % 2920)::int), now() - make_interval(days => (pg_temp.h(i, 26) % 2920)::int)
      from generate_series(1, $1::int) i`, [Math.round(members / 5)]);
  step('record invitations');
  // Consents: nine in ten take the newsletter, six in ten allow tracking.
  await client.query(`insert into consents (member_id, channel, granted, source, created_at)
    select p.id, c.channel::consent_channel, true, 'large-seed', now() - interval '9 years'
      from large_people p, (values ('newsletter', 90, 31), ('event_invites', 85, 32), ('tracking', 60, 33), ('job_alerts', 40, 34)) c(channel, pct, salt)
     where pg_temp.h(p.n, c.salt) % 100 < c.pct`);
  step('consents');
  // Newsletters, three a year for four years, each to a share of the members.
  await client.query(`insert into newsletters (status, subject, preheader, body, blocks, scheduled_at, recipients, started_at, finished_at, created_at, updated_at)
    select 'sent', jsonb_build_object('fi', 'Alumnikirje ' || g, 'sv', 'Alumnbrev ' || g, 'en', 'Alumni letter ' || g),
           jsonb_build_object('fi', 'Kuulumisia', 'sv', 'Nyheter', 'en', 'News'), jsonb_build_object('fi', 'Hei!', 'sv', 'Hej!', 'en', 'Hello!'),
           '{"events": 0, "newsIds": []}'::jsonb,
           now() - make_interval(days => g * 120), $1::int, now() - make_interval(days => g * 120), now() - make_interval(days => g * 120) + interval '2 hours',
           now() - make_interval(days => g * 120 + 7), now() - make_interval(days => g * 120)
      from generate_series(1, $2::int) g`, [perIssue, newsletters]);
  await client.query(`create temp table large_issues on commit drop as
    select id, started_at, row_number() over (order by started_at) as k from newsletters`);
  const people = await client.query<{ n: string }>(`select count(*) as n from large_people`);
  const peopleCount = Number(people.rows[0]?.n ?? 0);
  // Each issue goes to perIssue members (a window of the member list that moves with the issue).
  // As the newsletter module writes them: the issue and whether the member allowed tracking.
  await client.query(`create temp table large_tracked on commit drop as
    select distinct member_id from consents where channel = 'tracking' and granted`);
  await client.query(`insert into deliveries (message_key, kind, member_id, data, status, attempts, sent_at, opened_at, clicked_at, unsubscribed_at, created_at, updated_at, next_attempt_at)
    select 'newsletter:' || i.id, 'newsletter', p.id,
           jsonb_build_object('newsletterId', i.id::text, 'tracked', case when exists (select 1 from large_tracked k where k.member_id = p.id) then 1 else 0 end),
           s.status::delivery_status, 1,
           case when s.status = 'sent' then i.started_at + interval '1 hour' end,
           case when s.status = 'sent' and s.r < 45 and exists (select 1 from large_tracked k where k.member_id = p.id) then i.started_at + interval '5 hours' end,
           case when s.status = 'sent' and s.r < 12 and exists (select 1 from large_tracked k where k.member_id = p.id) then i.started_at + interval '6 hours' end,
           case when s.status = 'sent' and s.r between 90 and 90 then i.started_at + interval '1 day' end,
           i.started_at, i.started_at, i.started_at
      from large_issues i
      join large_people p on ((p.n + i.k * 7919) % $2::bigint) < $1::bigint
      cross join lateral (select pg_temp.h(p.n * 100 + i.k, 41) % 100 as r) rr
      cross join lateral (select rr.r, case when rr.r < 95 then 'sent' when rr.r < 97 then 'bounced' when rr.r < 99 then 'suppressed' else 'failed' end as status) s`,
    [perIssue, peopleCount]);
  step('newsletters and deliveries');
  // Events over three years, invitations to a share of the members, and the answers.
  await client.query(`insert into events (kind, status, title, description, starts_at, ends_at, place_name, capacity, published_at, created_at, updated_at)
    select (array['alumni_evening','seminar','training','webinar','other'])[1 + g % 5]::event_kind, case when g % 25 = 0 then 'cancelled' else 'published' end::event_status,
           jsonb_build_object('fi', 'Alumnitapaaminen ' || g, 'sv', 'Alumnträff ' || g, 'en', 'Alumni meet-up ' || g), '{"fi": "", "sv": "", "en": ""}'::jsonb,
           now() - make_interval(days => g * 10) + interval '17 hours', now() - make_interval(days => g * 10) + interval '19 hours', 'Tampere-talo', null,
           now() - make_interval(days => g * 10 + 30), now() - make_interval(days => g * 10 + 31), now() - make_interval(days => g * 10 + 30)
      from generate_series(1, $1::int) g`, [eventCount]);
  await client.query(`create temp table large_events on commit drop as select id, starts_at, row_number() over (order by starts_at) as k from events`);
  await client.query(`insert into event_invitations (event_id, member_id, created_at)
    select e.id, p.id, e.starts_at - interval '30 days' from large_events e
      join large_people p on ((p.n + e.k * 104729) % $2::bigint) < $1::bigint`, [perEvent * 2, peopleCount]);
  await client.query(`insert into event_rsvps (event_id, member_id, status, responded_at, checked_in_at, walk_in, created_at)
    select i.event_id, i.member_id, s.status::rsvp_status, i.created_at + interval '2 days',
           case when s.status = 'going' and s.r % 10 < 7 then e.starts_at + interval '10 minutes' end, false, i.created_at + interval '2 days'
      from event_invitations i join large_events e on e.id = i.event_id
      cross join lateral (select pg_temp.h(hashtext(i.member_id::text)::bigint + e.k, 51) % 100 as r) rr
      cross join lateral (select rr.r, case when rr.r < 50 then null when rr.r < 80 then 'going' when rr.r < 90 then 'maybe' when rr.r < 99 then 'declined' else 'waitlisted' end as status) s
     where s.status is not null`);
  step('events, invitations and RSVPs');
  // Jobs, interests, referrals and shares; flags on every stage and rehires over the quarters.
  await client.query(`insert into jobs (title, description, department, location, remote, type, opens_on, closes_on, status, created_at, updated_at)
    select jsonb_build_object('fi', 'Sijaisuus ' || g, 'sv', 'Vikariat ' || g, 'en', 'Substitute post ' || g), '{"fi": "", "sv": "", "en": ""}'::jsonb,
           (array['Kotihoito','Sairaalapalvelut','Vanhuspalvelut','Kuntoutus'])[1 + g % 4], (array['Tampere','Espoo','Turku','Oulu'])[1 + g % 4], g % 7 = 0,
           (array['full_time','part_time','project','summer','substitute','flexible'])[1 + g % 6]::job_type,
           (now() - make_interval(days => g * 20))::date, (now() - make_interval(days => g * 20 - 45))::date, 'published',
           now() - make_interval(days => g * 20 + 1), now() - make_interval(days => g * 20)
      from generate_series(1, $1::int) g`, [jobCount]);
  await client.query(`create temp table large_jobs on commit drop as select id, type, opens_on, row_number() over (order by opens_on) as k from jobs`);
  await client.query(`insert into job_shares (code, job_id, member_id, visits, created_at)
    select 'large' || j.k || 'x' || p.n, j.id, p.id, (pg_temp.h(p.n, 61) % 12)::int, j.opens_on + interval '2 days'
      from large_jobs j join large_people p on ((p.n + j.k * 31) % $1::bigint) < 20`, [peopleCount]);
  await client.query(`insert into job_interests (job_id, member_id, message, status, created_at, updated_at)
    select j.id, p.id, '', (array['new','in_review','contacted','declined'])[1 + p.n % 4]::interest_status, j.opens_on + interval '3 days', j.opens_on + interval '3 days'
      from large_jobs j join large_people p on ((p.n + j.k * 53) % $1::bigint) < 40`, [peopleCount]);
  await client.query(`insert into job_referrals (job_id, referrer_id, name, email, relation, note, status, created_at, updated_at)
    select j.id, p.id, 'Suositeltu ' || p.n, 'referred' || j.k || 'x' || p.n || '@bench.example', 'Kollega', '', 'new', j.opens_on + interval '4 days', j.opens_on + interval '4 days'
      from large_jobs j join large_people p on ((p.n + j.k * 71) % $1::bigint) < 8`, [peopleCount]);
  await client.query(`insert into talent_flags (member_id, reason, tags, stage, stage_changed_at, created_at, updated_at)
    select p.id, 'Paluuehdokas', '{}', (array['flagged','contacted','interviewing','offer','rehired','not_now'])[1 + p.n % 6]::flag_stage,
           now() - make_interval(days => (pg_temp.h(p.n, 71) % 700)::int), now() - make_interval(days => (pg_temp.h(p.n, 71) % 700)::int + 60),
           now() - make_interval(days => (pg_temp.h(p.n, 71) % 700)::int)
      from large_people p where p.n % 97 = 0`);
  await client.query(`insert into rehires (member_id, flag_id, job_id, type, rehired_on, created_at)
    select f.member_id, f.id, null, 'substitute', f.stage_changed_at::date, f.stage_changed_at from talent_flags f where f.stage = 'rehired'`);
  step('jobs, flags and rehires');
  await client.query('commit');
  const counts = await client.query<{ deliveries: string; rsvps: string }>(
    `select (select count(*) from deliveries) as deliveries, (select count(*) from event_rsvps) as rsvps`,
  );
  return {
    members,
    deliveries: Number(counts.rows[0]?.deliveries ?? 0),
    rsvps: Number(counts.rows[0]?.rsvps ?? 0),
    ms: Date.now() - started,
  };
}
