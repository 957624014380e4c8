import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  ZArchiveIssue,
  ZArchivePage,
  ZMailPreferences,
  ZNewsletter,
  ZNewsletterAudience,
  ZNewsletterPlan,
  ZNewsletterPreview,
  ZNewsletterStats,
  ZNewsPost,
  ZPortalNewsPage,
  ZSegment,
  ZTestSendResult,
  type Newsletter,
  type NewsletterBody,
} from '@alumni/shared';
import { auditLog, consents, newsletters, users } from '../src/db/schema.js';
import type { CaughtMail } from '../src/mail/catcher.js';
import { createMailer } from '../src/mail/mailer.js';
import { sendDeliveries } from '../src/modules/deliveries/service.js';
import { newsletterHooks, newsletterRenderers } from '../src/modules/newsletters/mail.js';
import { newsletterKey, startNewsletter } from '../src/modules/newsletters/service.js';
import { signPreferenceToken, signTrackingToken } from '../src/modules/newsletters/tokens.js';
import { Agent, bodyOf, errorOf, mailTo, signInAs, startTestApp, type TestApp } from './helpers.js';
import { createAlumnus, createEvent, ledger, settled, suppress } from './events-kit.js';
import { flakyServer, startWorker } from './smtp-kit.js';

let t: TestApp;
let hr: Agent;
let hrEmail: string;
beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await signInAs(t, { role: 'hr', firstName: 'Hanna' });
  hr = signedIn.agent;
  hrEmail = signedIn.user.email;
});
const mailers: Array<{ close: () => void }> = [];
afterAll(async () => {
  for (const m of mailers) m.close();
  await t.close();
});

/** A verified member with the newsletter consent (unless `newsletter: false`) and, if asked, tracking. */
async function reader(o: { language?: 'fi' | 'sv' | 'en'; firstName?: string; tracking?: boolean; newsletter?: boolean; city?: string } = {}) {
  const user = await createAlumnus(t, { consent: false, language: o.language ?? 'fi', ...(o.firstName ? { firstName: o.firstName } : {}), ...(o.city ? { member: { city: o.city } } : {}) });
  const rows: Array<typeof consents.$inferInsert> = [{ memberId: user.id, channel: 'newsletter', granted: o.newsletter !== false, source: 'profile' }];
  if (o.tracking) rows.push({ memberId: user.id, channel: 'tracking' as const, granted: true, source: 'profile' });
  await t.db.insert(consents).values(rows);
  return user;
}

let seq = 0;
const body = (o: Partial<NewsletterBody> = {}): NewsletterBody => {
  seq++;
  return {
    subject: { fi: `Kevään kuulumiset ${seq}`, sv: `Vårens nyheter ${seq}`, en: `Spring news ${seq}` },
    preheader: { fi: 'Tapahtumia ja uutisia', sv: 'Evenemang och nyheter', en: 'Events and news' },
    body: {
      fi: `Hei {{first_name}}!\n\nTervetuloa [kevätjuhlaan](https://example.fi/kevat).`,
      sv: `Hej {{first_name}}!\n\nVälkommen till [vårfesten](https://example.fi/var).`,
      en: `Hello {{first_name}}!\n\nWelcome to the [spring party](https://example.fi/spring).`,
    },
    ...o,
  };
};

async function draft(o: Partial<NewsletterBody> = {}): Promise<Newsletter> {
  const res = await hr.post(apiPaths.adminNewsletters, body(o));
  if (res.statusCode !== 201) throw new Error(`not created: ${res.body}`);
  return bodyOf(res, ZNewsletter);
}

/** A segment of the members in one city: each test mails only its own members. */
async function cityOnly(city: string): Promise<string> {
  const res = await hr.post(apiPaths.adminSegments, { name: `City ${city}`, filters: { cities: [city] } });
  return bodyOf(res, ZSegment).id;
}

/** Puts an issue in the state the send would: scheduled for now, then started, with no worker sending yet. */
async function startedWithoutWorkers(id: string): Promise<void> {
  await t.db.update(newsletters).set({ status: 'scheduled', scheduledAt: new Date() }).where(eq(newsletters.id, id));
  expect(await startNewsletter(t.db, t.config, id)).toBe(true);
}

