import { and, eq, sql } from 'drizzle-orm';
import { offeredLanguage, pickText, webPaths, type Language } from '@alumni/shared';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { eventRsvps, events } from '../../db/schema.js';
import type { OutgoingMail } from '../../mail/mailer.js';
import { renderMail } from '../../mail/templates.js';
import type { EventMailKind } from '../../mail/templates/events.js';
import type { DeliveryRenderer, DeliveryRow, Recipient, Renderers } from '../deliveries/service.js';
import { consentInForce } from '../segments/audience.js';
import { mailBrandingFor } from '../settings/service.js';
import { changeKinds, describeChanges, formatMoment, formatWhen, type ChangeKind } from './format.js';
import { buildCalendar, locationOf } from './ics.js';
import { calendarEventOf, eventPageUrl, hostOf, organizerOf } from './portal.js';
import type { RsvpRow } from './rsvp.js';
import type { EventRow } from './service.js';
import { signRsvpToken } from './tokens.js';

interface MailDeps {
  db: Db;
  config: Pick<Config, 'appUrl' | 'orgName' | 'mailFrom' | 'jwtSecret'>;
}

/** An invitation's answer links work until the event ends. */
export function answerLinks(config: MailDeps['config'], event: Pick<EventRow, 'id' | 'endsAt'>, memberId: string) {
  const token = signRsvpToken(config.jwtSecret, { eventId: event.id, memberId }, event.endsAt);
  const link = (answer: string) => `${config.appUrl}${webPaths.rsvp}?token=${token}&answer=${answer}`;
  return { going: link('going'), maybe: link('maybe'), declined: link('declined') };
}

function eventFacts(event: EventRow, language: Language) {
  return {
    title: pickText(event.title, language),
    when: formatWhen(event.startsAt, event.endsAt, event.timeZone, language),
    where: locationOf(event),
    description: pickText(event.description, language),
    deadline: event.rsvpDeadline ? formatMoment(event.rsvpDeadline, event.timeZone, language) : null,
  };
}

type Method = 'REQUEST' | 'CANCEL';

async function mailFor(
  deps: MailDeps,
  kind: EventMailKind,
  event: EventRow,
  to: Recipient,
  extra: { answers?: ReturnType<typeof answerLinks>; changes?: ChangeKind[]; calendar?: { method: Method; answer: RsvpRow['status'] | null } },
): Promise<OutgoingMail> {
  const { config } = deps;
  const branding = await mailBrandingFor(deps.db, config);
  // The facts are written in the language the mail is in: the member's own, or the default one when it is not offered.
  const language = offeredLanguage(branding.brand, to.language);
  const rendered = renderMail(kind, language, {
    ...branding,
    firstName: to.firstName,
    link: eventPageUrl(config.appUrl, event.id),
    event: eventFacts(event, language),
    ...(extra.answers ? { answers: extra.answers } : {}),
    ...(extra.changes ? { changes: describeChanges(extra.changes, language) } : {}),
  });
  const name = [to.firstName, to.lastName].filter(Boolean).join(' ') || null;
  return {
    to: to.email,
    ...rendered,
    ...(extra.calendar
      ? {
          calendar: {
            method: extra.calendar.method,
            filename: extra.calendar.method === 'CANCEL' ? 'cancellation.ics' : 'invitation.ics',
            content: buildCalendar([calendarEventOf(event, config.appUrl)], hostOf(config.appUrl), {
              method: extra.calendar.method,
              language,
              organizer: organizerOf(config),
              attendee: { email: to.email, name, answer: extra.calendar.answer },
            }),
          },
        }
      : {}),
  };
}

async function load(db: Db, d: DeliveryRow): Promise<{ event: EventRow; rsvp: RsvpRow | undefined } | null> {
  const eventId = typeof d.data.eventId === 'string' ? d.data.eventId : null;
  if (!eventId) return null;
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) return null;
  const [rsvp] = await db.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, d.memberId)));
  return { event, rsvp };
}

const over = (event: EventRow) => event.endsAt.getTime() <= Date.now();

/** Each event mail, rebuilt from the rows when it is sent; null when it no longer applies. */
export function eventRenderers(deps: MailDeps): Renderers {
  const invitation: DeliveryRenderer = async (d, to) => {
    const found = await load(deps.db, d);
    if (!found || found.event.status !== 'published' || over(found.event)) return null;
    // The consent is read again at sending time: a withdrawal since the button was pressed counts.
    const consent = await deps.db.execute<{ ok: boolean }>(sql`select ${consentInForce('event_invites')} as ok from members m where m.user_id = ${d.memberId}`);
    if (!consent.rows[0]?.ok) return null;
    return mailFor(deps, 'event_invitation', found.event, to, {
      answers: answerLinks(deps.config, found.event, d.memberId),
      calendar: { method: 'REQUEST', answer: found.rsvp?.status ?? null },
    });
  };

  const updated: DeliveryRenderer = async (d, to) => {
    const found = await load(deps.db, d);
    if (!found || found.event.status !== 'published' || !found.rsvp || !['going', 'maybe'].includes(found.rsvp.status)) return null;
    const kinds = String(d.data.changes ?? '')
      .split(',')
      .filter((k): k is ChangeKind => (changeKinds as readonly string[]).includes(k));
    return mailFor(deps, 'event_updated', found.event, to, {
      changes: kinds,
      calendar: { method: 'REQUEST', answer: found.rsvp.status },
    });
  };

  const cancelled: DeliveryRenderer = async (d, to) => {
    const found = await load(deps.db, d);
    if (!found || found.event.status !== 'cancelled') return null;
    return mailFor(deps, 'event_cancelled', found.event, to, { calendar: { method: 'CANCEL', answer: found.rsvp?.status ?? null } });
  };

  const reminder: DeliveryRenderer = async (d, to) => {
    const found = await load(deps.db, d);
    if (!found || found.event.status !== 'published' || found.rsvp?.status !== 'going' || found.event.startsAt.getTime() <= Date.now()) return null;
    return mailFor(deps, 'event_reminder', found.event, to, {});
  };

  const promoted: DeliveryRenderer = async (d, to) => {
    const found = await load(deps.db, d);
    if (!found || found.event.status !== 'published' || found.rsvp?.status !== 'going' || over(found.event)) return null;
    return mailFor(deps, 'event_promoted', found.event, to, { calendar: { method: 'REQUEST', answer: 'going' } });
  };

  return { event_invitation: invitation, event_updated: updated, event_cancelled: cancelled, event_reminder: reminder, event_promoted: promoted };
}
