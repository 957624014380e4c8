import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, ZAttendee, ZAttendeePage, ZAdminEvent, ZPortalEvent } from '@alumni/shared';
import { eventRsvps, events, suppressions, users } from '../src/db/schema.js';
import { createMailer } from '../src/mail/mailer.js';
import { enqueueDeliveries, sendDeliveries } from '../src/modules/deliveries/service.js';
import { queueReminders } from '../src/modules/events/jobs.js';
import { eventRenderers } from '../src/modules/events/mail.js';
import { emailHash } from '../src/modules/privacy/registry.js';
import { Agent, bodyOf, defaultPassword, errorOf, mailTo, signInAs, startTestApp, type TestApp } from './helpers.js';
import { createAlumnus, createEvent, eventBody, ledger, settled } from './events-kit.js';
import { flakyServer } from './smtp-kit.js';

let t: TestApp;
let hr: Agent;
beforeAll(async () => {
  t = await startTestApp();
  hr = (await signInAs(t, 'hr')).agent;
});
afterAll(async () => {
  await t.close();
});

async function signedIn(email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  const res = await agent.post(apiPaths.login, { email, password: defaultPassword });
  if (res.statusCode !== 200) throw new Error(res.body);
  return agent;
}

describe('capacity and the waitlist', () => {
  it('100 yeses at once for 10 seats: 10 going, 90 waiting in a line numbered 1 to 90', async () => {
    const e = await createEvent(hr, { capacity: 10 });
    const people = await Promise.all(Array.from({ length: 100 }, () => createAlumnus(t)));
    const agents = await Promise.all(people.map((p) => signedIn(p.email)));
    const answers = await Promise.all(agents.map((a) => a.request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going' } })));
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    const statuses = answers.map((r) => bodyOf(r, ZPortalEvent).myRsvp?.status);
    expect(statuses.filter((s) => s === 'going')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(90);
    expect(bodyOf(await hr.get(apiPaths.adminEvent(e.id)), ZAdminEvent).counts).toMatchObject({ going: 10, seatsTaken: 10, waitlisted: 90 });

    // The line is numbered without gaps or repeats, in the order the answers were decided.
    const line = await t.db.execute<{ member_id: string; pos: number }>(sql`
      select member_id, (row_number() over (order by waitlisted_at, id))::int as pos from event_rsvps where event_id = ${e.id} and status = 'waitlisted'`);
    const positions = await Promise.all(
      agents.map(async (a) => bodyOf(await a.get(apiPaths.event(e.id)), ZPortalEvent).myRsvp?.waitlistPosition ?? null),
    );
    expect(positions.filter((p) => p !== null).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    const times = await t.db.execute<{ n: number }>(sql`select count(distinct waitlisted_at)::int as n from event_rsvps where event_id = ${e.id} and status = 'waitlisted'`);
    expect(times.rows[0]?.n).toBe(90);

    // A seat given up goes to number 1, who is told by mail; everyone else moves up one.
    const goingIndex = statuses.indexOf('going');
    const first = line.rows.find((r) => r.pos === 1);
    const second = line.rows.find((r) => r.pos === 2);
    const leaver = agents[goingIndex];
    if (!leaver || !first || !second) throw new Error('setup');
    expect(bodyOf(await leaver.request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'declined' } }), ZPortalEvent).myRsvp?.status).toBe('declined');
    const [promoted] = await t.db.select().from(eventRsvps).where(eq(eventRsvps.memberId, first.member_id));
    expect(promoted?.status).toBe('going');
    const firstEmail = people.find((p) => p.id === first.member_id)?.email ?? '';
    const mail = await t.mail.waitFor(mailTo(firstEmail, /You have a seat: Alumni evening/));
    expect(mail.text).toContain('first on the waitlist');
    const secondAgent = agents[people.findIndex((p) => p.id === second.member_id)];
    expect(bodyOf(await (secondAgent as Agent).get(apiPaths.event(e.id)), ZPortalEvent).myRsvp?.waitlistPosition).toBe(1);
    expect(bodyOf(await hr.get(apiPaths.adminEvent(e.id)), ZAdminEvent).counts).toMatchObject({ going: 10, waitlisted: 89, declined: 1 });

    // Saying yes again while waiting keeps one's place.
    const stillSecond = await (secondAgent as Agent).request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going' } });
    expect(bodyOf(stillSecond, ZPortalEvent).myRsvp?.waitlistPosition).toBe(1);
  });

  it('more seats promote the line in order, guests counted', async () => {
    const e = await createEvent(hr, { capacity: 2, maxGuests: 1 });
    const [a, b, c] = await Promise.all([createAlumnus(t), createAlumnus(t), createAlumnus(t)]);
    if (!a || !b || !c) throw new Error('setup');
    const put = async (who: { email: string }, guests: number) =>
      bodyOf(await (await signedIn(who.email)).request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going', guests } }), ZPortalEvent).myRsvp?.status;
    expect(await put(a, 1)).toBe('going');
    expect(await put(b, 1)).toBe('waitlisted');
    expect(await put(c, 0)).toBe('waitlisted');
    expect((await hr.patch(apiPaths.adminEvent(e.id), eventBody({ capacity: 4, maxGuests: 1 }))).statusCode).toBe(200);
    expect(bodyOf(await hr.get(apiPaths.adminEvent(e.id)), ZAdminEvent).counts).toMatchObject({ going: 2, seatsTaken: 4, waitlisted: 1 });
    await t.mail.waitFor(mailTo(b.email, /You have a seat/));
  });
});

describe('reminders', () => {
  it('go once to those going, however often the job runs', async () => {
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const e = await createEvent(hr);
    // Tomorrow evening moved to three hours from now: straight to the row, as the console only takes wall times.
    await t.db.update(events).set({ startsAt: soon, endsAt: new Date(soon.getTime() + 7_200_000) }).where(eq(events.id, e.id));
    const going = await createAlumnus(t);
    const maybe = await createAlumnus(t);
    await (await signedIn(going.email)).request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going' } });
    await (await signedIn(maybe.email)).request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'maybe' } });
    const keys = await queueReminders(t.db);
    expect(keys).toContain(`event:${e.id}:reminder:${soon.getTime()}`);
    // A restarted worker finds nothing left to write, and a second send finds nothing to send.
    expect(await queueReminders(t.db)).not.toContain(`event:${e.id}:reminder:${soon.getTime()}`);
    const mailer = createMailer(t.mail.url, t.config.mailFrom);
    const sender = { db: t.db, mailer, renderers: eventRenderers({ db: t.db, config: t.config }) };
    await Promise.all([sendDeliveries(sender, keys[0] ?? ''), sendDeliveries(sender, keys[0] ?? '')]);
    await settled(t, `event:${e.id}:reminder:%`);
    await t.mail.waitFor(mailTo(going.email, /Reminder: Alumni evening/));
    await new Promise((r) => setTimeout(r, 300));
    expect(t.mail.list().filter((m) => m.to.includes(going.email) && m.subject.startsWith('Reminder'))).toHaveLength(1);
    expect(t.mail.list().some((m) => m.to.includes(maybe.email) && m.subject.startsWith('Reminder'))).toBe(false);
    mailer.close();
  });
});