const sender = (mailer = createMailer(t.mail.url, t.config.mailFrom)) => {
  mailers.push(mailer);
  return {
  db: t.db,
  mailer,
  renderers: newsletterRenderers({ db: t.db, config: t.config }),
  hooks: [newsletterHooks(t.db)],
  options: { retryBaseSeconds: 0 },
  };
};

async function waitForStatus(id: string, status: Newsletter['status'], timeoutMs = 20_000): Promise<Newsletter> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = bodyOf(await hr.get(apiPaths.adminNewsletter(id)), ZNewsletter);
    if (n.status === status) return n;
    if (Date.now() > deadline) throw new Error(`newsletter still ${n.status}: ${JSON.stringify(n.progress)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A header as the mail carried it, unfolded (mailparser turns the List-* ones into an object). */
const header = (m: CaughtMail, name: string): string => {
  const head = m.raw.split(/\r?\n\r?\n/)[0] ?? '';
  const found = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return (found?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
};

/** The unsubscribe page's token in a mail's text. */
const pageToken = (m: CaughtMail): string => {
  const found = /\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(m.text);
  if (!found?.[1]) throw new Error(`no unsubscribe link in:\n${m.text}`);
  return found[1];
};

describe('composing', () => {
  it('refuses unknown placeholders, a missing default language and unpublished news, naming the field, and writes nothing', async () => {
    const before = (await t.db.select().from(newsletters)).length;
    const cases: Array<[Partial<NewsletterBody>, string]> = [
      [{ body: { fi: 'Hei {{etunimi}}', sv: '', en: '' } }, 'body.fi'],
      [{ subject: { fi: 'Hei {{ first_nam }}', sv: '', en: '' } }, 'subject.fi'],
      [{ subject: { fi: '', sv: 'Hej', en: 'Hi' } }, 'subject.fi'],
      [{ defaultLanguage: 'en', body: { fi: 'Teksti', sv: '', en: '' } }, 'body.en'],
      [{ blocks: { events: 0, newsIds: ['00000000-0000-4000-8000-000000000000'] } }, 'blocks.newsIds.0'],
      [{ segmentId: '00000000-0000-4000-8000-000000000000' }, 'segmentId'],
    ];
    for (const [override, path] of cases) {
      const res = await hr.post(apiPaths.adminNewsletters, body(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(errorOf(res).details?.map((d) => d.path), JSON.stringify(override)).toContain(path);
    }
    const unknown = await hr.post(apiPaths.adminNewsletterPreview, { newsletter: body({ body: { fi: 'Hei {{nimi}}', sv: '', en: '' } }), language: 'fi' });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details?.[0]).toMatchObject({ path: 'newsletter.body.fi' });
    expect(errorOf(unknown).details?.[0]?.message).toContain('{{nimi}}');
    expect((await t.db.select().from(newsletters)).length).toBe(before);
  });

  it('previews what a member gets, by the mail renderer: no script, iframe, handlers or javascript: links; blocks; a text part', async () => {
    const event = await createEvent(hr);
    const news = bodyOf(
      await hr.post(apiPaths.adminNews, { title: { fi: 'Uusi toimitusjohtaja', sv: 'Ny vd', en: 'A new CEO' }, body: { fi: 'Tervetuloa **Anna**!', sv: 'Välkommen', en: 'Welcome **Anna**!' }, status: 'published' }),
      ZNewsPost,
    );
    const evil = [
      'Hei {{first_name}} ({{org_name}})',
      '<script>alert(1)</script>',
      '<iframe src="https://evil.example"></iframe>',
      'Kuva <img src=x onerror="alert(1)"> ja <a href="https://x.example" onclick="steal()">linkki</a>',
      '[klikkaa](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.fi/ok)',
    ].join('\n\n');
    const res = await hr.post(apiPaths.adminNewsletterPreview, { newsletter: body({ body: { fi: evil, sv: '', en: '' }, blocks: { events: 3, newsIds: [news.id] } }), language: 'fi' });
    expect(res.statusCode).toBe(200);
    const p = bodyOf(res, ZNewsletterPreview);
    expect(p.html).not.toMatch(/<script|<iframe|<img src="x"|\son\w+=|(href|src)="(javascript|data):/i);
    expect(p.html).not.toMatch(/alert|steal/);
    expect(p.html).toContain('href="https://example.fi/ok"');
    expect(p.html).toContain('Hei Hanna (Esimerkki Hoiva Alumni)');
    expect(p.html).toContain('Tulevat tapahtumat');
    expect(p.html).toContain(`/events/${event.id}`);
    expect(p.html).toContain('Uusi toimitusjohtaja');
    expect(p.html).toContain('<strong>Anna</strong>');
    expect(p.html).toMatch(/<meta name="viewport"/);
    expect(p.text).toContain('Hei Hanna (Esimerkki Hoiva Alumni)');
    expect(p.text).toContain('TULEVAT TAPAHTUMAT');
    expect(p.text).not.toContain('\u0001');
    expect(p.subject).toMatch(/^Kevään kuulumiset/);
    // A Swedish reader of an issue written in Finnish only gets the Finnish text, in a Finnish frame.
    const sv = bodyOf(await hr.post(apiPaths.adminNewsletterPreview, { newsletter: body({ subject: { fi: 'Vain suomeksi', sv: '', en: '' }, body: { fi: 'Teksti', sv: '', en: '' } }), language: 'sv' }), ZNewsletterPreview);
    expect(sv.subject).toBe('Vain suomeksi');
    expect(sv.html).toContain('lang="fi"');
  });

  it('news posts show on the portal in the member’s language, published ones only, rendered safe', async () => {
    const member = await signInAs(t, { language: 'sv' });
    const published = bodyOf(await hr.post(apiPaths.adminNews, { title: { fi: 'Uutinen', sv: 'Nyhet', en: 'News' }, body: { fi: 'a', sv: 'Text <script>x()</script> **fet**', en: 'b' }, status: 'published' }), ZNewsPost);
    const hidden = bodyOf(await hr.post(apiPaths.adminNews, { title: { fi: 'Luonnos', sv: '', en: '' }, body: { fi: '', sv: '', en: '' } }), ZNewsPost);
    const page = bodyOf(await member.agent.get(`${apiPaths.news}?limit=100`), ZPortalNewsPage);
    const mine = page.items.find((i) => i.id === published.id);
    expect(mine).toMatchObject({ title: 'Nyhet' });
    expect(mine?.html).toContain('<strong>fet</strong>');
    expect(mine?.html).not.toContain('script');
    expect(page.items.some((i) => i.id === hidden.id)).toBe(false);
    expect(bodyOf(await hr.patch(apiPaths.adminNewsPost(hidden.id), { title: { fi: 'Julki', sv: '', en: '' }, body: { fi: 'x', sv: '', en: '' }, status: 'published' }), ZNewsPost).publishedAt).not.toBeNull();
    // A post an unsent newsletter carries cannot be deleted from under it.
    const n = await draft({ blocks: { events: 0, newsIds: [published.id] } });
    expect((await hr.request({ method: 'DELETE', url: apiPaths.adminNewsPost(published.id) })).statusCode).toBe(409);
    expect((await hr.request({ method: 'DELETE', url: apiPaths.adminNewsletter(n.id) })).statusCode).toBe(204);
    expect((await hr.request({ method: 'DELETE', url: apiPaths.adminNewsPost(published.id) })).statusCode).toBe(204);
  });
});

describe('sending', () => {
  it('mails every consenting member once, in their language, with list headers; none to the unconsented, suppressed, erased or unverified', async () => {
    const city = `Kotka${Date.now()}`;
    const fi = await reader({ language: 'fi', firstName: 'Aino', city });
    const sv = await reader({ language: 'sv', firstName: 'Björn', tracking: true, city });
    const en = await reader({ language: 'en', firstName: 'Chris', city });
    const unconsented = await reader({ newsletter: false, city });
    const suppressed = await reader({ city });
    await suppress(t, suppressed.email);
    const erased = await reader({ city });
    await t.db.update(users).set({ status: 'erased' }).where(eq(users.id, erased.id));
    const unverified = await createAlumnus(t, { consent: false, verification: 'pending', member: { city } });
    await t.db.insert(consents).values({ memberId: unverified.id, channel: 'newsletter', granted: true, source: 'profile' });

    const segmentId = await cityOnly(city);
    const audience = bodyOf(await hr.get(`${apiPaths.adminNewsletterAudience}?segmentId=${segmentId}`), ZNewsletterAudience);
    expect(audience).toEqual({ members: 5, reachable: 3 });
    const n = await draft({ segmentId });
    const scheduled = await hr.post(apiPaths.adminNewsletterSchedule(n.id), { at: null, acceptCadenceWarnings: true });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const sent = await waitForStatus(n.id, 'sent');
    expect(sent.progress).toEqual({ recipients: 3, sent: 3, failed: 0, bounced: 0, skipped: 0, left: 0 });

    const got = (who: { email: string }) => t.mail.list().filter(mailTo(who.email, /kuulumiset|nyheter|news/i));
    for (const who of [unconsented, suppressed, erased, unverified]) expect(got(who)).toHaveLength(0);
    const [mFi] = got(fi);
    const [mSv] = got(sv);
    const [mEn] = got(en);
    expect([got(fi).length, got(sv).length, got(en).length]).toEqual([1, 1, 1]);
    if (!mFi || !mSv || !mEn) throw new Error('mails missing');
    expect(mFi.subject).toMatch(/^Kevään kuulumiset/);
    expect(mSv.subject).toMatch(/^Vårens nyheter/);
    expect(mEn.text).toContain('Hello Chris!');
    expect(mFi.html).toContain('Hei Aino!');
    // RFC 8058 and RFC 2369, as a mail client reads them.
    const unsubscribeHeader = header(mFi, 'list-unsubscribe');
    expect(unsubscribeHeader).toMatch(/^<http:\/\/localhost:\d+\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(header(mFi, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mFi.messageId).toMatch(/^<newsletter\.\d+@localhost>$/);
    expect(new Set([mFi.messageId, mSv.messageId, mEn.messageId]).size).toBe(3);
    expect(mFi.text).toMatch(/\/unsubscribe\?token=/);
    // Tracking only where the member allowed it.
    expect(mFi.html).not.toMatch(/\/api\/v1\/t\//);
    expect(mFi.html).toContain('href="https://example.fi/kevat"');
    expect(mSv.html).toMatch(/\/api\/v1\/t\/[A-Za-z0-9_-]+\/open\.gif/);
    expect(mSv.html).not.toContain('https://example.fi/var');

    // Sending it again is refused, and nothing more goes out.
    const again = await hr.post(apiPaths.adminNewsletterSchedule(n.id), { at: null });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe('The newsletter has already been sent');
    const rows = await ledger(t, newsletterKey(n.id));
    expect(rows).toHaveLength(3);

    // The archive: the members who got it can read it, in their own language.
    const reader1 = new Agent(t.app);
    await reader1.post(apiPaths.login, { email: fi.email, password: 'correct horse battery' });
    const archive = bodyOf(await reader1.get(apiPaths.newsletters), ZArchivePage);
    expect(archive.items.map((i) => i.id)).toContain(n.id);
    const issue = bodyOf(await reader1.get(apiPaths.newsletter(n.id)), ZArchiveIssue);
    expect(issue.html).toContain('Hei Aino!');
    expect(issue.subject).toMatch(/^Kevään kuulumiset/);
    // An issue sent to a segment is not in the archive of members outside it.
    const outsider = await signInAs(t, {});
    expect((await outsider.agent.get(apiPaths.newsletter(n.id))).statusCode).toBe(404);
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'newsletter.scheduled'), eq(auditLog.objectId, n.id)))).toHaveLength(1);

    // Opens and clicks: the tracked member's pixel and redirect count; the stats say so.
    const open = /\/api\/v1\/t\/([A-Za-z0-9_-]+)\/open\.gif/.exec(mSv.html)?.[1] ?? '';
    const pixel = await new Agent(t.app).get(apiPaths.trackOpen(open));
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    const click = /href="http:\/\/localhost:\d+(\/api\/v1\/t\/[A-Za-z0-9_-]+\/l\/\d+)"/.exec(mSv.html)?.[1] ?? '';
    for (let i = 0; i < 2; i++) {
      const redirect = await new Agent(t.app).get(click);
      expect(redirect.statusCode).toBe(302);
      expect(redirect.headers.location).toBe('https://example.fi/var');
    }
    // A member without the tracking consent records nothing, even with a valid token for their delivery.
    const fiRow = (await t.db.execute<{ id: string }>(sql`select id from deliveries where message_key = ${newsletterKey(n.id)} and member_id = ${fi.id}`)).rows[0];
    await new Agent(t.app).get(apiPaths.trackOpen(signTrackingToken(t.config.jwtSecret, Number(fiRow?.id))));
    // A forged click token goes nowhere.
    expect((await new Agent(t.app).get(apiPaths.trackClick('AAAAAAAAAAAAAAAAAAAAAAAAAAAA', 0))).statusCode).toBe(404);
    const stats = bodyOf(await hr.get(apiPaths.adminNewsletterStats(n.id)), ZNewsletterStats);
    expect(stats).toMatchObject({ recipients: 3, sent: 3, failed: 0, bounced: 0, tracked: 1, opened: 1, clicked: 1, unsubscribed: 0 });
    expect(stats.links).toEqual([{ url: 'https://example.fi/var', clicks: 2, clickers: 1 }]);

    // One-click unsubscribe as a mail client posts it: no session, no CSRF token, a form body.
    const oneClick = new URL(unsubscribeHeader.slice(1, -1));
    const posted = await t.app.inject({ method: 'POST', url: oneClick.pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(posted.statusCode, posted.body).toBe(200);
    const again2 = await t.app.inject({ method: 'POST', url: oneClick.pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(again2.statusCode).toBe(200);
    const latest = await t.db.select().from(consents).where(and(eq(consents.memberId, fi.id), eq(consents.channel, 'newsletter')));
    expect(latest.map((c) => [c.granted, c.source])).toEqual([
      [true, 'profile'],
      [false, 'unsubscribe_link'],
    ]);
    expect(bodyOf(await hr.get(apiPaths.adminNewsletterStats(n.id)), ZNewsletterStats).unsubscribed).toBe(1);
  });

  it('the unsubscribe page: shows whose preferences half hidden, unsubscribes in one click, sets channels; refuses a tampered or foreign link without saying whose', async () => {
    const city = `Hamina${Date.now()}`;
    const member = await reader({ city, firstName: 'Eero' });
    const n = await draft({ segmentId: await cityOnly(city) });
    expect(bodyOf(await hr.post(apiPaths.adminNewsletterTestSend(n.id), {}), ZTestSendResult).sentTo).toEqual([hrEmail]);
    const tooMany = await hr.post(apiPaths.adminNewsletterTestSend(n.id), { to: ['a@x.fi', 'b@x.fi', 'c@x.fi', 'd@x.fi', 'e@x.fi', 'f@x.fi'] });
    expect(tooMany.statusCode).toBe(400);
    await startedWithoutWorkers(n.id);
    await sendDeliveries(sender(), newsletterKey(n.id));
    const mail = await t.mail.waitFor(mailTo(member.email, /kuulumiset/));
    const token = pageToken(mail);
    const browser = new Agent(t.app);
    const view = bodyOf(await browser.post(apiPaths.mailPreferences, { token }), ZMailPreferences);
    expect(view.email).toBe(`${member.email[0]}***@test.example`);
    expect(view.channels.find((c) => c.channel === 'newsletter')?.granted).toBe(true);
    const after = bodyOf(await browser.post(apiPaths.mailUnsubscribe, { token }), ZMailPreferences);
    expect(after.channels.find((c) => c.channel === 'newsletter')?.granted).toBe(false);
    const set = bodyOf(
      await browser.post(apiPaths.mailPreferencesUpdate, { token, channels: [{ channel: 'event_invites', granted: true }, { channel: 'tracking', granted: false }] }),
      ZMailPreferences,
    );
    expect(set.channels.find((c) => c.channel === 'event_invites')?.granted).toBe(true);
    // A changed byte, another server's key, a guessed token: the same refusal, naming nobody.
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    const foreign = signPreferenceToken('another-server-secret-that-is-long-enough', { memberId: member.id, deliveryId: 0 });
    for (const bad of [tampered, foreign, 'A'.repeat(60)]) {
      for (const url of [apiPaths.mailPreferences, apiPaths.mailUnsubscribe]) {
        const res = await browser.post(url, { token: bad });
        expect(res.statusCode).toBe(400);
        expect(errorOf(res)).toMatchObject({ code: 'invalid_token', message: 'The link is invalid, used or expired' });
        expect(res.body).not.toContain(member.email);
      }
      expect((await t.app.inject({ method: 'POST', url: apiPaths.oneClickUnsubscribe(bad) })).statusCode).toBe(400);
    }
    // The test mail went to the author, marked as a test, with the author's name.
    const test = await t.mail.waitFor((m) => m.subject.startsWith('[Test] Spring news'));
    expect(test.text).toContain('Hello Hanna!');
    expect(test.text).toMatch(/\/unsubscribe$/m);
  });

  it('an unsubscribe during a send takes effect at once; pause stops it, resume goes on, nobody twice', async () => {
    const city = `Porvoo${Date.now()}`;
    const stay = await Promise.all(Array.from({ length: 6 }, () => reader({ city })));
    const leaver = await reader({ city });
    const n = await draft({ segmentId: await cityOnly(city) });
    await startedWithoutWorkers(n.id);
    expect((await ledger(t, newsletterKey(n.id))).length).toBe(7);
    const res = await new Agent(t.app).post(apiPaths.mailUnsubscribe, { token: signPreferenceToken(t.config.jwtSecret, { memberId: leaver.id, deliveryId: 0 }) });
    expect(res.statusCode).toBe(200);
    expect(bodyOf(await hr.post(apiPaths.adminNewsletterPause(n.id)), ZNewsletter).status).toBe('paused');
    // A worker that picks up a paused issue sends nothing.
    expect(await sendDeliveries(sender(), newsletterKey(n.id))).toBe(0);
    expect(bodyOf(await hr.get(apiPaths.adminNewsletter(n.id)), ZNewsletter).progress).toMatchObject({ recipients: 7, sent: 0, skipped: 1, left: 6 });
    expect((await hr.post(apiPaths.adminNewsletterPause(n.id))).statusCode).toBe(409);
    expect(bodyOf(await hr.post(apiPaths.adminNewsletterResume(n.id)), ZNewsletter).status).toBe('sending');
    const done = await waitForStatus(n.id, 'sent');
    expect(done.progress).toMatchObject({ sent: 6, skipped: 1, left: 0 });
    for (const m of stay) expect(t.mail.list().filter(mailTo(m.email, /kuulumiset/))).toHaveLength(1);
    expect(t.mail.list().filter(mailTo(leaver.email, /kuulumiset/))).toHaveLength(0);
  });

  it('retries a temporary failure until it goes, suppresses a hard bounce, and retries only the failed on request', async () => {
    const city = `Lahti${Date.now()}`;
    const [ok, flaky, gone, refused] = await Promise.all([reader({ city }), reader({ city }), reader({ city }), reader({ city })]);
    const smtp = await flakyServer((to, attempt) => (to === gone.email ? 550 : to === refused.email ? 554 : to === flaky.email && attempt === 1 ? 451 : 250));
    const n = await draft({ segmentId: await cityOnly(city) });
    await startedWithoutWorkers(n.id);
    const s = sender(createMailer(smtp.url, t.config.mailFrom));
    await sendDeliveries(s, newsletterKey(n.id));
    await sendDeliveries(s, newsletterKey(n.id));
    const rows = new Map((await ledger(t, newsletterKey(n.id))).map((r) => [r.member_id, r]));
    expect(rows.get(ok.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(rows.get(flaky.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(rows.get(gone.id)?.status).toBe('bounced');
    expect(rows.get(refused.id)?.status).toBe('failed');
    expect(smtp.accepted.filter((a) => a === flaky.email)).toHaveLength(1);
    const sup = await t.db.execute<{ reason: string }>(sql`select reason::text from suppressions where email = ${gone.email}`);
    expect(sup.rows.map((r) => r.reason)).toEqual(['hard_bounce']);
    expect(bodyOf(await hr.get(apiPaths.adminNewsletter(n.id)), ZNewsletter)).toMatchObject({ status: 'sent', progress: { sent: 2, failed: 1, bounced: 1, left: 0 } });
    s.mailer.close();
    await smtp.close();
    // Retry the failed: only that one goes again, through the app's own workers this time.
    const retried = await hr.post(apiPaths.adminNewsletterRetryFailed(n.id));
    expect(retried.statusCode, retried.body).toBe(200);
    await waitForStatus(n.id, 'sent');
    await settled(t, newsletterKey(n.id));
    expect(t.mail.list().filter(mailTo(refused.email, /kuulumiset/))).toHaveLength(1);
    expect(t.mail.list().filter(mailTo(ok.email, /kuulumiset/))).toHaveLength(0);
    expect((await hr.post(apiPaths.adminNewsletterRetryFailed(n.id))).statusCode).toBe(422);
  });
});

describe('scheduling', () => {
  it('refuses the past, an empty audience and a draft edited after it is sent; cancels before the start', async () => {
    const emptySegment = await cityOnly(`Nowhere${Date.now()}`);
    const empty = await draft({ segmentId: emptySegment });
    const res = await hr.post(apiPaths.adminNewsletterSchedule(empty.id), { at: null });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details?.[0]).toMatchObject({ code: 'empty_audience' });
    const past = await hr.post(apiPaths.adminNewsletterSchedule(empty.id), { at: '2020-01-01T10:00' });
    expect(past.statusCode).toBe(422);
    expect(errorOf(past).details?.[0]?.path).toBe('at');
    expect(bodyOf(await hr.get(apiPaths.adminNewsletter(empty.id)), ZNewsletter).status).toBe('draft');

    await reader({});
    const n = await draft();
    const at = `${new Date().getFullYear() + 2}-03-02T09:00`;
    const ok = await hr.post(apiPaths.adminNewsletterSchedule(n.id), { at, timeZone: 'Europe/Helsinki', acceptCadenceWarnings: true });
    expect(ok.statusCode, ok.body).toBe(200);
    const scheduled = bodyOf(ok, ZNewsletter);
    expect(scheduled.status).toBe('scheduled');
    // 09:00 in Helsinki in March is 07:00 UTC.
    expect(scheduled.scheduledAt).toBe(`${at.slice(0, 10)}T07:00:00.000Z`);
    expect((await hr.patch(apiPaths.adminNewsletter(n.id), body())).statusCode).toBe(409);
    expect(bodyOf(await hr.post(apiPaths.adminNewsletterCancel(n.id)), ZNewsletter)).toMatchObject({ status: 'draft', scheduledAt: null });
    expect((await hr.post(apiPaths.adminNewsletterCancel(n.id))).statusCode).toBe(409);
    // Nothing was written to the ledger for any of them.
    expect(await ledger(t, newsletterKey(n.id))).toHaveLength(0);
    expect(await ledger(t, newsletterKey(empty.id))).toHaveLength(0);
  });

  it('warns before a schedule breaks the cadence, and shows the year against the policy', async () => {
    await reader({});
    expect((await hr.request({ method: 'PUT', url: apiPaths.adminNewsletterCadence, payload: { minPerYear: 5, maxPerYear: 2 } })).statusCode).toBe(400);
    expect((await hr.request({ method: 'PUT', url: apiPaths.adminNewsletterCadence, payload: { minPerYear: 2, maxPerYear: 4 } })).statusCode).toBe(200);
    const year = new Date().getFullYear() + 3;
    const times = ['01-15', '03-15', '05-15', '07-15'];
    for (const day of times) {
      const n = await draft();
      // The first leaves a long gap after what earlier tests sent; accepted, as HR would.
      const res = await hr.post(apiPaths.adminNewsletterSchedule(n.id), { at: `${year}-${day}T09:00`, acceptCadenceWarnings: day === '01-15' });
      expect(res.statusCode, `${day}: ${res.body}`).toBe(200);
    }
    const fifth = await draft();
    const warned = await hr.post(apiPaths.adminNewsletterSchedule(fifth.id), { at: `${year}-09-15T09:00` });
    expect(warned.statusCode).toBe(422);
    expect(errorOf(warned).details?.map((d) => d.code)).toEqual(['too_many']);
    const check = bodyOf(await hr.get(`${apiPaths.adminNewsletterPlan}?at=${year}-09-15T09:00&newsletterId=${fifth.id}`), ZNewsletterPlan);
    expect(check.warnings.map((w) => [w.code, w.count])).toEqual([['too_many', 5]]);
    // A gap over six months after the last planned issue.
    const gap = bodyOf(await hr.get(`${apiPaths.adminNewsletterPlan}?at=${year + 1}-04-01T09:00&newsletterId=${fifth.id}`), ZNewsletterPlan);
    expect(gap.warnings.map((w) => w.code)).toEqual(['gap_too_long']);
    expect(bodyOf(await hr.post(apiPaths.adminNewsletterSchedule(fifth.id), { at: `${year}-09-15T09:00`, acceptCadenceWarnings: true }), ZNewsletter).status).toBe('scheduled');
    const plan = bodyOf(await hr.get(`${apiPaths.adminNewsletterPlan}?year=${year}`), ZNewsletterPlan);
    expect(plan).toMatchObject({ year, policy: { minPerYear: 2, maxPerYear: 4 }, sent: 0, scheduled: 5 });
    expect(plan.items.map((i) => i.at.slice(5, 10))).toEqual(['01-15', '03-15', '05-15', '07-15', '09-15']);
    expect(plan.warnings.some((w) => w.code === 'too_many')).toBe(true);
    expect(plan.nextDue?.slice(0, 4)).toBe(String(year + 1));
    for (const i of plan.items) await hr.post(apiPaths.adminNewsletterCancel(i.id));
  });
});

describe('workers in separate processes', () => {
  const env = () => ({ DATABASE_URL: t.config.databaseUrl ?? '', SMTP_URL: t.mail.url, JWT_SECRET: t.config.jwtSecret });

  it('two workers share one send, and nobody gets it twice', async () => {
    const city = `Raahe${Date.now()}`;
    const people = await Promise.all(Array.from({ length: 120 }, () => reader({ city })));
    const n = await draft({ segmentId: await cityOnly(city) });
    await startedWithoutWorkers(n.id);
    const a = startWorker({ ...env(), NEWSLETTER_ID: n.id, BATCH_SIZE: '10', LANES: '1', MAIL_RATE_PER_SECOND: '150' });
    const b = startWorker({ ...env(), NEWSLETTER_ID: n.id, BATCH_SIZE: '10', LANES: '1', MAIL_RATE_PER_SECOND: '150' });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect((ra?.handled ?? 0) + (rb?.handled ?? 0)).toBe(120);
    // Both did a share of the work.
    expect(ra?.handled).toBeGreaterThan(0);
    expect(rb?.handled).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const counts = people.map((p) => t.mail.list().filter(mailTo(p.email, /kuulumiset/)).length);
    expect(counts.filter((c) => c !== 1)).toEqual([]);
    expect(bodyOf(await hr.get(apiPaths.adminNewsletter(n.id)), ZNewsletter)).toMatchObject({ status: 'sent', progress: { sent: 120, left: 0 } });
  }, 60_000);

  it('a worker killed mid-send: the next one finishes the rest; only those in flight can go twice', async () => {
    const city = `Kemi${Date.now()}`;
    const people = await Promise.all(Array.from({ length: 200 }, () => reader({ city })));
    const n = await draft({ segmentId: await cityOnly(city) });
    await startedWithoutWorkers(n.id);
    const received = () => people.reduce((sum, p) => sum + t.mail.list().filter(mailTo(p.email, /kuulumiset/)).length, 0);
    const first = startWorker({ ...env(), NEWSLETTER_ID: n.id, BATCH_SIZE: '10', LANES: '2', LEASE_SECONDS: '2', MAIL_RATE_PER_SECOND: '100' });
    const deadline = Date.now() + 20_000;
    while (received() < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.kill();
    expect(await first.done).toBeNull();
    const inFlight = (await ledger(t, newsletterKey(n.id))).filter((r) => r.status === 'sending').length;
    const before = received();
    expect(before).toBeGreaterThanOrEqual(60);
    expect(before).toBeLessThan(200);
    const second = startWorker({ ...env(), NEWSLETTER_ID: n.id, BATCH_SIZE: '10', LANES: '2', LEASE_SECONDS: '2' });
    await second.done;
    // The rows the dead worker held were taken up once their lease ran out.
    await settled(t, newsletterKey(n.id), 20_000);
    await new Promise((r) => setTimeout(r, 300));
    const counts = people.map((p) => t.mail.list().filter(mailTo(p.email, /kuulumiset/)).length);
    expect(counts.filter((c) => c === 0)).toEqual([]);
    const duplicates = counts.reduce((sum, c) => sum + (c - 1), 0);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
  }, 60_000);
});
