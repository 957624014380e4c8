import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { LocalizedText, OrgSettings, SurveyAnswers, SurveyQuestion } from '@alumni/shared';
import type { Db } from '../client.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/**
 * The organisation's settings as a care group would fill them in: what one outside recruitment of
 * a nurse costs (ads, agency, interviews) and what a newcomer's longer onboarding costs beyond a
 * returner's.
 */
export const demoOrgSettings: OrgSettings = {
  orgName: 'Esimerkki Hoiva Alumni',
  primaryColour: '#1f4e79',
  accentColour: '#8a3b12',
  languages: ['fi', 'sv', 'en'],
  defaultLanguage: 'fi',
  savings: { recruitmentCostEur: 8500, onboardingCostEur: 6000 },
};

const scale: SurveyQuestion = {
  id: 'q1',
  kind: 'scale',
  prompt: text('Kuinka todennäköisesti suosittelisit meitä työpaikkana ystävällesi?', 'Hur sannolikt är det att du rekommenderar oss som arbetsplats till en vän?', 'How likely are you to recommend us as a workplace to a friend?'),
  required: true,
  options: [],
  scaleMax: 5,
  minLabel: text('Epätodennäköisesti', 'Osannolikt', 'Unlikely'),
  maxLabel: text('Erittäin todennäköisesti', 'Mycket sannolikt', 'Very likely'),
};

const topics: SurveyQuestion = {
  id: 'q2',
  kind: 'multiple',
  prompt: text('Mistä alumnitoiminnasta olet kiinnostunut?', 'Vilken alumnverksamhet är du intresserad av?', 'Which alumni activities interest you?'),
  required: false,
  options: [
    { id: 'o1', label: text('Kesä- ja sijaistyöt', 'Sommar- och vikariejobb', 'Summer and substitute work') },
    { id: 'o2', label: text('Mentorointi', 'Mentorskap', 'Mentoring') },
    { id: 'o3', label: text('Seminaarit ja koulutukset', 'Seminarier och utbildningar', 'Seminars and training') },
    { id: 'o4', label: text('Vapaamuotoiset tapaamiset', 'Informella träffar', 'Informal get-togethers') },
  ],
  scaleMax: 5,
};

const wish: SurveyQuestion = {
  id: 'q3',
  kind: 'text',
  prompt: text('Mitä toivoisit alumniyhteisöltä?', 'Vad önskar du av alumngemenskapen?', 'What would you like from the alumni community?'),
  required: false,
  options: [],
  scaleMax: 5,
};

const returnWish: SurveyQuestion = {
  id: 'q1',
  kind: 'single',
  prompt: text('Voisitko kuvitella palaavasi meille töihin?', 'Kan du tänka dig att komma tillbaka och jobba hos oss?', 'Could you see yourself working for us again?'),
  required: true,
  options: [
    { id: 'o1', label: text('Kyllä, pian', 'Ja, snart', 'Yes, soon') },
    { id: 'o2', label: text('Ehkä myöhemmin', 'Kanske senare', 'Maybe later') },
    { id: 'o3', label: text('Keikkatöihin tai projektiin', 'För gig eller projekt', 'For gigs or a project') },
    { id: 'o4', label: text('En', 'Nej', 'No') },
  ],
  scaleMax: 5,
};

const wishes = [
  'Lisää koulutuksia, joihin alumnit pääsevät mukaan.',
  'Kesätyöilmoitukset suoraan sähköpostiin.',
  'Mentorointia vastavalmistuneille hoitajille.',
  'Tapaamisia myös Turussa ja Oulussa.',
];

/**
 * An answered, closed feedback survey with named answers; an open anonymous one; and the company's
 * total hires for the last three years, so the dashboard shows rehires' share and the saving.
 */
