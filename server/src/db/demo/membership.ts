import type { ClaimStatus, ImportProblem, Language, MemberType, VerificationStatus } from '@alumni/shared';
import { DAY_MS, dayOfIso, dayOfMoment, isoDay, minutesAfter, momentOn, type Calendar } from './calendar.js';
import { chance, intBetween, pick, type Rng } from './random.js';

/**
 * HR's side of the demo: the HR system's employment records, the claims members made, and the
 * invitations HR sent. The rules follow the membership module: a claim matches a record when the
 * record's address is the member's, or when the folded names are equal and the claimed months
 * overlap the record's dates (with the employee number equal when the claim gives one).
 */

/** Employments that ended before the current HR system came into use were never moved into it. */
export const HR_SYSTEM_SINCE = '1996-01-01';

/** Records written by the import carry no member type before this. */
const MEMBER_TYPES_RECORDED_SINCE = '2005-01-01';

export interface DemoRecord {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  /** Lower-cased; null where the old system never had one. */
  email: string | null;
  department: string;
  title: string;
  memberType: MemberType | null;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
}

export interface DemoClaim {
  memberType: MemberType;
  department: string;
  title: string;
  /** The first day of the month, as claims are stored. */
  startMonth: string;
  endMonth: string;
  employeeNumber: string | null;
  status: ClaimStatus;
  autoVerified: boolean;
  /** The start date of the claimant's own record the claim was matched to; with the employee number, the record's key. */
  matchedRecordStart: string | null;
  decisionNote: string | null;
  memberNote: string | null;
  /** Decided by HR rather than by a matching record. */
  decidedByHr: boolean;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface DemoInvitation {
  email: string;
  language: Language;
  sentAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** How HR's record differs from what the member says, so that the claim did not match on its own. */
export type Mismatch =
  /** HR misspelt the surname. */
  | 'typo'
  /** HR misspelt the first name. */
  | 'firstTypo'
  /** HR has a double-barrelled surname; the member uses one part. */
  | 'doubleSurname'
  /** HR has the surname the member had then. */
  | 'surname'
  /** The member gave a wrong employee number. */
  | 'employeeNumber'
  /** The member remembered the wrong years. */
  | 'dates'
  /** No record: the member came through a staffing agency. */
  | 'agency'
  /** No record at all. */
  | 'unknown';

export interface Route {
  status: Exclude<VerificationStatus, 'unverified'>;
  /** For verified members: the claim matched at once, HR approved it, or they joined from an invitation. */
  via: 'match' | 'hr' | 'invitation' | null;
  mismatch: Mismatch | null;
}

const pendingMismatches: readonly Mismatch[] = ['typo', 'dates', 'doubleSurname', 'employeeNumber', 'firstTypo', 'surname'];
const approvedMismatches: readonly Mismatch[] = ['typo', 'dates', 'employeeNumber', 'doubleSurname', 'firstTypo'];

/**
 * Fixed positions rather than chance give every screen its examples at any size (6 pending, 2 asked
 * for more, 1 rejected and 4 invited per 300), and keep the first members the same when more are made.
 * The residue classes never meet, so no position has two roles.
 */
export function routeFor(index: number, rnd: Rng): Route {
  if (index % 300 === 123) return { status: 'rejected', via: null, mismatch: 'unknown' };
  if (index % 150 === 41) return { status: 'info_requested', via: null, mismatch: Math.floor(index / 150) % 2 === 0 ? 'agency' : 'surname' };
  if (index % 50 === 7) return { status: 'pending', via: null, mismatch: pendingMismatches[Math.floor(index / 50) % pendingMismatches.length] ?? 'typo' };
  if (index % 75 === 19) return { status: 'verified', via: 'invitation', mismatch: null };
  return chance(rnd, 0.8) ? { status: 'verified', via: 'match', mismatch: null } : { status: 'verified', via: 'hr', mismatch: pick(approvedMismatches, rnd) };
}

export interface Period {
  department: string;
  title: string;
  startDate: string;
  endDate: string;
}

/** Whether HR's system holds the period: the last one always, older ones if they ended after the system came. */
export const isRecorded = (periods: readonly Period[], index: number): boolean =>
  index === periods.length - 1 || (periods[index]?.endDate ?? '') >= HR_SYSTEM_SINCE;

const lastDayOfMonth = (month: string): string => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
};
const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;
const yearsEarlier = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;

/** How many years back a remembered period must lie not to touch the real one, month by month. */
function yearsMisremembered(p: Period): number {
  let years = 1;
  while (lastDayOfMonth(yearsEarlier(monthOf(p.endDate), years)) >= p.startDate) years++;
  return years;
}

/**
 * The mismatch a member's history allows: remembering a long post years off is not believable, so
 * such members get a misspelt name instead.
 */
export function settleRoute(route: Route, periods: readonly Period[]): Route {
  if (route.mismatch !== 'dates') return route;
  const first = periods.find((_, i) => isRecorded(periods, i));
  return first && yearsMisremembered(first) <= 2 ? route : { ...route, mismatch: 'typo' };
}

/** A slip of the keyboard that folding does not undo: a doubled letter lost, or one doubled. */
export function misspell(name: string): string {
  const doubled = /([a-zåäö])\1/i.exec(name);
  if (doubled) return name.slice(0, doubled.index) + name.slice(doubled.index + 1);
  const afterVowel = /[aeiouyåäö]([bcdfghjklmnprstv])/i.exec(name);
  if (afterVowel?.[1]) {
    const at = afterVowel.index + 1;
    return name.slice(0, at) + afterVowel[1] + name.slice(at);
  }
  return `${name}n`;
}

/** The names HR's record carries, given how it differs from the member's own. */
export function namesOnRecord(
  mismatch: Mismatch | null,
  firstName: string,
  lastName: string,
  otherSurname: string,
): { firstName: string; lastName: string } {
  switch (mismatch) {
    case 'typo':
      return { firstName, lastName: misspell(lastName) };
    case 'firstTypo':
      return { firstName: misspell(firstName), lastName };
    case 'doubleSurname':
      return { firstName, lastName: `${lastName}-${otherSurname}` };
    case 'surname':
      return { firstName, lastName: otherSurname };
    default:
      return { firstName, lastName };
  }
}

/** Numbers grow with hiring, about 300 people a year since 1990; leavers keep theirs if they come back. */
export function allocateEmployeeNumber(firstStartDay: number, rnd: Rng, taken: Set<string>): string {
  const yearsIn = Math.max(0, (firstStartDay - dayOfIso('1990-01-01')) / 365.25);
  let n = 10_000 + Math.floor(yearsIn * 300) + intBetween(rnd, 0, 299);
  while (taken.has(`EH-${n}`)) n++;
  const number = `EH-${n}`;
  taken.add(number);
  return number;
}

/** The number a member half remembers: two digits swapped, or one off, never anyone's real one. */
function misrememberedNumber(own: string, taken: Set<string>): string {
  const digits = own.slice(3);
  const swapped = `${digits.slice(0, -2)}${digits.at(-1) ?? ''}${digits.at(-2) ?? ''}`;
  let n = Number(swapped === digits ? Number(digits) + 1 : swapped);
  while (taken.has(`EH-${n}`)) n++;
  const number = `EH-${n}`;
  taken.add(number);
  return number;
}

export function recordsFor(
  person: { employeeNumber: string; memberType: MemberType },
  names: { firstName: string; lastName: string },
  email: string | null,
  periods: readonly Period[],
  rnd: Rng,
): DemoRecord[] {
  return periods
    .filter((_, i) => isRecorded(periods, i))
    .map((p) => ({
      employeeNumber: person.employeeNumber,
      firstName: names.firstName,
      lastName: names.lastName,
      email,
      department: p.department,
      title: p.title,
      memberType: p.endDate < MEMBER_TYPES_RECORDED_SINCE && chance(rnd, 0.5) ? null : person.memberType,
      startDate: p.startDate,
      endDate: p.endDate,
    }));
}

type Texts = Readonly<Record<Language, string>>;

const questions: Readonly<Partial<Record<Mismatch, Texts>>> = {
  agency: {
    fi: 'Emme löytäneet henkilöstöjärjestelmästämme työsuhdetta näillä tiedoilla. Olitko meillä töissä henkilöstövuokrayrityksen kautta? Kerro yrityksen nimi ja yksikkö, jossa työskentelit.',
    sv: 'Vi hittade ingen anställning med de här uppgifterna i vårt personalsystem. Arbetade du hos oss via ett bemanningsföretag? Berätta vilket företag det var och i vilken enhet du arbetade.',
    en: 'We could not find an employment with these details in our HR system. Did you work with us through a staffing agency? Please tell us the agency and the unit you worked in.',
  },
  surname: {
    fi: 'Emme löytäneet nimelläsi työsuhdetta tältä ajalta. Oletko työskennellyt meillä toisella sukunimellä? Kerro se, niin tarkistamme tiedot.',
    sv: 'Vi hittade ingen anställning i ditt namn för den här tiden. Har du arbetat hos oss under ett annat efternamn? Berätta vilket, så kontrollerar vi uppgifterna.',
    en: 'We could not find an employment under your name for this period. Did you work with us under a different surname? Let us know and we will check.',
  },
};

const rejection: Texts = {
  fi: 'Henkilöstöjärjestelmästämme ei löytynyt työsuhdetta ilmoittamallesi ajalle, eikä yksikkö tunnistanut tietoja. Jos sinulla on työtodistus, voit hakea uudelleen ja mainita sen viestissäsi.',
  sv: 'Vi hittade ingen anställning för den tid du angav i vårt personalsystem, och enheten kände inte igen uppgifterna. Om du har ett arbetsintyg kan du ansöka på nytt och nämna det i ditt meddelande.',
  en: 'We found no employment for the period you gave in our HR system, and the unit did not recognise the details. If you have an employment certificate, you are welcome to apply again and mention it in your message.',
};

const previousSurnameNote = (language: Language, surname: string): string =>
  language === 'fi'
    ? `Sukunimeni oli työsuhteen aikana ${surname}.`
    : language === 'sv'
      ? `Mitt efternamn var ${surname} när jag arbetade hos er.`
      : `My surname was ${surname} when I worked there.`;

const unsureOfYearNote: Texts = {
  fi: 'En ole aivan varma vuodesta.',
  sv: 'Jag är inte helt säker på året.',
  en: 'I am not quite sure of the year.',
};

/** A day when HR gets to the queue: one to `days` working days after the claim came in. */
const hrDecisionAfter = (claimedAt: Date, days: number, rnd: Rng): Date => momentOn(dayOfMoment(claimedAt) + intBetween(rnd, 1, days), rnd);

/**
 * The member's claim: the latest period (for remembered-wrong dates the earliest one recorded, moved
 * years back), as the member filled in the form.
 */
export function claimFor(input: {
  route: Route;
  memberType: MemberType;
  employeeNumber: string;
  language: Language;
  periods: readonly Period[];
  /** The surname on HR's record when it is not the member's. */
  recordSurname: string;
  claimedAt: Date;
  rnd: Rng;
  takenNumbers: Set<string>;
}): DemoClaim | null {
  const { route, rnd } = input;
  if (route.via === 'invitation') return null;
  const dates = route.mismatch === 'dates';
  const claimed = dates ? input.periods.find((_, i) => isRecorded(input.periods, i)) : input.periods.at(-1);
  if (!claimed) throw new Error('A claim needs an employment period');
  const back = dates ? yearsMisremembered(claimed) : 0;
  const employeeNumber =
    route.mismatch === 'employeeNumber'
      ? misrememberedNumber(input.employeeNumber, input.takenNumbers)
      : route.mismatch === 'surname' && route.status === 'pending'
        ? input.employeeNumber
        : route.mismatch === 'surname' || route.mismatch === 'dates'
          ? null
          : chance(rnd, route.via === 'match' ? 0.3 : 0.25)
            ? input.employeeNumber
            : null;
  const decidedAt =
    route.via === 'match'
      ? input.claimedAt
      : route.via === 'hr'
        ? hrDecisionAfter(input.claimedAt, 4, rnd)
        : route.status === 'info_requested'
          ? hrDecisionAfter(input.claimedAt, 3, rnd)
          : route.status === 'rejected'
            ? hrDecisionAfter(input.claimedAt, 5, rnd)
            : null;
  const memberNote =
    route.status === 'pending' && route.mismatch === 'surname'
      ? previousSurnameNote(input.language, input.recordSurname)
      : dates && chance(rnd, 0.5)
        ? unsureOfYearNote[input.language]
        : null;
  const question = route.status === 'info_requested' && route.mismatch ? questions[route.mismatch] : undefined;
  return {
    memberType: input.memberType,
    department: claimed.department,
    title: claimed.title,
    startMonth: yearsEarlier(monthOf(claimed.startDate), back),
    endMonth: yearsEarlier(monthOf(claimed.endDate), back),
    employeeNumber,
    status: route.status,
    autoVerified: route.via === 'match',
    matchedRecordStart: route.status === 'verified' ? claimed.startDate : null,
    decisionNote: question ? question[input.language] : route.status === 'rejected' ? rejection[input.language] : null,
    memberNote,
    decidedByHr: route.via === 'hr' || route.status === 'info_requested' || route.status === 'rejected',
    createdAt: input.claimedAt,
    decidedAt,
  };
}

/* ---- the rule, over the whole data set ---- */

/** As `alumni_fold` compares names: lower case, accents off. */
export const foldName = (first: string, last: string): string =>
  `${first.trim()} ${last.trim()}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

export interface Claimant {
  email: string;
  firstName: string;
  lastName: string;
  employeeNumber: string;
  claim: DemoClaim | null;
}

export class RecordIndex {
  private readonly byEmail = new Map<string, DemoRecord[]>();
  private readonly byName = new Map<string, DemoRecord[]>();

  constructor(records: Iterable<DemoRecord>) {
    for (const r of records) {
      if (r.email) this.byEmail.set(r.email, [...(this.byEmail.get(r.email) ?? []), r]);
      const name = foldName(r.firstName, r.lastName);
      this.byName.set(name, [...(this.byName.get(name) ?? []), r]);
    }
  }

  /** The records the rule matches to a claim; when any match by address, only those count. */
  matches(c: Claimant, claim: DemoClaim): DemoRecord[] {
    const byEmail = this.byEmail.get(c.email.toLowerCase()) ?? [];
    if (byEmail.length > 0) return byEmail;
    const to = lastDayOfMonth(claim.endMonth);
    return (this.byName.get(foldName(c.firstName, c.lastName)) ?? []).filter(
      (r) => r.startDate <= to && r.endDate >= claim.startMonth && (claim.employeeNumber === null || claim.employeeNumber === r.employeeNumber),
    );
  }
}

/**
 * Namesakes who worked at the same time would make a claim match someone else's record (or stop an
 * automatic match as ambiguous). Such members wrote their employee number on the claim, as the form
 * asks when a name is common; that settles it.
 */
export function settleClaims(claimants: readonly Claimant[], index: RecordIndex): void {
  const fits = (c: Claimant, claim: DemoClaim): boolean => {
    const found = index.matches(c, claim);
    return claim.autoVerified ? found.length > 0 && found.every((r) => r.employeeNumber === c.employeeNumber) : found.length === 0;
  };
  for (const c of claimants) {
    const claim = c.claim;
    if (!claim || fits(c, claim)) continue;
    if (claim.employeeNumber === null) claim.employeeNumber = c.employeeNumber;
    if (!fits(c, claim)) throw new Error(`The demo claim of ${c.email} cannot be settled`);
  }
}

/* ---- invitations and the import ---- */

/** How long an invitation link stays valid. */
export const INVITATION_VALID_DAYS = 30;

export function invitationOn(day: number, email: string, language: Language, rnd: Rng): DemoInvitation {
  const sentAt = momentOn(day, rnd);
  return { email, language, sentAt, expiresAt: new Date(sentAt.getTime() + INVITATION_VALID_DAYS * DAY_MS), acceptedAt: null };
}

export interface DemoRecordImport {
  fileName: string;
  createdAt: Date;
  startedAt: Date;
  finishedAt: Date;
}

export function recordImportFor(cal: Calendar, rnd: Rng): DemoRecordImport {
  const createdAt = momentOn(cal.importDay, rnd);
  // HR looks the preview over for a minute or two before writing it.
  const startedAt = new Date(createdAt.getTime() + intBetween(rnd, 45, 150) * 1000);
  return {
    fileName: `henkilostorekisteri_${isoDay(cal.importDay - 1)}.csv`,
    createdAt,
    startedAt,
    finishedAt: new Date(startedAt.getTime() + intBetween(rnd, 1500, 4000)),
  };
}

/** Rows an export of a few hundred people typically has wrong, as the import reports them. */
const problemTemplates: readonly Omit<ImportProblem, 'line'>[] = [
  { field: 'start_date', message: '"31.6.2009" is not a date: use YYYY-MM-DD or D.M.YYYY' },
  { field: 'email', message: 'Not a valid email address' },
  { field: 'end_date', message: 'The end is before the start' },
  { field: 'employee_number', message: 'Required' },
];

/** The problems of an import of `validRows` good rows, spread through the file (the header is line 1). */
export function importProblems(validRows: number): ImportProblem[] {
  const total = validRows + problemTemplates.length;
  return problemTemplates.map((p, i) => ({ line: 1 + Math.max(1, Math.floor(((i + 1) * total) / (problemTemplates.length + 1))), ...p }));
}

export const claimedAtAfter = (joinedAt: Date, rnd: Rng): Date => minutesAfter(joinedAt, intBetween(rnd, 6, 40));
