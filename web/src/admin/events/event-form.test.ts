import { describe, expect, it } from 'vitest';
import { ZEventBody, type AdminEvent } from '@alumni/shared';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import {
  capacityBelowTaken,
  eventBody,
  eventFormValues,
  newEventValues,
  parseCount,
  reminderChoices,
  reminderLabel,
  sameValues,
  type EventFormValues,
} from './event-form';
import { timeZoneChoices } from './time-zones';

const t = createTranslator(en);

const testEvent: AdminEvent = {
  id: '0b9f4c1e-6a43-4d2b-9a57-3f2d8c1e5a01',
  kind: 'seminar',
  status: 'published',
  title: { fi: 'Syysseminaari', sv: '', en: 'Autumn seminar' },
  description: { fi: 'Tervetuloa!', sv: '', en: '' },
  start: '2026-10-14T18:00',
  end: '2026-10-14T21:00',
  timeZone: 'Europe/Helsinki',
  startsAt: '2026-10-14T18:00:00.000+03:00',
  endsAt: '2026-10-14T21:00:00.000+03:00',
  placeName: 'Pääkonttori',
  address: 'Keilaranta 1, Espoo',
  onlineUrl: '',
  capacity: 40,
  rsvpDeadline: '2026-10-10T23:59',
  rsvpDeadlineAt: '2026-10-10T23:59:00.000+03:00',
  maxGuests: 1,
  reminderHours: 24,
  segmentId: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  segmentName: 'Finance alumni',
  sequence: 2,
  publishedAt: '2026-09-01T09:00:00.000+03:00',
  cancelledAt: null,
  createdAt: '2026-08-30T09:00:00.000+03:00',
  updatedAt: '2026-09-01T09:00:00.000+03:00',
  counts: { invited: 120, going: 30, seatsTaken: 36, maybe: 8, declined: 12, waitlisted: 0, checkedIn: 0, walkIns: 0 },
};

const filled = (overrides: Partial<EventFormValues> = {}): EventFormValues => ({
  ...newEventValues(),
  title: { fi: 'Alumni-ilta', sv: '', en: '' },
  start: '2026-11-20T17:30',
  end: '2026-11-20T20:00',
  placeName: 'Ravintola Savoy',
  ...overrides,
});

describe('the event form', () => {
  it('starts a new event in Helsinki time, with a reminder a day before, no guests and no limit', () => {
    const body = eventBody(filled());
    expect(body).toMatchObject({ timeZone: 'Europe/Helsinki', reminderHours: 24, maxGuests: 0, capacity: null, rsvpDeadline: null, segmentId: null });
    expect(ZEventBody.safeParse(body).success).toBe(true);
  });

  it('sends an empty capacity as no limit, and a typed one as a number', () => {
    expect(eventBody(filled({ capacity: '' })).capacity).toBeNull();
    expect(eventBody(filled({ capacity: '  ' })).capacity).toBeNull();
    expect(eventBody(filled({ capacity: ' 40 ' })).capacity).toBe(40);
    expect(eventBody(filled({ capacity: '1 200' })).capacity).toBe(1200);
  });

  it('never saves a mistyped capacity as no limit: the schema refuses it on the field', () => {
    for (const typed of ['forty', '12.5', '-3', '0']) {
      const result = ZEventBody.safeParse(eventBody(filled({ capacity: typed })));
      expect(result.success, typed).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['capacity']);
    }
  });

  it('sends the audience, deadline, guests and reminder in the shapes the API takes', () => {
    const body = eventBody(filled({ segmentId: testEvent.segmentId ?? '', rsvpDeadline: '2026-11-18T12:00', maxGuests: '2', reminderHours: '0', onlineUrl: ' https://meet.example.com/x ' }));
    expect(body).toMatchObject({ segmentId: testEvent.segmentId, rsvpDeadline: '2026-11-18T12:00', maxGuests: 2, reminderHours: 0, onlineUrl: 'https://meet.example.com/x' });
    expect(ZEventBody.safeParse(body).success).toBe(true);
  });

  it('reads an event back into the fields and sends it again unchanged', () => {
    const values = eventFormValues(testEvent);
    expect(values).toMatchObject({ capacity: '40', rsvpDeadline: '2026-10-10T23:59', maxGuests: '1', reminderHours: '24', segmentId: testEvent.segmentId });
    expect(eventBody(values)).toEqual({
      kind: 'seminar',
      title: testEvent.title,
      description: testEvent.description,
      start: '2026-10-14T18:00',
      end: '2026-10-14T21:00',
      timeZone: 'Europe/Helsinki',
      placeName: 'Pääkonttori',
      address: 'Keilaranta 1, Espoo',
      onlineUrl: '',
      capacity: 40,
      rsvpDeadline: '2026-10-10T23:59',
      maxGuests: 1,
      reminderHours: 24,
      segmentId: testEvent.segmentId,
    });
    expect(eventFormValues({ ...testEvent, capacity: null, rsvpDeadline: null, segmentId: null })).toMatchObject({ capacity: '', rsvpDeadline: '', segmentId: '' });
  });

  it('tells an untouched form from a changed one', () => {
    const values = eventFormValues(testEvent);
    expect(sameValues(values, eventFormValues(testEvent))).toBe(true);
    expect(sameValues(values, { ...values, title: { ...values.title, sv: 'Höstseminarium' } })).toBe(false);
  });

  it('refuses a capacity below the seats already taken before asking the server', () => {
    expect(capacityBelowTaken(eventBody(filled({ capacity: '35' })), 36)).toBe(true);
    expect(capacityBelowTaken(eventBody(filled({ capacity: '36' })), 36)).toBe(false);
    expect(capacityBelowTaken(eventBody(filled({ capacity: '' })), 36)).toBe(false);
  });

  it('reads counts only when they are whole numbers', () => {
    expect(parseCount('5')).toBe(5);
    expect(parseCount('1\u00a0000')).toBe(1000);
    expect(parseCount('')).toBeNaN();
    expect(parseCount('5a')).toBeNaN();
  });

  it('names the reminder choices as people say them and keeps an unusual saved one', () => {
    expect(reminderChoices(24)).toEqual([0, 1, 2, 3, 6, 12, 24, 48, 72, 168]);
    expect(reminderChoices(36)).toEqual([0, 1, 2, 3, 6, 12, 24, 36, 48, 72, 168]);
    expect([0, 1, 6, 24, 48, 36, 168].map((hours) => reminderLabel(t, hours))).toEqual([
      'No reminder',
      '1 hour before',
      '6 hours before',
      '1 day before',
      '2 days before',
      '36 hours before',
      '1 week before',
    ]);
  });

  it('offers the common time zones, and keeps an event’s other zone as a choice', () => {
    const common = timeZoneChoices('Europe/Helsinki');
    expect(common[0]).toBe('Europe/Helsinki');
    expect(common).toEqual(expect.arrayContaining(['Europe/Stockholm', 'Europe/Tallinn', 'Europe/Berlin', 'Europe/London', 'UTC', 'America/New_York']));
    expect(timeZoneChoices('Asia/Kolkata')[0]).toBe('Asia/Kolkata');
    expect(timeZoneChoices('Not/A_Zone')).toEqual(common);
  });
});