export async function seedDemoInsight(tx: Tx, now: Date): Promise<void> {
  const hr = await tx.execute<{ id: string }>(sql`select id from users where email = 'hr@demo.alumni.example'`);
  const hrId = hr.rows[0]?.id ?? null;
  await tx.execute(sql`insert into settings (key, value, updated_by) values ('org', ${JSON.stringify(demoOrgSettings)}::jsonb, ${hrId})
    on conflict (key) do nothing`);
  const year = DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' }).year;
  for (const [offset, hires] of [[2, 412], [1, 447], [0, 468]] as const) {
    await tx.execute(sql`insert into company_hires (year, hires, updated_by) values (${year - offset}, ${hires}, ${hrId}) on conflict (year) do nothing`);
  }

  const at = (days: number) => DateTime.fromJSDate(now).plus({ days }).toJSDate();
  const people = await tx.execute<{ user_id: string }>(sql`
    select m.user_id from members m join users u on u.id = m.user_id
    where u.status = 'active' and u.email not like '%@demo.alumni.example'
    order by m.joined_at, m.user_id limit 24`);
  const ids = people.rows.map((r) => r.user_id);

  const survey = async (title: LocalizedText, intro: LocalizedText, anonymous: boolean, questions: SurveyQuestion[], openedDays: number, closesDays: number, audience: number) => {
    const res = await tx.execute<{ id: string }>(sql`
      insert into surveys (title, intro, anonymous, questions, closes_at, opened_at, audience_count, created_by, created_at, updated_at)
      values (${JSON.stringify(title)}::jsonb, ${JSON.stringify(intro)}::jsonb, ${anonymous}, ${JSON.stringify(questions)}::jsonb,
        ${at(closesDays)}, ${at(openedDays)}, ${audience}, ${hrId}, ${at(openedDays - 2)}, ${at(openedDays)})
      returning id`);
    return res.rows[0]?.id ?? '';
  };
  const members = await tx.execute<{ n: number }>(sql`select count(*)::int as n from members`);
  const audience = members.rows[0]?.n ?? 0;

  const feedback = await survey(
    text('Alumnikysely 2026', 'Alumnenkät 2026', 'Alumni survey 2026'),
    text('Kerro, mitä toivot alumniyhteisöltä. Vastaaminen vie kaksi minuuttia.', 'Berätta vad du önskar av alumngemenskapen. Det tar två minuter att svara.', 'Tell us what you would like from the alumni community. It takes two minutes.'),
    false,
    [scale, topics, wish],
    -60,
    -30,
    audience,
  );
  for (const [i, member] of ids.slice(0, 16).entries()) {
    const answers: SurveyAnswers = { q1: [5, 4, 4, 3, 5, 2, 4, 5][i % 8] ?? 4, q2: i % 3 === 0 ? ['o1', 'o3'] : i % 3 === 1 ? ['o2'] : ['o3', 'o4'] };
    const wishText = i % 4 === 0 ? wishes[(i / 4) % wishes.length] : undefined;
    if (wishText) answers.q3 = wishText;
    await tx.execute(sql`insert into survey_participants (survey_id, member_id) values (${feedback}, ${member})`);
    await tx.execute(sql`insert into survey_responses (survey_id, member_id, answers, submitted_at)
      values (${feedback}, ${member}, ${JSON.stringify(answers)}::jsonb, ${at(-59 + i)})`);
  }

  const returning = await survey(
    text('Paluu töihin?', 'Tillbaka till jobbet?', 'Back to work?'),
    text('Yksi kysymys, nimettömästi.', 'En fråga, anonymt.', 'One question, anonymously.'),
    true,
    [returnWish],
    -3,
    21,
    audience,
  );
  for (const [i, member] of ids.slice(16, 24).entries()) {
    await tx.execute(sql`insert into survey_participants (survey_id, member_id) values (${returning}, ${member})`);
    await tx.execute(sql`insert into survey_responses (survey_id, answers) values (${returning}, ${JSON.stringify({ q1: ['o1', 'o2', 'o3', 'o2', 'o4', 'o1', 'o2', 'o3'][i] ?? 'o2' })}::jsonb)`);
  }
}
