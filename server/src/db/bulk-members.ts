// Seeds a directory of verified members straight in SQL (INSERT ... SELECT generate_series), so
// 100,000 members take seconds instead of the minutes that row-by-row inserts would.
import type pg from 'pg';

/** Units of a Finnish social and health care group, with two titles each (entry level first). */
const units: ReadonlyArray<readonly [department: string, titles: readonly [string, string]]> = [
  ['Kotihoito', ['lähihoitaja', 'kotihoidon esihenkilö']],
  ['Sairaalapalvelut', ['sairaanhoitaja', 'osastonhoitaja']],
  ['Lääkäripalvelut', ['lääkäri', 'erikoislääkäri']],
  ['Suun terveydenhuolto', ['hammashoitaja', 'hammaslääkäri']],
  ['Vanhuspalvelut', ['hoiva-avustaja', 'palveluyksikön esihenkilö']],
  ['Mielenterveys- ja päihdepalvelut', ['psykiatrinen sairaanhoitaja', 'psykologi']],
  ['Lasten ja nuorten palvelut', ['perhetyöntekijä', 'sosiaalityöntekijä']],
  ['Vammaispalvelut', ['ohjaaja', 'vastaava ohjaaja']],
  ['Kuntoutus', ['fysioterapeutti', 'toimintaterapeutti']],
  ['Henkilöstöhallinto', ['palkkasihteeri', 'HR-asiantuntija']],
  ['Talous', ['kirjanpitäjä', 'controller']],
  ['IT', ['ohjelmistokehittäjä', 'järjestelmäasiantuntija']],
  ['Viestintä ja markkinointi', ['viestintäsuunnittelija', 'viestintäpäällikkö']],
  ['Hankinnat', ['hankinta-asiantuntija', 'hankintapäällikkö']],
  ['Asiakaspalvelu', ['asiakasneuvoja', 'asiakaspalvelupäällikkö']],
];

export const benchFinnishFirst = [
  'Juha', 'Kaisa', 'Mikko', 'Sanna', 'Tuomas', 'Päivi', 'Anne', 'Antti', 'Elina', 'Hanna', 'Heikki', 'Jari', 'Johanna', 'Jukka',
  'Jussi', 'Katja', 'Laura', 'Minna', 'Niina', 'Olli', 'Pekka', 'Petri', 'Riikka', 'Sari', 'Satu', 'Tiina', 'Timo', 'Ville',
  'Marko', 'Heli', 'Tero', 'Susanna', 'Janne', 'Anu', 'Anna-Kaisa', 'Aino', 'Eetu', 'Helmi', 'Onni', 'Venla', 'Iida', 'Veeti',
  'Lotta', 'Emilia', 'Aleksi', 'Joonas', 'Eero', 'Veera', 'Elias', 'Siiri', 'Ritva', 'Pirjo', 'Tuula', 'Seppo', 'Markku',
  'Kari', 'Pertti', 'Leena', 'Hannele', 'Erkki', 'Sirkka', 'Matti', 'Pentti', 'Arja',
];
export const benchSwedishFirst = [
  'Johan', 'Maria', 'Mikael', 'Anna', 'Fredrik', 'Camilla', 'Patrik', 'Jessica', 'Magnus', 'Sofia', 'Henrik', 'Malin', 'Stefan',
  'Annika', 'Kristian', 'Susanne', 'Linnea', 'Axel', 'Ebba', 'Ida', 'Oskar', 'Elsa', 'Emil', 'Wilma', 'Hugo', 'Alva', 'Gunnel',
  'Birgitta', 'Göran', 'Bengt', 'Kerstin', 'Christer',
];
export const benchFinnishLast = [
  'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen',
  'Mäkelä', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo',
  'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Hiltunen',
  'Leinonen', 'Kettunen', 'Miettinen', 'Pitkänen', 'Räsänen', 'Anttila', 'Väisänen', 'Ojala', 'Leppänen', 'Kärkkäinen',
  'Peltonen', 'Kallio', 'Harju', 'Huttunen', 'Hirvonen', 'Manninen', 'Eskelinen', 'Kauppinen', 'Honkanen', 'Moilanen',
  'Seppälä', 'Pesonen', 'Vainio', 'Hakala', 'Toivonen', 'Lindroos', 'Hyvönen', 'Partanen', 'Aaltonen',
];
export const benchSwedishLast = [
  'Lindqvist', 'Sjöberg', 'Holmström', 'Westerlund', 'Nyström', 'Forsman', 'Björklund', 'Lindholm', 'Lindström', 'Johansson',
  'Karlsson', 'Nyman', 'Sundqvist', 'Backman', 'Wikström', 'Grönroos', 'Söderholm', 'Åberg', 'Lindgren', 'Ekman',
  'Strandberg', 'Blomqvist', 'Engblom', 'Granholm', 'Hägglund', 'Österberg', 'Fagerström', 'Sandell',
];
/**
 * The long tail: most Finns do not carry one of the fifty commonest surnames, and many surnames are
 * a compound of two landscape words (Kivimäki, Koivuranta) or, in Swedish, of a word and a
 * customary ending (Lindqvist, Sjöholm). Together these give some 800 surnames.
 */