describe('check-in', () => {
  it('finds people by name without accents, checks in and undoes, takes walk-ins, exports and counts', async () => {
    const e = await createEvent(hr);
    const jyrki = await createAlumnus(t, { firstName: 'Jyrki', lastName: `Mäkelä${Date.now()}` });
    const walker = await createAlumnus(t, { firstName: 'Walk', lastName: 'In' });
    await (await signedIn(jyrki.email)).request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going' } });
    const found = bodyOf(await hr.get(`${apiPaths.adminEventAttendees(e.id)}?q=makela`), ZAttendeePage);
    expect(found.items.map((a) => a.memberId)).toEqual([jyrki.id]);
    const checked = bodyOf(await hr.post(apiPaths.adminEventCheckIn(e.id, jyrki.id)), ZAttendee);
    expect(checked.checkedInAt).not.toBeNull();
    expect(bodyOf(await hr.post(apiPaths.adminEventCheckIn(e.id, jyrki.id)), ZAttendee).checkedInAt).toBe(checked.checkedInAt);
    expect(bodyOf(await hr.post(apiPaths.adminEventUndoCheckIn(e.id, jyrki.id)), ZAttendee).checkedInAt).toBeNull();
    await hr.post(apiPaths.adminEventCheckIn(e.id, jyrki.id));
    // Someone who did not answer cannot be checked in as if they had; as a walk-in they can.
    expect((await hr.post(apiPaths.adminEventCheckIn(e.id, walker.id))).statusCode).toBe(404);
    const walkIn = bodyOf(await hr.post(apiPaths.adminEventWalkIns(e.id), { memberId: walker.id }), ZAttendee);
    expect(walkIn).toMatchObject({ status: 'going', walkIn: true });
    expect((await hr.post(apiPaths.adminEventWalkIns(e.id), { memberId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    expect(bodyOf(await hr.get(apiPaths.adminEvent(e.id)), ZAdminEvent).counts).toMatchObject({ going: 2, checkedIn: 2, walkIns: 1 });

    const csv = await hr.get(apiPaths.adminEventAttendeesExport(e.id));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"last_name";"first_name";"email";"answer";"guests";"waitlist_position";"answered_at";"checked_in_at";"walk_in"');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes(jyrki.email))).toMatch(/"going";"0";"";"\d{4}-\d\d-\d\d \d\d:\d\d";"\d{4}-\d\d-\d\d \d\d:\d\d";"no"$/);
    // A draft has no door to check in at.
    const draft = await createEvent(hr, {}, false);
    const refused = await hr.post(apiPaths.adminEventWalkIns(draft.id), { memberId: walker.id });
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused).message).toBe('The event is not published');
  });
});

describe('the delivery ledger', () => {
  it('retries a temporary failure, suppresses a hard bounce, and sends nobody twice', async () => {
    const e = await createEvent(hr);
    const [ok, flaky, gone] = await Promise.all([createAlumnus(t), createAlumnus(t), createAlumnus(t)]);
    if (!ok || !flaky || !gone) throw new Error('setup');
    const smtp = await flakyServer((to, n) => (to === gone.email ? 550 : to === flaky.email && n === 1 ? 451 : 250));
    const mailer = createMailer(smtp.url, t.config.mailFrom);
    const sender = { db: t.db, mailer, renderers: eventRenderers({ db: t.db, config: t.config }), options: { retryBaseSeconds: 0 } };
    const key = `test:${e.id}:invitation`;
    await enqueueDeliveries(t.db, { key, kind: 'event_invitation', data: { eventId: e.id } }, sql`select id as user_id from users where id in (${ok.id}::uuid, ${flaky.id}::uuid, ${gone.id}::uuid)`);
    await sendDeliveries(sender, key);
    // The retry's time has come at once (no delay in this test): the next pass sends it.
    await sendDeliveries(sender, key);
    await sendDeliveries(sender, key);
    const rows = await ledger(t, key);
    const byMember = new Map(rows.map((r) => [r.member_id, r]));
    expect(byMember.get(ok.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(byMember.get(flaky.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(byMember.get(gone.id)).toMatchObject({ status: 'bounced', attempts: 1 });
    expect(smtp.accepted.sort()).toEqual([ok.email, flaky.email].sort());
    const [suppressed] = await t.db.select().from(suppressions).where(eq(suppressions.emailHash, emailHash(gone.email)));
    expect(suppressed?.reason).toBe('hard_bounce');
    // Writing the same message again adds nobody.
    expect(await enqueueDeliveries(t.db, { key, kind: 'event_invitation', data: { eventId: e.id } }, sql`select id as user_id from users where id = ${ok.id}::uuid`)).toBe(0);
    const [u] = await t.db.select().from(users).where(eq(users.id, gone.id));
    expect(u?.status).toBe('active');
    mailer.close();
    await smtp.close();
  });
});
