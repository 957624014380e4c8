import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, ZAdminEvent, ZAdminEventPage, ZEventAudience, ZPortalEvent, ZPortalEventPage, ZRsvpTokenView, ZSegment, ZSegmentCount, ZSendInvitationsResult } from '@alumni/shared';
import { auditLog, consents, eventInvitations, eventRsvps, events as eventsTable, members } from '../src/db/schema.js';
import { signRsvpToken } from '../src/modules/events/tokens.js';
import { Agent, bodyOf, errorOf, mailTo, signInAs, startTestApp, type TestApp } from './helpers.js';
import { answerLinks, calendarOf, createAlumnus, createEvent, eventBody, future, ledger, parseCalendar, settled, suppress } from './events-kit.js';

let t: TestApp;
let hr: Agent;
beforeAll(async () => {
  t = await startTestApp();
  hr = (await signInAs(t, 'hr')).agent;
});
afterAll(async () => {
  await t.close();
});

describe('events in the console', () => {
  it('creates a draft in Helsinki time and reads it back with offsets', async () => {
    const e = await createEvent(hr, { start: future('06-10', '17:00'), end: future('06-10', '19:30'), capacity: 40, maxGuests: 1 }, false);
    expect(e).toMatchObject({ status: 'draft', start: future('06-10', '17:00'), end: future('06-10', '19:30'), timeZone: 'Europe/Helsinki', capacity: 40, maxGuests: 1, reminderHours: 24, sequence: 0 });
    // Summer time in Finland is UTC+3.
    expect(e.startsAt).toBe(`${future('06-10', '17:00')}:00.000+03:00`);
    expect(new Date(e.startsAt).toISOString()).toBe(`${future('06-10', '14:00')}:00.000Z`);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'event.created'), eq(auditLog.objectId, e.id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad events with the field named, and writes nothing', async () => {
    const before = bodyOf(await hr.get(`${apiPaths.adminEvents}?limit=100`), ZAdminEventPage).items.length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ start: future('06-10', '18:00'), end: future('06-10', '17:00') }, 'end'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ timeZone: 'Not a zone' }, 'timeZone'],
      [{ title: { fi: '', sv: '', en: '' } }, 'title.fi'],
      [{ placeName: '', address: '', onlineUrl: '' }, 'placeName'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
      [{ capacity: 0 }, 'capacity'],
      [{ rsvpDeadline: future('06-11', '12:00'), start: future('06-10', '17:00'), end: future('06-10', '19:00') }, 'rsvpDeadline'],
      [{ start: '2027-13-01T10:00' }, 'start'],
      [{ segmentId: '00000000-0000-4000-8000-000000000000' }, 'segmentId'],
    ];
    for (const [override, path] of cases) {
      const res = await hr.post(apiPaths.adminEvents, { ...eventBody(), ...override });
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(errorOf(res).details?.map((d) => d.path), JSON.stringify(override)).toContain(path);
    }
    // 03:30 on the last Sunday of March does not exist in Helsinki: the clocks jump from 03:00 to 04:00.
    const gap = await hr.post(apiPaths.adminEvents, eventBody({ start: '2027-03-28T03:30', end: '2027-03-28T05:00' }));
    expect(gap.statusCode).toBe(400);
    expect(errorOf(gap).details?.[0]?.path).toBe('start');
    const after = bodyOf(await hr.get(`${apiPaths.adminEvents}?limit=100`), ZAdminEventPage).items.length;
    expect(after).toBe(before);
  });

  it('will not take away seats already taken', async () => {
    const e = await createEvent(hr, { capacity: 5, maxGuests: 2 });
    for (let i = 0; i < 2; i++) {
      const m = await createAlumnus(t);
      const agent = new Agent(t.app);
      await agent.post(apiPaths.login, { email: m.email, password: 'correct horse battery' });
      expect((await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going', guests: 1 } })).statusCode).toBe(200);
    }
    const res = await hr.patch(apiPaths.adminEvent(e.id), eventBody({ capacity: 3, maxGuests: 2 }));
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details?.[0]?.path).toBe('capacity');
    expect(bodyOf(await hr.get(apiPaths.adminEvent(e.id)), ZAdminEvent)).toMatchObject({ capacity: 5, counts: { going: 2, seatsTaken: 4 } });
    expect((await hr.patch(apiPaths.adminEvent(e.id), eventBody({ capacity: 4, maxGuests: 2 }))).statusCode).toBe(200);
  });
});

