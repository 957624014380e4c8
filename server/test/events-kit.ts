import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { sql } from 'drizzle-orm';
import { apiPaths, ZAdminEvent, type AdminEvent, type EventBody, type Language } from '@alumni/shared';
import { consents, suppressions } from '../src/db/schema.js';
import type { CaughtMail } from '../src/mail/catcher.js';
import { emailHash } from '../src/modules/privacy/registry.js';
import { bodyOf, createUser, type Agent, type TestApp, type UserOverrides } from './helpers.js';

/** A calendar attachment of a mail, read with a real iCalendar parser. */
export interface ParsedCalendar {
  method: string;
  uid: string;
  sequence: number;
  status: string | null;
  start: Date;
  end: Date;
  startZone: string | null;
  summary: string;
  attendee: string | null;
  partstat: string | null;
  raw: string;
}

export function parseCalendar(text: string): ParsedCalendar {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed)) throw new Error('not one calendar');
  const root = new ICAL.Component(parsed);
  // Register the file's own VTIMEZONE, as a calendar app does, so local times convert by its rules.
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error(`no VEVENT in:\n${text}`);
  const event = new ICAL.Event(vevent);
  const attendee = vevent.getFirstProperty('attendee');
  const dtstart = vevent.getFirstProperty('dtstart');
  const partstat = attendee?.getParameter('partstat');
  const tzid = dtstart?.getParameter('tzid');
  return {
    method: String(root.getFirstPropertyValue('method') ?? ''),
    uid: event.uid,
    sequence: event.sequence,
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    startZone: typeof tzid === 'string' ? tzid : null,
    summary: event.summary,
    attendee: attendee ? String(attendee.getFirstValue()).toLowerCase() : null,
    partstat: typeof partstat === 'string' ? partstat : null,
    raw: text,
  };
}

/** The .ics file attached to a caught mail. */
export async function calendarOf(mail: CaughtMail): Promise<ParsedCalendar> {
  const parsed = await simpleParser(mail.raw);
  const ics = parsed.attachments.find((a) => a.filename?.endsWith('.ics') || a.contentType === 'text/calendar' || a.contentType === 'application/ics');
  if (!ics) throw new Error(`no calendar attached to "${mail.subject}"`);
  return parseCalendar(ics.content.toString('utf8'));
}

/** The answer links of an invitation mail, by answer. */
export function answerLinks(mail: CaughtMail): Record<'going' | 'maybe' | 'declined', string> {
  const find = (answer: string) => {
    const m = new RegExp(`/rsvp\\?token=([A-Za-z0-9_-]+)&answer=${answer}`).exec(mail.text);
    if (!m?.[1]) throw new Error(`no ${answer} link in:\n${mail.text}`);
    return m[1];
  };
  return { going: find('going'), maybe: find('maybe'), declined: find('declined') };
}

/** A verified member; with `consent`, the event_invites consent granted. */
export async function createAlumnus(t: TestApp, o: UserOverrides & { consent?: boolean; language?: Language } = {}) {
  const user = await createUser(t.db, o);
  if (o.consent !== false) await t.db.insert(consents).values({ memberId: user.id, channel: 'event_invites', granted: true, source: 'profile' });
  return user;
}

export async function suppress(t: TestApp, email: string): Promise<void> {
  await t.db.insert(suppressions).values({ emailHash: emailHash(email), email, reason: 'unsubscribed' });
}

/** A year-ahead wall time in Helsinki, so every test's event is in the future. */
export const future = (monthDay: string, time: string) => `${new Date().getFullYear() + 1}-${monthDay}T${time}`;

export const eventBody = (o: Partial<EventBody> = {}): EventBody => ({
  kind: 'alumni_evening',
  title: { fi: 'Alumni-ilta', sv: 'Alumnikväll', en: 'Alumni evening' },
  description: { fi: 'Tervetuloa **iltaan**.', sv: 'Välkommen.', en: 'Welcome to the **evening**.' },
  start: future('05-20', '17:30'),
  end: future('05-20', '20:00'),
  timeZone: 'Europe/Helsinki',
  placeName: 'Pääkonttori, auditorio',
  address: 'Mannerheimintie 1, 00100 Helsinki',
  ...o,
});

export async function createEvent(hr: Agent, o: Partial<EventBody> = {}, publish = true): Promise<AdminEvent> {
  const res = await hr.post(apiPaths.adminEvents, eventBody(o));
  if (res.statusCode !== 201) throw new Error(`event not created: ${res.statusCode} ${res.body}`);
  const created = bodyOf(res, ZAdminEvent);
  if (!publish) return created;
  const published = await hr.post(apiPaths.adminEventPublish(created.id));
  if (published.statusCode !== 200) throw new Error(`event not published: ${published.body}`);
  return bodyOf(published, ZAdminEvent);
}

/** Rows of the delivery ledger for a message, by member. */
export async function ledger(t: TestApp, messageKeyLike: string) {
  const res = await t.db.execute<{ member_id: string; status: string; attempts: number; message_key: string }>(
    sql`select member_id, status::text, attempts, message_key from deliveries where message_key like ${messageKeyLike} order by id`,
  );
  return res.rows;
}

/** Waits until no delivery of the message is queued or being sent. */
export async function settled(t: TestApp, messageKeyLike: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await ledger(t, messageKeyLike);
    if (rows.length && rows.every((r) => r.status !== 'queued' && r.status !== 'sending')) return;
    if (Date.now() > deadline) throw new Error(`deliveries not settled: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