const finnishRoots = [
  'Kivi', 'Lehti', 'Koivu', 'Haapa', 'Pihla', 'Kuusi', 'Mänty', 'Tammi', 'Vähä', 'Iso', 'Ylä', 'Ala', 'Keski', 'Ranta', 'Pitkä',
  'Lumi', 'Kaski', 'Suvi', 'Karhu', 'Kotka', 'Sorsa', 'Kurki', 'Joutsen', 'Hirvi', 'Metsä', 'Kangas', 'Rauta', 'Kulta', 'Savi',
  'Hiekka', 'Sammal', 'Kallio', 'Paju', 'Tuomi', 'Leppä',
];
const finnishEndings = ['mäki', 'niemi', 'koski', 'ranta', 'järvi', 'lahti', 'vaara', 'salo', 'aho', 'oja', 'saari', 'lampi', 'vuori', 'harju', 'nurmi', 'pelto', 'kangas'];
const swedishRoots = ['Lind', 'Berg', 'Holm', 'Sjö', 'Ek', 'Ström', 'Nord', 'Söder', 'Grön', 'Björk', 'Lund', 'Gran', 'Sund', 'Wik', 'Dahl', 'Ås', 'Alm', 'Hag', 'Fors', 'Rosen'];
const swedishEndings = ['qvist', 'berg', 'ström', 'holm', 'lund', 'man', 'gren', 'blom', 'dahl', 'borg', 'vall'];
const compounds = (roots: readonly string[], endings: readonly string[]) =>
  roots.flatMap((r) => endings.filter((e) => !r.toLowerCase().startsWith(e) && !r.toLowerCase().endsWith(e)).map((e) => `${r}${e}`));
export const benchFinnishCompound = compounds(finnishRoots, finnishEndings);
export const benchSwedishCompound = compounds(swedishRoots, swedishEndings);

