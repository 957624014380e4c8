import type { Language } from '@alumni/shared';
import type { MailVars, Template } from '../template-types.js';

/** The event's facts, one line each, after the mail's own opening. */
const facts = (v: MailVars, labels: { when: string; where: string; deadline: string }): string[] => {
  const e = v.event;
  if (!e) return [];
  return [
    `${labels.when}: ${e.when}`,
    ...(e.where ? [`${labels.where}: ${e.where}`] : []),
    ...(e.deadline ? [`${labels.deadline}: ${e.deadline}`] : []),
  ];
};

const labels = {
  fi: { when: 'Aika', where: 'Paikka', deadline: 'Vastaa viimeistään' },
  sv: { when: 'Tid', where: 'Plats', deadline: 'Svara senast' },
  en: { when: 'When', where: 'Where', deadline: 'Please answer by' },
} as const;

const title = (v: MailVars) => v.event?.title ?? '';
const description = (v: MailVars) => (v.event?.description ? [v.event.description] : []);
const changes = (v: MailVars) => (v.changes?.length ? [v.changes.map((c) => `• ${c}`).join('\n')] : []);
const answers = (v: MailVars, going: string, maybe: string, declined: string) =>
  v.answers
    ? [
        { label: going, link: v.answers.going },
        { label: maybe, link: v.answers.maybe },
        { label: declined, link: v.answers.declined },
      ]
    : [];

export const eventTemplates = {
  /** An invitation to the event's audience, with one-click answers and the calendar entry attached. */
  event_invitation: {
    fi: {
      subject: (v) => `Kutsu: ${title(v)} – ${v.orgName}`,
      lines: (v) => ['Tervetuloa mukaan!', `${title(v)}`, ...facts(v, labels.fi), ...description(v), 'Vastaa yhdellä napsautuksella:'],
      actions: (v) => answers(v, 'Tulen', 'Ehkä', 'En pääse'),
      button: 'Katso tapahtuma',
      footer: 'Kalenterikutsu on liitteenä. Voit muuttaa vastaustasi myöhemmin samoista painikkeista tai portaalissa. Jos et halua tapahtumakutsuja, voit perua suostumuksesi profiilissasi.',
    },
    sv: {
      subject: (v) => `Inbjudan: ${title(v)} – ${v.orgName}`,
      lines: (v) => ['Välkommen med!', `${title(v)}`, ...facts(v, labels.sv), ...description(v), 'Svara med ett klick:'],
      actions: (v) => answers(v, 'Jag kommer', 'Kanske', 'Jag kan inte'),
      button: 'Se evenemanget',
      footer: 'Kalenderinbjudan finns som bilaga. Du kan ändra ditt svar senare med samma knappar eller i portalen. Om du inte vill ha inbjudningar till evenemang kan du återta ditt samtycke i din profil.',
    },
    en: {
      subject: (v) => `Invitation: ${title(v)} – ${v.orgName}`,
      lines: (v) => ['You are warmly welcome!', `${title(v)}`, ...facts(v, labels.en), ...description(v), 'Answer with one click:'],
      actions: (v) => answers(v, 'I will come', 'Maybe', "I can't come"),
      button: 'See the event',
      footer: 'The calendar invitation is attached. You can change your answer later with the same buttons or in the portal. If you do not want event invitations, you can withdraw your consent in your profile.',
    },
  },
  /** What changed in an event the member said yes or maybe to. */
  event_updated: {
    fi: {
      subject: (v) => `Muutos tapahtumaan: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Tapahtumaan ${title(v)}, johon olet ilmoittautunut, on tullut muutoksia:`, ...changes(v), ...facts(v, labels.fi)],
      button: 'Katso tapahtuma',
      footer: 'Päivitetty kalenterimerkintä on liitteenä ja korvaa aiemman.',
    },
    sv: {
      subject: (v) => `Ändring i evenemanget: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Evenemanget ${title(v)}, som du har anmält dig till, har ändrats:`, ...changes(v), ...facts(v, labels.sv)],
      button: 'Se evenemanget',
      footer: 'Den uppdaterade kalenderposten finns som bilaga och ersätter den tidigare.',
    },
    en: {
      subject: (v) => `Change to the event: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`${title(v)}, which you said you would come to, has changed:`, ...changes(v), ...facts(v, labels.en)],
      button: 'See the event',
      footer: 'The updated calendar entry is attached and replaces the earlier one.',
    },
  },
  event_cancelled: {
    fi: {
      subject: (v) => `Peruttu: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Valitettavasti tapahtuma ${title(v)} on peruttu.`, ...facts(v, labels.fi)],
      footer: 'Liitteenä oleva kalenteriviesti poistaa tapahtuman kalenteristasi. Kiitos kiinnostuksestasi – toivottavasti nähdään seuraavassa tapahtumassa.',
    },
    sv: {
      subject: (v) => `Inställt: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Tyvärr har evenemanget ${title(v)} ställts in.`, ...facts(v, labels.sv)],
      footer: 'Kalendermeddelandet i bilagan tar bort evenemanget ur din kalender. Tack för ditt intresse – vi hoppas ses på nästa evenemang.',
    },
    en: {
      subject: (v) => `Cancelled: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`We are sorry: ${title(v)} has been cancelled.`, ...facts(v, labels.en)],
      footer: 'The attached calendar message removes the event from your calendar. Thank you for your interest; we hope to see you at the next event.',
    },
  },
  event_reminder: {
    fi: {
      subject: (v) => `Muistutus: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Muistutus: olet tulossa tapahtumaan ${title(v)}.`, ...facts(v, labels.fi)],
      button: 'Katso tapahtuma',
      footer: 'Jos et pääsekään, kerro siitä portaalissa, niin paikkasi vapautuu jonossa olevalle.',
    },
    sv: {
      subject: (v) => `Påminnelse: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`En påminnelse: du kommer till ${title(v)}.`, ...facts(v, labels.sv)],
      button: 'Se evenemanget',
      footer: 'Om du inte kan komma, meddela det i portalen så går din plats till någon på väntelistan.',
    },
    en: {
      subject: (v) => `Reminder: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`A reminder that you are coming to ${title(v)}.`, ...facts(v, labels.en)],
      button: 'See the event',
      footer: 'If you cannot come after all, say so in the portal and your seat goes to someone on the waitlist.',
    },
  },
  /** A seat freed up and went to the first on the waitlist. */
  event_promoted: {
    fi: {
      subject: (v) => `Sait paikan: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Hyviä uutisia: tapahtumasta ${title(v)} vapautui paikka, ja se on nyt sinun. Olit jonotuslistalla ensimmäisenä.`, ...facts(v, labels.fi)],
      button: 'Katso tapahtuma',
      footer: 'Jos et pääsekään, vapauta paikka portaalissa seuraavalle jonossa.',
    },
    sv: {
      subject: (v) => `Du fick en plats: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Goda nyheter: en plats blev ledig på ${title(v)}, och den är nu din. Du var först på väntelistan.`, ...facts(v, labels.sv)],
      button: 'Se evenemanget',
      footer: 'Om du inte kan komma, lämna platsen i portalen till nästa på väntelistan.',
    },
    en: {
      subject: (v) => `You have a seat: ${title(v)} – ${v.orgName}`,
      lines: (v) => [`Good news: a seat came free at ${title(v)} and it is yours. You were first on the waitlist.`, ...facts(v, labels.en)],
      button: 'See the event',
      footer: 'If you cannot come after all, give the seat to the next in line in the portal.',
    },
  },
} satisfies Record<string, Record<Language, Template>>;

export type EventMailKind = keyof typeof eventTemplates;
