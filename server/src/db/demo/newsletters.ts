import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { LocalizedText } from '@alumni/shared';
import { buildIssue } from '../../modules/newsletters/render.js';
import type { Db } from '../client.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/**
 * News and newsletters for the demo: two published news posts and a draft, last autumn's issue
 * (sent, so the archive has it and the console shows its figures), and the spring issue as a draft
 * that lists the upcoming events and carries a news post.
 */
export async function seedDemoNewsletters(tx: Tx, now: Date, orgName = 'Esimerkki Hoiva Alumni'): Promise<void> {
  const hr = await tx.execute<{ id: string }>(sql`select id from users where email = 'hr@demo.alumni.example'`);
  const hrId = hr.rows[0]?.id ?? null;
  const daysAgo = (d: number) => DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' }).minus({ days: d }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }).toJSDate();
  const post = async (title: LocalizedText, body: LocalizedText, publishedDaysAgo: number | null) => {
    const res = await tx.execute<{ id: string }>(sql`
      insert into news_posts (title, body, status, published_at, created_by, created_at)
      values (${JSON.stringify(title)}::jsonb, ${JSON.stringify(body)}::jsonb, ${publishedDaysAgo === null ? 'draft' : 'published'}::news_status,
        ${publishedDaysAgo === null ? null : daysAgo(publishedDaysAgo)}, ${hrId}, ${daysAgo(publishedDaysAgo ?? 1)})
      returning id`);
    return res.rows[0]?.id ?? '';
  };
  const mentoring = await post(
    text('Mentorointiohjelma alkaa tammikuussa', 'Mentorprogrammet börjar i januari', 'The mentoring programme starts in January'),
    text(
      'Haemme kokeneita alumneja mentoroimaan uusia **sairaanhoitajia** ja **lähihoitajia**. Ilmoittaudu mentoriksi profiilissasi.',
      'Vi söker erfarna alumner som mentorer för nya **sjukskötare** och **närvårdare**. Anmäl dig som mentor i din profil.',
      'We are looking for experienced alumni to mentor new **nurses** and **practical nurses**. Sign up as a mentor in your profile.',
    ),
    6,
  );
  await post(
    text('Uusi hyvinvointikeskus avattiin Tampereelle', 'Ett nytt välfärdscenter öppnade i Tammerfors', 'A new wellbeing centre opened in Tampere'),
    text(
      'Hervannan hyvinvointikeskus palvelee nyt noin 40 000 asukasta. Keskuksessa työskentelee myös kymmenen paluumuuttajaa alumniyhteisöstämme.',
      'Välfärdscentret i Hervanta betjänar nu cirka 40 000 invånare. Där arbetar också tio återvändare från vår alumnigemenskap.',
      'The Hervanta wellbeing centre now serves some 40,000 residents. Ten returners from our alumni community work there too.',
    ),
    40,
  );
  await post(text('Kesätyöt 2027', 'Sommarjobb 2027', 'Summer jobs 2027'), text('Luonnos: kesätöiden haku avautuu helmikuussa.', '', ''), null);

  const autumn = {
    subject: text('Syksyn kuulumiset, {{first_name}}', 'Höstens nyheter, {{first_name}}', 'Autumn news, {{first_name}}'),
    preheader: text('Seminaarin satoa ja uusi mentorointiohjelma', 'Från seminariet och ett nytt mentorprogram', 'From the seminar and a new mentoring programme'),
    body: text(
      'Hei {{first_name}}!\n\nKiitos kaikille, jotka tulitte syksyn **hoitotyön seminaariin** – paikalla oli yli 30 alumnia.\n\n## Mitä seuraavaksi\n\n- Mentorointiohjelma alkaa tammikuussa\n- Kevään alumni-ilta on jo suunnitteilla\n\nTerveisin\nAlumnitiimi',
      'Hej {{first_name}}!\n\nTack till alla som kom till höstens **seminarium om vårdarbete** – över 30 alumner var på plats.\n\n## Vad händer härnäst\n\n- Mentorprogrammet börjar i januari\n- Vårens alumnikväll planeras redan\n\nHälsningar\nAlumniteamet',
      'Hello {{first_name}}!\n\nThank you to everyone who came to the autumn **care work seminar** – more than 30 alumni were there.\n\n## What comes next\n\n- The mentoring programme starts in January\n- The spring alumni evening is already being planned\n\nBest wishes\nThe alumni team',
    ),
  };
  const sentAt = daysAgo(70);
  const created = await tx.execute<{ id: string }>(sql`
    insert into newsletters (status, subject, preheader, body, default_language, blocks, created_by, scheduled_at, started_at, finished_at, created_at)
    values ('sent', ${JSON.stringify(autumn.subject)}::jsonb, ${JSON.stringify(autumn.preheader)}::jsonb, ${JSON.stringify(autumn.body)}::jsonb, 'fi',
      '{"events":0,"newsIds":[]}'::jsonb, ${hrId}, ${sentAt}, ${sentAt}, ${new Date(sentAt.getTime() + 20 * 60_000)}, ${daysAgo(75)})
    returning id`);
  const autumnId = created.rows[0]?.id ?? '';
  const issue = buildIssue({ id: autumnId, ...autumn, defaultLanguage: 'fi', blocks: { events: 0, newsIds: [] } }, { appUrl: '', orgName, events: [], news: [] });
  // The ledger as the send left it: those with the newsletter consent got it; a few bounced; some opened.
  const res = await tx.execute(sql`
    insert into deliveries (message_key, kind, member_id, data, status, attempts, sent_at, opened_at, created_at, updated_at)
    select ${`newsletter:${autumnId}`}, 'newsletter', m.user_id, jsonb_build_object('newsletterId', ${autumnId}::text, 'tracked', 0),
      (case when row_number() over (order by m.user_id) % 60 = 0 then 'bounced' else 'sent' end)::delivery_status, 1,
      ${sentAt}::timestamptz + interval '5 minutes', null, ${sentAt}, ${sentAt}
    from members m join users u on u.id = m.user_id
    where u.status = 'active' and m.verification_status = 'verified'
      and coalesce((select c.granted from consents c where c.member_id = m.user_id and c.channel = 'newsletter' order by c.created_at desc, c.id desc limit 1), false)`);
  await tx.execute(sql`
    update newsletters set renditions = ${JSON.stringify(issue.renditions)}::jsonb, links = ${JSON.stringify(issue.links)}::jsonb, recipients = ${res.rowCount ?? 0}
    where id = ${autumnId}`);

  const spring = {
    subject: text('Kevään kuulumiset ja alumni-ilta', 'Vårens nyheter och alumnikväll', 'Spring news and the alumni evening'),
    preheader: text('Tule tapaamaan entisiä kollegoita', 'Kom och träffa gamla kolleger', 'Come and meet your former colleagues'),
    body: text(
      'Hei {{first_name}}!\n\nKevät on täällä, ja niin on myös **alumni-ilta**. Alla tulevat tapahtumat ja uutisia yhteisöstä.',
      'Hej {{first_name}}!\n\nVåren är här, och så är **alumnikvällen**. Nedan kommande evenemang och nyheter från gemenskapen.',
      'Hello {{first_name}}!\n\nSpring is here, and so is the **alumni evening**. Below are the upcoming events and news from the community.',
    ),
  };
  await tx.execute(sql`
    insert into newsletters (status, subject, preheader, body, default_language, blocks, created_by)
    values ('draft', ${JSON.stringify(spring.subject)}::jsonb, ${JSON.stringify(spring.preheader)}::jsonb, ${JSON.stringify(spring.body)}::jsonb, 'fi',
      ${JSON.stringify({ events: 3, newsIds: [mentoring] })}::jsonb, ${hrId})`);
}
