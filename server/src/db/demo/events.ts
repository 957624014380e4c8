import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../client.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A Helsinki wall time `days` from today. */
const at = (now: Date, days: number, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' }).plus({ days }).set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 }).toJSDate();
};

/**
 * Events for the demo: a spring alumni evening open for answers (the demo member is invited but has
 * not answered), a past seminar with its attendance, a draft webinar, and a saved segment.
 */
export async function seedDemoEvents(tx: Tx, now: Date): Promise<void> {
  const hr = await tx.execute<{ id: string }>(sql`select id from users where email = 'hr@demo.alumni.example'`);
  const hrId = hr.rows[0]?.id ?? null;
  await tx.execute(sql`
    insert into segments (name, description, filters, created_by) values
      ('Sairaalapalvelujen alumnit', 'Kaikki, jotka ovat työskennelleet sairaalapalveluissa.',
       '{"memberTypes":[],"departments":["Sairaalapalvelut"],"cities":[],"countries":[],"skills":[],"interests":[],"joinedFrom":null,"joinedTo":null}'::jsonb, ${hrId}),
      ('Eläkeläiset', 'Eläkkeelle jääneet entiset työntekijät.',
       '{"memberTypes":["retiree"],"departments":[],"cities":[],"countries":[],"skills":[],"interests":[],"joinedFrom":null,"joinedTo":null}'::jsonb, ${hrId})`);
  const insert = (v: { kind: string; status: string; title: [string, string, string]; text: [string, string, string]; start: Date; end: Date; place: string; address: string; online: string; capacity: number | null }) =>
    tx.execute<{ id: string }>(sql`
      insert into events (kind, status, title, description, starts_at, ends_at, place_name, address, online_url, capacity, max_guests, created_by, published_at)
      values (${v.kind}::event_kind, ${v.status}::event_status,
        ${JSON.stringify({ fi: v.title[0], sv: v.title[1], en: v.title[2] })}::jsonb,
        ${JSON.stringify({ fi: v.text[0], sv: v.text[1], en: v.text[2] })}::jsonb,
        ${v.start}, ${v.end}, ${v.place}, ${v.address}, ${v.online}, ${v.capacity}, 1, ${hrId},
        ${v.status === 'draft' ? null : now})
      returning id`);
  const evening = await insert({
    kind: 'alumni_evening',
    status: 'published',
    title: ['Kevään alumni-ilta', 'Alumnikväll i vår', 'Spring alumni evening'],
    text: [
      'Tervetuloa tapaamaan entisiä kollegoita! Illan aikana kuulemme, mitä organisaatiossa tapahtuu nyt, ja **iltapala** on tarjolla.',
      'Välkommen att träffa gamla kolleger! Vi berättar vad som händer i organisationen nu, och det bjuds på **kvällsmål**.',
      'Come and meet your former colleagues! We will hear what is happening in the organisation now, and there is an **evening snack**.',
    ],
    start: at(now, 24, '17:30'),
    end: at(now, 24, '20:30'),
    place: 'Pääkonttori, auditorio',
    address: 'Mannerheimintie 12, 00100 Helsinki',
    online: '',
    capacity: 80,
  });
  const seminar = await insert({
    kind: 'seminar',
    status: 'published',
    title: ['Syysseminaari: hoitotyön tulevaisuus', 'Höstseminarium: vårdens framtid', 'Autumn seminar: the future of care work'],
    text: ['Asiantuntijapuheenvuoroja ja keskustelua.', 'Föredrag och diskussion.', 'Talks and discussion.'],
    start: at(now, -60, '13:00'),
    end: at(now, -60, '16:00'),
    place: 'Tampere-talo',
    address: 'Yliopistonkatu 55, 33100 Tampere',
    online: '',
    capacity: 120,
  });
  await insert({
    kind: 'webinar',
    status: 'draft',
    title: ['Webinaari: paluu työelämään', 'Webbinarium: tillbaka till arbetslivet', 'Webinar: returning to work'],
    text: ['Luonnos.', 'Utkast.', 'Draft.'],
    start: at(now, 45, '12:00'),
    end: at(now, 45, '13:00'),
    place: '',
    address: '',
    online: 'https://teams.example.com/alumni-webinaari',
    capacity: null,
  });
  const eveningId = evening.rows[0]?.id;
  const seminarId = seminar.rows[0]?.id;
  if (!eveningId || !seminarId) return;
  // Invitations to every verified member who consented; a handful answered.
  await tx.execute(sql`
    insert into event_invitations (event_id, member_id, invited_by, created_at)
    select ${eveningId}::uuid, m.user_id, ${hrId}, ${now} from members m join users u on u.id = m.user_id
    where u.status = 'active' and m.verification_status = 'verified'`);
  await tx.execute(sql`
    insert into event_rsvps (event_id, member_id, status, guests, responded_at)
    select ${eveningId}::uuid, x.user_id, (case when x.n % 5 = 0 then 'maybe' else 'going' end)::rsvp_status, (x.n % 4 = 0)::int, ${now}
    from (select m.user_id, row_number() over (order by u.email) as n from members m join users u on u.id = m.user_id
          where u.status = 'active' and m.verification_status = 'verified' and u.email <> 'member@demo.alumni.example' limit 18) x`);
  await tx.execute(sql`
    insert into event_rsvps (event_id, member_id, status, responded_at, checked_in_at, checked_in_by)
    select ${seminarId}::uuid, x.user_id, 'going', ${at(now, -70, '10:00')}, case when x.n % 6 = 0 then null else ${at(now, -60, '12:50')}::timestamptz end, ${hrId}
    from (select m.user_id, row_number() over (order by u.last_name, u.email) as n from members m join users u on u.id = m.user_id
          where u.status = 'active' and m.verification_status = 'verified' limit 42) x`);
}