export const benchCities = [
  'Helsinki', 'Helsinki', 'Helsinki', 'Espoo', 'Espoo', 'Vantaa', 'Tampere', 'Tampere', 'Turku', 'Turku', 'Oulu', 'Jyväskylä',
  'Kuopio', 'Lahti', 'Pori', 'Seinäjoki', 'Kokkola', 'Vaasa', 'Porvoo', 'Raasepori', 'Pietarsaari', 'Mariehamn', 'Hämeenlinna',
  'Lappeenranta', 'Joensuu', 'Rovaniemi', 'Mikkeli', 'Kotka', 'Kerava', 'Järvenpää', 'Stockholm', 'Göteborg', 'Tallinn', 'Berlin',
];
export const benchSkills = [
  'lääkehoito', 'haavanhoito', 'aseptiikka', 'potilasturvallisuus', 'kirjaaminen', 'saattohoito', 'muistisairaiden hoito',
  'kuntouttava työote', 'perehdyttäminen', 'kotihoito', 'päivystys', 'psykiatrinen hoitotyö', 'päihdetyö', 'lähijohtaminen',
  'työvuorosuunnittelu', 'geriatria', 'lastensuojelu', 'perhetyö', 'palveluohjaus', 'fysioterapia', 'ergonomia', 'rekrytointi',
  'palkanlaskenta', 'työhyvinvointi', 'budjetointi', 'raportointi', 'tilinpäätös', 'Power BI', 'Excel', 'hankinnat',
  'TypeScript', 'React', 'PostgreSQL', 'Azure', 'FHIR', 'tietoturva', 'integraatiot', 'käyttäjätuki', 'sisällöntuotanto',
  'kriisiviestintä', 'asiakaspalvelu', 'tiimityö', 'ensiapu', 'kehittämistyö', 'sårvård', 'äldreomsorg', 'hemvård',
  'läkemedelsbehandling', 'project management', 'service design',
];
const employers = [
  'Kielo Hoivapalvelut Oy', 'Pihlajarinne Kotihoito Oy', 'Lähde Lääkärikeskus Oy', 'Hyvä Arki Palvelut Oy', 'Kaarna Kuntoutus Oy',
  'Solbacka Omsorg Ab', 'Helsingin kaupunki', 'Pirkanmaan hyvinvointialue', 'Varsinais-Suomen hyvinvointialue', 'Koodikallio Oy',
  'Revontuli Digital Oy', 'Tietolaari Oy', 'Rekrytalo Oy', 'Kestävä Talous Oy', 'Viestintätoimisto Kajo Oy',
];

export interface SeedResult {
  members: number;
  periods: number;
  ms: number;
}

/**
 * `count` active, verified members: most visible to members, some to staff only, a few hidden,
 * with one to three employment periods each. Deterministic: the same count gives the same people.
 */
