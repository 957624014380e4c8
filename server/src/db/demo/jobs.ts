import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { FlagStage, JobType, LocalizedText } from '@alumni/shared';
import type { Db } from '../client.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

interface DemoJob {
  title: LocalizedText;
  description: LocalizedText;
  department: string;
  location: string;
  remote: boolean;
  type: JobType;
  opensDaysAgo: number;
  closesInDays: number | null;
  status: 'draft' | 'published' | 'closed';
}

/** Returner jobs of a care group as HR would post them: summer work, substitutes, gigs for retirees. */
const demoJobs: DemoJob[] = [
  {
    title: text('Sairaanhoitajan kesätyö, sisätautien osasto', 'Sommarjobb som sjukskötare, internmedicinsk avdelning', 'Summer nurse, internal medicine ward'),
    description: text(
      'Tule takaisin tuttuun työyhteisöön kesäksi! Etsimme **sairaanhoitajia** kesä–elokuulle. Perehdytys on lyhyt, koska talo on sinulle tuttu.\n\n- kolmivuorotyö\n- kesäkuu–elokuu\n- palkka TES:n mukaan',
      'Kom tillbaka till en bekant arbetsgemenskap för sommaren! Vi söker **sjukskötare** för juni–augusti. Introduktionen är kort eftersom du redan känner huset.\n\n- treskiftsarbete\n- juni–augusti\n- lön enligt kollektivavtalet',
      'Come back to a familiar team for the summer! We are looking for **nurses** for June to August. Onboarding is short because you already know the house.\n\n- three shifts\n- June to August\n- pay by the collective agreement',
    ),
    department: 'Sairaalapalvelut',
    location: 'Tampere',
    remote: false,
    type: 'summer',
    opensDaysAgo: 10,
    closesInDays: 60,
    status: 'published',
  },
  {
    title: text('Lähihoitajan sijaisuus, kotihoito', 'Vikariat som närvårdare, hemvård', 'Substitute practical nurse, home care'),
    description: text(
      'Kuuden kuukauden sijaisuus kotihoidon tiimissä Espoossa. Työ on päivävuoroa, ja autoetu on mahdollinen.',
      'Ett sex månaders vikariat i hemvårdsteamet i Esbo. Arbetet är dagtid, och bilförmån är möjlig.',
      'A six-month substitute post in the home care team in Espoo. Day shifts; a car benefit is possible.',
    ),
    department: 'Kotihoito',
    location: 'Espoo',
    remote: false,
    type: 'substitute',
    opensDaysAgo: 4,
    closesInDays: 21,
    status: 'published',
  },
  {
    title: text('Keikkatyötä eläkkeellä oleville hoitajille', 'Gigjobb för pensionerade vårdare', 'Flexible shifts for retired nurses'),
    description: text(
      'Haluatko tehdä muutaman vuoron kuukaudessa? Eläkkeellä olevat hoitajamme ovat korvaamattomia ruuhka-aikoina. Sinä päätät, milloin teet töitä.',
      'Vill du jobba några pass i månaden? Våra pensionerade vårdare är ovärderliga när det är rusning. Du bestämmer själv när du arbetar.',
      'Would you like to work a few shifts a month? Our retired nurses are invaluable at busy times. You decide when you work.',
    ),
    department: 'Vanhuspalvelut',
    location: 'Helsinki',
    remote: false,
    type: 'flexible',
    opensDaysAgo: 30,
    closesInDays: null,
    status: 'published',
  },
  {
    title: text('Palveluyksikön esihenkilö, suun terveydenhuolto', 'Enhetschef, munhälsovård', 'Unit manager, oral health care'),
    description: text(
      'Vakituinen esihenkilötehtävä hammashoitolassa. Etsimme johtajaa, joka tuntee talon tavat ja haluaa kehittää niitä.',
      'En fast chefstjänst på tandkliniken. Vi söker en ledare som känner husets sätt och vill utveckla dem.',
      'A permanent management post at the dental clinic. We are looking for a leader who knows our ways and wants to develop them.',
    ),
    department: 'Suun terveydenhuolto',
    location: 'Turku',
    remote: false,
    type: 'full_time',
    opensDaysAgo: 2,
    closesInDays: 28,
    status: 'published',
  },
  {
    title: text('Digihoitopolun kehittäjä (projekti)', 'Utvecklare av digitala vårdkedjor (projekt)', 'Digital care pathway developer (project)'),
    description: text(
      'Vuoden projekti mielenterveyspalveluiden digitaalisen hoitopolun rakentamiseen. Etätyö onnistuu, tapaamiset Helsingissä kerran kuussa.',
      'Ett årslångt projekt för att bygga en digital vårdkedja för mentalvårdstjänster. Distansarbete går bra, möten i Helsingfors en gång i månaden.',
      'A one-year project to build a digital care pathway for mental health services. Remote work is fine, with meetings in Helsinki once a month.',
    ),
    department: 'Mielenterveys- ja päihdepalvelut',
    location: 'Helsinki',
    remote: true,
    type: 'project',
    opensDaysAgo: 7,
    closesInDays: 35,
    status: 'published',
  },
  {
    title: text('Osa-aikainen suuhygienisti', 'Munhygienist på deltid', 'Part-time dental hygienist'),
    description: text('Kolme päivää viikossa Oulun hammashoitolassa.', 'Tre dagar i veckan på tandkliniken i Uleåborg.', 'Three days a week at the Oulu dental clinic.'),
    department: 'Suun terveydenhuolto',
    location: 'Oulu',
    remote: false,
    type: 'part_time',
    opensDaysAgo: 0,
    closesInDays: 30,
    status: 'draft',
  },
  {
    title: text('Kesätyö hoiva-avustajana 2026', 'Sommarjobb som vårdbiträde 2026', 'Summer care assistant 2026'),
    description: text('Viime kesän haku on päättynyt.', 'Förra sommarens ansökan har avslutats.', 'Last summer’s call has closed.'),
    department: 'Vanhuspalvelut',
    location: 'Vantaa',
    remote: false,
    type: 'summer',
    opensDaysAgo: 200,
    closesInDays: -150,
    status: 'published',
  },
];