describe('segments', () => {
  it('count live, always within consent and the suppression list', async () => {
    const city = `Kajaani${Date.now()}`;
    const yes = await createAlumnus(t, { member: { city, memberType: 'retiree' } });
    await createAlumnus(t, { member: { city, memberType: 'retiree' }, consent: false });
    const blocked = await createAlumnus(t, { member: { city, memberType: 'retiree' } });
    await suppress(t, blocked.email);
    await createAlumnus(t, { member: { city, memberType: 'intern' } });
    await createAlumnus(t, { member: { city, memberType: 'retiree' }, verification: 'pending' });
    const count = await hr.post(apiPaths.adminSegmentCount, { filters: { cities: [city.toUpperCase()], memberTypes: ['retiree'] }, channel: 'event_invites' });
    expect(bodyOf(count, ZSegmentCount)).toEqual({ members: 3, reachable: 1 });
    const saved = bodyOf(await hr.post(apiPaths.adminSegments, { name: `Retirees in ${city}`, filters: { cities: [city], memberTypes: ['retiree'] } }), ZSegment);
    expect(saved.filters).toMatchObject({ cities: [city], memberTypes: ['retiree'], skills: [] });
    expect(yes.id).toBeTruthy();
    const bad = await hr.post(apiPaths.adminSegmentCount, { filters: { joinedFrom: '2026-05-01', joinedTo: '2026-01-01' } });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.path).toBe('filters.joinedTo');
  });

  it('cannot be deleted while an event uses it', async () => {
    const s = bodyOf(await hr.post(apiPaths.adminSegments, { name: 'Mentors', filters: { interests: ['mentor'] } }), ZSegment);
    const e = await createEvent(hr, { segmentId: s.id }, false);
    const res = await hr.request({ method: 'DELETE', url: apiPaths.adminSegment(s.id) });
    expect(res.statusCode).toBe(409);
    expect(e.segmentName).toBe('Mentors');
  });
});

