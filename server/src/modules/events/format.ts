import type { Language } from '@alumni/shared';

const locales: Readonly<Record<Language, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The zone's name is added when it is not Finland's, so a member abroad knows whose clock it is. */
const zoneNote = (zone: string) => (zone === 'Europe/Helsinki' ? '' : ` (${zone.replace(/_/g, ' ')})`);

/**
 * When an event is, in the reader's language and the event's own zone: "ke 14.4.2027 klo 17.30–20.00";
 * an event over several days names both days.
 */
export function formatWhen(start: Date, end: Date, zone: string, language: Language): string {
  const locale = locales[language];
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const sameDay = day.format(start) === day.format(end);
  const at = language === 'fi' ? ' klo ' : language === 'sv' ? ' kl. ' : ' ';
  const range = sameDay
    ? `${day.format(start)}${at}${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}${at}${time.format(start)} – ${day.format(end)}${at}${time.format(end)}`;
  return `${range}${zoneNote(zone)}`;
}

/** A single moment, such as the answer deadline. */
export function formatMoment(at: Date, zone: string, language: Language): string {
  const f = new Intl.DateTimeFormat(locales[language], { timeZone: zone, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${f.format(at)}${zoneNote(zone)}`;
}

/** The parts of an event whose change is mailed to those coming. */
export const changeKinds = ['time', 'place', 'online', 'title', 'description', 'capacity'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const changeTexts: Readonly<Record<Language, Record<ChangeKind, string>>> = {
  fi: { time: 'Aika on muuttunut.', place: 'Paikka on muuttunut.', online: 'Verkkolinkki on muuttunut.', title: 'Nimi on muuttunut.', description: 'Kuvausta on päivitetty.', capacity: 'Paikkamäärä on muuttunut.' },
  sv: { time: 'Tiden har ändrats.', place: 'Platsen har ändrats.', online: 'Länken har ändrats.', title: 'Namnet har ändrats.', description: 'Beskrivningen har uppdaterats.', capacity: 'Antalet platser har ändrats.' },
  en: { time: 'The time has changed.', place: 'The place has changed.', online: 'The online link has changed.', title: 'The name has changed.', description: 'The description was updated.', capacity: 'The number of seats has changed.' },
};

export const describeChanges = (kinds: readonly ChangeKind[], language: Language): string[] => kinds.map((k) => changeTexts[language][k]);