/**
 * Jobs for the demo, posted by the demo recruiter, with interests from open-to-return members (one
 * brought by a colleague's share link), a referral, boomerang flags across the board with notes,
 * and one recorded rehire.
 */
export async function seedDemoJobs(tx: Tx, now: Date): Promise<void> {
  const recruiter = await tx.execute<{ id: string }>(sql`select id from users where email = 'recruiter@demo.alumni.example'`);
  const recruiterId = recruiter.rows[0]?.id ?? null;
  const day = (offset: number) => DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' }).plus({ days: offset }).toISODate() ?? '';
  const at = (daysAgo: number) => DateTime.fromJSDate(now).minus({ days: daysAgo }).toJSDate();
  const ids: string[] = [];
  for (const j of demoJobs) {
    const res = await tx.execute<{ id: string }>(sql`
      insert into jobs (title, description, department, location, remote, type, opens_on, closes_on, status, contact_id, created_by, created_at, updated_at)
      values (${JSON.stringify(j.title)}::jsonb, ${JSON.stringify(j.description)}::jsonb, ${j.department}, ${j.location}, ${j.remote}, ${j.type}::job_type,
        ${day(-j.opensDaysAgo)}::date, ${j.closesInDays === null ? null : day(j.closesInDays)}::date, ${j.status}::job_status,
        ${recruiterId}, ${recruiterId}, ${at(j.opensDaysAgo + 1)}, ${at(j.opensDaysAgo)})
      returning id`);
    ids.push(res.rows[0]?.id ?? '');
  }
  const [summerNurse = '', homeCare = '', gigs = ''] = ids;

  // Open-to-return members who allow recruiter contact, in a stable order.
  const open = await tx.execute<{ user_id: string }>(sql`
    select m.user_id from members m join users u on u.id = m.user_id
    where u.status = 'active' and m.verification_status = 'verified' and m.open_to_return and u.email not like '%@demo.alumni.example'
    order by m.joined_at, m.user_id limit 12`);
  const people = open.rows.map((r) => r.user_id);
  if (people.length < 8) return;
  const [p0 = '', p1 = '', p2 = '', p3 = '', p4 = '', p5 = '', p6 = '', p7 = ''] = people;

  const share = 'demoShareLink001';
  await tx.execute(sql`insert into job_shares (code, job_id, member_id, visits, created_at) values (${share}, ${summerNurse}, ${p0}, 7, ${at(8)})`);
  const interest = async (job: string, member: string, message: string, status: string, daysAgo: number, via: string | null = null) =>
    tx.execute(sql`insert into job_interests (job_id, member_id, message, status, share_code, created_at, updated_at)
      values (${job}, ${member}, ${message}, ${status}::interest_status, ${via}, ${at(daysAgo)}, ${at(daysAgo)})`);
  await interest(summerNurse, p0, 'Olin osastolla 2019–2022, palaisin mielelläni kesäksi.', 'contacted', 8);
  await interest(summerNurse, p1, 'Kollega vinkkasi tästä. Kesä sopisi hyvin.', 'new', 5, share);
  await interest(homeCare, p2, 'Kotihoito on minulle tuttua, olen käytettävissä heti.', 'in_review', 3);
  await interest(gigs, p3, 'Eläkkeellä nyt, mutta pari vuoroa kuussa kävisi.', 'new', 12);
  await tx.execute(sql`insert into job_referrals (job_id, referrer_id, name, email, relation, note, status, created_at, updated_at)
    values (${summerNurse}, ${p0}, 'Mikko Virtanen', 'mikko.virtanen@example.org', 'Opiskelukaveri', 'Valmistuu sairaanhoitajaksi keväällä.', 'new', ${at(6)}, ${at(6)})`);

  const flag = async (member: string, stage: FlagStage, reason: string, tags: string[], daysAgo: number, notes: string[]) => {
    const res = await tx.execute<{ id: string }>(sql`
      insert into talent_flags (member_id, reason, tags, stage, stage_changed_at, flagged_by, created_at, updated_at)
      values (${member}, ${reason}, ${`{${tags.map((tag) => `"${tag}"`).join(',')}}`}::text[], ${stage}::flag_stage, ${at(Math.max(0, daysAgo - 3))}, ${recruiterId}, ${at(daysAgo)}, ${at(daysAgo)})
      returning id`);
    const id = res.rows[0]?.id ?? '';
    for (const [i, note] of notes.entries()) {
      await tx.execute(sql`insert into talent_notes (flag_id, text, author_id, created_at) values (${id}, ${note}, ${recruiterId}, ${at(daysAgo - i - 1)})`);
    }
    return id;
  };
  await flag(p0, 'contacted', 'Vahva osastokokemus, haluaa palata', ['sairaanhoitaja', 'kesä'], 9, ['Soitettu, kiinnostunut kesästä.']);
  await flag(p2, 'interviewing', 'Kotihoidon osaaja, käytettävissä heti', ['lähihoitaja'], 5, ['Haastattelu sovittu ensi viikolle.']);
  await flag(p4, 'flagged', 'Entinen tiiminvetäjä, voisi sopia esihenkilöksi', ['johtaminen'], 2, []);
  await flag(p5, 'offer', 'Projektikokemus digipalveluista', ['projekti', 'digi'], 20, ['Tarjous lähetetty.', 'Odottaa vastausta perjantaihin.']);
  await flag(p6, 'not_now', 'Kiinnostunut myöhemmin, nyt opinnoissa', ['opiskelija'], 40, ['Palataan asiaan syksyllä.']);
  const rehired = await flag(p7, 'rehired', 'Palasi sijaiseksi kotihoitoon', ['sijaisuus'], 60, ['Sopimus allekirjoitettu.']);
  await tx.execute(sql`insert into rehires (member_id, flag_id, job_id, type, rehired_on, recorded_by, created_at)
    values (${p7}, ${rehired}, ${homeCare}, 'substitute'::job_type, ${day(-45)}::date, ${recruiterId}, ${at(45)})`);
}