describe('invitations', () => {
  it('reach the consenting audience once each, in their language, with answer links and a calendar entry', async () => {
    const skill = `Kanteleensoitto${Date.now()}`;
    const fi = await createAlumnus(t, { language: 'fi', firstName: 'Aino', member: { skills: [skill] } });
    const sv = await createAlumnus(t, { language: 'sv', firstName: 'Björn', member: { skills: [skill] } });
    const noConsent = await createAlumnus(t, { member: { skills: [skill] }, consent: false });
    const suppressed = await createAlumnus(t, { member: { skills: [skill] } });
    await suppress(t, suppressed.email);
    const outsider = await createAlumnus(t);
    const segment = bodyOf(await hr.post(apiPaths.adminSegments, { name: `Kantele ${skill}`, filters: { skills: [skill.toLowerCase()] } }), ZSegment);

    // A draft invites nobody.
    const draft = await createEvent(hr, { segmentId: segment.id }, false);
    expect((await hr.post(apiPaths.adminEventInvitations(draft.id))).statusCode).toBe(422);

    // The night clocks go forward: 02:00 to 05:00 on Helsinki clocks is two hours, 00:00–02:00 UTC.
    const e = await createEvent(hr, { segmentId: segment.id, start: '2027-03-28T02:00', end: '2027-03-28T05:00', title: { fi: 'Yökonsertti', sv: 'Nattkonsert', en: 'Night concert' } });
    expect(bodyOf(await hr.get(apiPaths.adminEventAudience(e.id)), ZEventAudience)).toEqual({ audience: 4, reachable: 2, invited: 0, toInvite: 2 });
    const sent = await hr.post(apiPaths.adminEventInvitations(e.id));
    expect(bodyOf(sent, ZSendInvitationsResult)).toEqual({ invited: 2, alreadyInvited: 0 });

    const fiMail = await t.mail.waitFor(mailTo(fi.email, /Kutsu: Yökonsertti/));
    const svMail = await t.mail.waitFor(mailTo(sv.email, /Inbjudan: Nattkonsert/));
    expect(fiMail.text).toContain('Hei Aino,');
    expect(fiMail.text).toContain('Aika: su 28.3.2027 klo 2.00–5.00');
    expect(svMail.text).toContain('Hej Björn,');
    for (const m of [fiMail, svMail]) expect(Object.keys(answerLinks(m))).toEqual(['going', 'maybe', 'declined']);

    const ics = await calendarOf(fiMail);
    expect(ics.method).toBe('REQUEST');
    expect(ics.uid).toBe(`event-${e.id}@localhost`);
    expect(ics.sequence).toBe(0);
    expect(ics.startZone).toBe('Europe/Helsinki');
    expect(ics.start.toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(ics.end.toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(ics.summary).toBe('Yökonsertti');
    expect(ics.attendee).toBe(`mailto:${fi.email}`);
    expect(ics.partstat).toBe('NEEDS-ACTION');
    expect(ics.raw).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect((await calendarOf(svMail)).summary).toBe('Nattkonsert');

    // Pressing again reaches nobody; a member who joins the audience later is reached alone.
    expect(bodyOf(await hr.post(apiPaths.adminEventInvitations(e.id)), ZSendInvitationsResult)).toEqual({ invited: 0, alreadyInvited: 2 });
    const late = await createAlumnus(t, { member: { skills: [skill] } });
    expect(bodyOf(await hr.post(apiPaths.adminEventInvitations(e.id)), ZSendInvitationsResult)).toEqual({ invited: 1, alreadyInvited: 2 });
    await t.mail.waitFor(mailTo(late.email, /Invitation: Night concert/));
    await settled(t, `event:${e.id}:invitation`);
    const rows = await ledger(t, `event:${e.id}:invitation`);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    const mailed = t.mail.list().filter((m) => m.subject.includes('Yökonsertti') || m.subject.includes('Nattkonsert') || m.subject.includes('Night concert'));
    expect(mailed.map((m) => m.to[0]).sort()).toEqual([fi.email, sv.email, late.email].sort());
    for (const nobody of [noConsent, suppressed, outsider]) expect(mailed.some((m) => m.to.includes(nobody.email))).toBe(false);
    expect(await t.db.select().from(eventInvitations).where(eq(eventInvitations.eventId, e.id))).toHaveLength(3);
  });
});

describe('answering from the mail', () => {
  it('shows the event on a page first, answers on the button, and the same answer twice changes nothing', async () => {
    const m = await createAlumnus(t, { language: 'en', firstName: 'Eeva' });
    const e = await createEvent(hr, { capacity: 10 });
    await hr.post(apiPaths.adminEventInvitations(e.id));
    const mail = await t.mail.waitFor(mailTo(m.email, /Invitation: Alumni evening/));
    const links = answerLinks(mail);
    const anonymous = new Agent(t.app);

    const preview = bodyOf(await anonymous.post(apiPaths.rsvpPreview, { token: links.going }), ZRsvpTokenView);
    expect(preview).toMatchObject({ firstName: 'Eeva', language: 'en', event: { id: e.id, myRsvp: null, rsvpOpen: true, seatsLeft: 10 } });
    // Opening the link (a scanner's GET included) answered nothing.
    expect(await t.db.select().from(eventRsvps).where(eq(eventRsvps.eventId, e.id))).toHaveLength(0);

    const first = bodyOf(await anonymous.post(apiPaths.rsvpAnswer, { token: links.going, status: 'going' }), ZRsvpTokenView);
    expect(first.event).toMatchObject({ going: 1, seatsLeft: 9, myRsvp: { status: 'going', guests: 0 } });
    const [row] = await t.db.select().from(eventRsvps).where(eq(eventRsvps.eventId, e.id));
    const again = bodyOf(await new Agent(t.app).post(apiPaths.rsvpAnswer, { token: links.going, status: 'going' }), ZRsvpTokenView);
    expect(again.event.myRsvp).toEqual(first.event.myRsvp);
    const rows = await t.db.select().from(eventRsvps).where(eq(eventRsvps.eventId, e.id));
    expect(rows).toEqual([row]);

    // Changing one's mind works from the same mail.
    const maybe = bodyOf(await anonymous.post(apiPaths.rsvpAnswer, { token: links.maybe, status: 'maybe' }), ZRsvpTokenView);
    expect(maybe.event).toMatchObject({ going: 0, seatsLeft: 10, myRsvp: { status: 'maybe' } });
  });

  it('refuses tampered, foreign and expired links without saying whose they are', async () => {
    const m = await createAlumnus(t);
    const e = await createEvent(hr);
    await hr.post(apiPaths.adminEventInvitations(e.id));
    const token = answerLinks(await t.mail.waitFor(mailTo(m.email, /Invitation/))).going;
    const flipped = `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;
    const foreign = signRsvpToken('another-secret-that-is-long-enough-for-hmac', { eventId: e.id, memberId: m.id }, new Date(Date.now() + 86_400_000));
    const expired = signRsvpToken(t.config.jwtSecret, { eventId: e.id, memberId: m.id }, new Date(Date.now() - 1000));
    for (const bad of [flipped, foreign, expired, 'x'.repeat(40)]) {
      for (const res of [await new Agent(t.app).post(apiPaths.rsvpPreview, { token: bad }), await new Agent(t.app).post(apiPaths.rsvpAnswer, { token: bad, status: 'going' })]) {
        expect(res.statusCode).toBe(400);
        expect(errorOf(res)).toMatchObject({ code: 'invalid_token', message: 'The link is invalid, used or expired' });
        expect(res.body).not.toContain(m.email);
      }
    }
    expect(await t.db.select().from(eventRsvps).where(eq(eventRsvps.eventId, e.id))).toHaveLength(0);
  });
});

describe('changes and cancellation', () => {
  it('mail those going or maybe the updated entry with a higher SEQUENCE, then METHOD:CANCEL', async () => {
    const going = await createAlumnus(t, { language: 'en' });
    const maybe = await createAlumnus(t, { language: 'fi' });
    const declined = await createAlumnus(t, { language: 'en' });
    const e = await createEvent(hr, { title: { fi: 'Syysseminaari', sv: 'Höstseminarium', en: 'Autumn seminar' }, kind: 'seminar', start: future('10-30', '13:00'), end: future('10-30', '16:00') });
    await hr.post(apiPaths.adminEventInvitations(e.id));
    for (const [who, answer] of [[going, 'going'], [maybe, 'maybe'], [declined, 'declined']] as const) {
      const token = answerLinks(await t.mail.waitFor(mailTo(who.email, /Autumn seminar|Syysseminaari/)))[answer];
      expect((await new Agent(t.app).post(apiPaths.rsvpAnswer, { token, status: answer })).statusCode).toBe(200);
    }
    const invitation = await calendarOf(await t.mail.waitFor(mailTo(going.email, /Invitation/)));

    // Clocks go back on the last Sunday of October: 13:00 on the 31st is UTC+2, a day after UTC+3.
    const moved = await hr.patch(apiPaths.adminEvent(e.id), eventBody({ title: { fi: 'Syysseminaari', sv: 'Höstseminarium', en: 'Autumn seminar' }, kind: 'seminar', start: future('11-01', '13:00'), end: future('11-01', '16:00'), placeName: 'Tampere-talo', address: 'Yliopistonkatu 55, Tampere' }));
    expect(bodyOf(moved, ZAdminEvent)).toMatchObject({ sequence: 1, start: future('11-01', '13:00') });
    const update = await t.mail.waitFor(mailTo(going.email, /Change to the event: Autumn seminar/));
    expect(update.text).toContain('The time has changed.');
    expect(update.text).toContain('The place has changed.');
    const updated = await calendarOf(update);
    expect(updated).toMatchObject({ method: 'REQUEST', uid: invitation.uid, sequence: 1, partstat: 'ACCEPTED' });
    expect(updated.start.toISOString()).toBe(`${future('11-01', '11:00')}:00.000Z`);
    await t.mail.waitFor(mailTo(maybe.email, /Muutos tapahtumaan: Syysseminaari/));

    // Only the description: nothing a calendar entry needs a mail for.
    const quiet = await hr.patch(apiPaths.adminEvent(e.id), eventBody({ title: { fi: 'Syysseminaari', sv: 'Höstseminarium', en: 'Autumn seminar' }, kind: 'seminar', start: future('11-01', '13:00'), end: future('11-01', '16:00'), placeName: 'Tampere-talo', address: 'Yliopistonkatu 55, Tampere', description: { fi: 'Uusi kuvaus', sv: '', en: '' } }));
    expect(bodyOf(quiet, ZAdminEvent).sequence).toBe(1);

    const cancelled = bodyOf(await hr.post(apiPaths.adminEventCancel(e.id)), ZAdminEvent);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2 });
    const cancel = await calendarOf(await t.mail.waitFor(mailTo(going.email, /Cancelled: Autumn seminar/)));
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: invitation.uid, sequence: 2, status: 'CANCELLED' });
    await t.mail.waitFor(mailTo(maybe.email, /Peruttu: Syysseminaari/));
    await settled(t, `event:${e.id}:%`);
    const toDeclined = t.mail.list().filter((m) => m.to.includes(declined.email));
    expect(toDeclined.map((m) => m.subject)).toEqual([expect.stringMatching(/^Invitation/)]);

    // A cancelled event takes no answers and no changes.
    const token = answerLinks(await t.mail.waitFor(mailTo(declined.email, /Invitation/))).going;
    const late = await new Agent(t.app).post(apiPaths.rsvpAnswer, { token, status: 'going' });
    expect(late.statusCode).toBe(422);
    expect(errorOf(late).message).toBe('The event is cancelled');
    expect((await hr.patch(apiPaths.adminEvent(e.id), eventBody())).statusCode).toBe(422);
  });
});

describe('the portal', () => {
  it('lists only what is for the member, and refuses answers the event does not take', async () => {
    const { agent, user } = await signInAs(t, { role: 'member' });
    await t.db.insert(consents).values({ memberId: user.id, channel: 'event_invites', granted: true, source: 'profile' });
    const open = await createEvent(hr, { title: { fi: 'Avoin', sv: '', en: '' }, maxGuests: 1 });
    const draft = await createEvent(hr, { title: { fi: 'Luonnos', sv: '', en: '' } }, false);
    const segment = bodyOf(await hr.post(apiPaths.adminSegments, { name: 'Nobody', filters: { cities: [`Nowhere${Date.now()}`] } }), ZSegment);
    const closed = await createEvent(hr, { title: { fi: 'Muille', sv: '', en: '' }, segmentId: segment.id });
    const deadline = await createEvent(hr, { title: { fi: 'Myöhässä', sv: '', en: '' } });
    // The deadline passed: written straight to the row, as no API takes a deadline in the past.
    await t.db.update(eventsTable).set({ rsvpDeadline: new Date(Date.now() - 60_000) }).where(eq(eventsTable.id, deadline.id));

    const list = bodyOf(await agent.get(`${apiPaths.events}?limit=100`), ZPortalEventPage);
    const ids = list.items.map((i) => i.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(closed.id);
    for (const hidden of [draft.id, closed.id]) {
      expect((await agent.get(apiPaths.event(hidden))).statusCode).toBe(404);
      expect((await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(hidden), payload: { status: 'going' } })).statusCode).toBe(404);
    }
    const tooMany = await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(open.id), payload: { status: 'going', guests: 2 } });
    expect(tooMany.statusCode).toBe(422);
    expect(errorOf(tooMany).details?.[0]?.path).toBe('guests');
    const late = await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(deadline.id), payload: { status: 'going' } });
    expect(late.statusCode).toBe(422);
    expect(errorOf(late).message).toBe('The deadline for answers has passed');
    const ok = await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(open.id), payload: { status: 'going', guests: 1 } });
    expect(bodyOf(ok, ZPortalEvent)).toMatchObject({ going: 1, myRsvp: { status: 'going', guests: 1 } });
    const mine = bodyOf(await agent.get(`${apiPaths.events}?scope=mine`), ZPortalEventPage);
    expect(mine.items.map((i) => i.id)).toEqual([open.id]);
    expect(await t.db.select().from(eventRsvps).where(eq(eventRsvps.memberId, user.id))).toHaveLength(1);
  });

  it('is closed to members not yet verified', async () => {
    const { agent } = await signInAs(t, { role: 'member', verification: 'pending' });
    expect((await agent.get(apiPaths.events)).statusCode).toBe(403);
  });

  it('gives an .ics per event and a personal feed that a reset retires', async () => {
    const { agent, user } = await signInAs(t, { role: 'member' });
    const e = await createEvent(hr, { title: { fi: 'Kalenteri-ilta', sv: '', en: 'Calendar night' } });
    await agent.request({ method: 'PUT', url: apiPaths.eventRsvp(e.id), payload: { status: 'going' } });
    const file = await agent.get(apiPaths.eventCalendar(e.id));
    expect(file.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parseCalendar(file.body)).toMatchObject({ method: 'PUBLISH', uid: `event-${e.id}@localhost`, summary: 'Calendar night' });

    const feed = (await agent.get(apiPaths.calendarFeed)).json<{ url: string }>().url;
    expect((await agent.get(apiPaths.calendarFeed)).json<{ url: string }>().url).toBe(feed);
    const path = new URL(feed).pathname;
    const anonymous = new Agent(t.app);
    const got = await anonymous.get(path);
    expect(got.statusCode).toBe(200);
    expect(got.body).toContain(`UID:event-${e.id}@localhost`);
    const fresh = (await agent.post(apiPaths.calendarFeedReset)).json<{ url: string }>().url;
    expect(fresh).not.toBe(feed);
    expect((await anonymous.get(path)).statusCode).toBe(404);
    expect((await anonymous.get(new URL(fresh).pathname)).statusCode).toBe(200);
    expect(user.id).toBeTruthy();
    const [m] = await t.db.select().from(members).where(eq(members.userId, user.id));
    expect(m?.verificationStatus).toBe('verified');
  });
});