export async function seedDirectory(client: pg.ClientBase, count: number, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  const started = Date.now();
  let lap = started;
  const step = (what: string) => {
    const now = Date.now();
    log(`  ${what}: ${((now - lap) / 1000).toFixed(1)} s`);
    lap = now;
  };
  const departments = units.map(([d]) => d);
  const titles = units.flatMap(([, ts]) => [...ts]);
  // A stable pseudo-random number in [0, 2^31) for a row and a purpose.
  await client.query(`create function pg_temp.h(i int, salt int) returns bigint language sql immutable as
    $$ select hashint8(i::bigint * 7919 + salt)::bigint & 2147483647 $$`);
  const pick = (arr: string, i: string, salt: number) => `(${arr})[1 + pg_temp.h(${i}, ${salt}) % cardinality(${arr})]`;

  await client.query('begin');
  // Building the search indexes once over the loaded table is several times faster than keeping them
  // up to date row by row; they are recreated from their own definitions, so they stay the app's.
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public' and i.tablename = 'members'
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const ix of indexes.rows) await client.query(`drop index ${client.escapeIdentifier(ix.indexname)}`);
  // The search columns are filled once at the end, not once per member and again per period.
  await client.query('alter table members disable trigger members_search_fill');
  await client.query('alter table employment_periods disable trigger employment_periods_search_touch');
  await client.query(
    `insert into users (email, role, status, language, first_name, last_name, email_verified_at, created_at, updated_at)
     select 'member' || i || '@bench.example', 'member', 'active',
            (case when sv then 'sv' when pg_temp.h(i, 3) % 10 = 0 then 'en' else 'fi' end)::language,
            case when sv then ${pick('$2::text[]', 'i', 4)} else ${pick('$1::text[]', 'i', 4)} end,
            case when common and sv then ${pick('$4::text[]', 'i', 5)} when common then ${pick('$3::text[]', 'i', 5)}
                 when sv then ${pick('$7::text[]', 'i', 5)} else ${pick('$6::text[]', 'i', 5)} end,
            now(), now() - make_interval(days => (pg_temp.h(i, 6) % 1000)::int), now()
       from generate_series(1, $5::int) i, lateral (select pg_temp.h(i, 1) % 100 < 22 as sv, pg_temp.h(i, 2) % 100 < 35 as common) s`,
    [benchFinnishFirst, benchSwedishFirst, benchFinnishLast, benchSwedishLast, count, benchFinnishCompound, benchSwedishCompound],
  );
  step('users');
  await client.query(`create temp table bench_people on commit drop as
    select id, substring(email from '^member(\\d+)@')::int as i from users where email like 'member%@bench.example'`);
  await client.query(
    `insert into members (user_id, member_type, headline, current_employer, current_title, city, country, bio, skills,
                          open_to_return, return_modes, mentor, speaker, directory_visibility, verification_status,
                          verified_at, joined_at, updated_at)
     select id,
            (array['former_employee','former_employee','former_employee','former_employee','retiree','intern','summer_worker','contractor'])[1 + pg_temp.h(i, 10) % 8]::member_type,
            case when pg_temp.h(i, 11) % 4 > 0 then upper(left(${pick('$2::text[]', 'i', 12)}, 1)) || substr(${pick('$2::text[]', 'i', 12)}, 2) || ', ' || ${pick('$3::text[]', 'i', 13)} end,
            case when pg_temp.h(i, 14) % 5 > 0 then ${pick('$1::text[]', 'i', 15)} end,
            case when pg_temp.h(i, 14) % 5 > 0 then ${pick('$2::text[]', 'i', 12)} end,
            ${pick('$4::text[]', 'i', 16)},
            case when ${pick('$4::text[]', 'i', 16)} in ('Stockholm', 'Göteborg') then 'SE' when ${pick('$4::text[]', 'i', 16)} = 'Tallinn' then 'EE'
                 when ${pick('$4::text[]', 'i', 16)} = 'Berlin' then 'DE' else 'FI' end,
            case when pg_temp.h(i, 17) % 3 = 0 then 'Työskentelin talossa vuosia ja autan mielelläni uusia alumneja alkuun.' end,
            array(select distinct ${pick('$5::text[]', 'i * 13 + k', 41)} from generate_series(1, 2 + (pg_temp.h(i, 18) % 4)::int) k),
            pg_temp.h(i, 19) % 4 = 0,
            case when pg_temp.h(i, 19) % 4 = 0 then array['project', 'part_time'] else '{}' end,
            pg_temp.h(i, 20) % 10 = 0,
            pg_temp.h(i, 21) % 20 = 0,
            (case when pg_temp.h(i, 22) % 100 < 85 then 'members' when pg_temp.h(i, 22) % 100 < 95 then 'staff' else 'hidden' end)::directory_visibility,
            'verified', now(), now() - make_interval(days => (pg_temp.h(i, 6) % 1000)::int), now()
       from bench_people`,
    [employers, titles, departments, benchCities, benchSkills],
  );
  step('profiles');
  const periods = await client.query(
    `insert into employment_periods (member_id, department, title, start_date, end_date, verified)
     select id, ($1::text[])[1 + d], ($2::text[])[1 + d * 2 + (pg_temp.h(i, 31 + p) % 2)::int],
            start, start + make_interval(days => 200 + (pg_temp.h(i, 32 + p) % 2500)::int), p = 1
       from bench_people,
            generate_series(1, 1 + (pg_temp.h(i, 30) % 3 = 0)::int + (pg_temp.h(i, 30) % 9 = 0)::int) p,
            lateral (select (pg_temp.h(i, 33 + p) % cardinality($1::text[]))::int as d,
                            date '1995-01-01' + make_interval(days => (pg_temp.h(i, 34 + p) % 9000)::int) as start) x`,
    [departments, titles],
  );
  step('employment periods');
  await client.query('alter table members enable trigger members_search_fill');
  await client.query('alter table employment_periods enable trigger employment_periods_search_touch');
  // Statistics first, so the trigger's look-ups are planned for the loaded tables, not empty ones.
  await client.query('analyze users, members, employment_periods');
  await client.query('update members set search_name = search_name');
  step('search columns (trigger)');
  for (const ix of indexes.rows) await client.query(ix.indexdef);
  step('indexes');
  await client.query('commit');
  await client.query('vacuum analyze users, members, employment_periods');
  step('vacuum analyze');
  return { members: count, periods: periods.rowCount ?? 0, ms: Date.now() - started };
}
