import { seedDemoEvents } from './demo/events.js';
import { seedDemoNewsletters } from './demo/newsletters.js';
import { seedDemoJobs } from './demo/jobs.js';
import { seedDemoInsight } from './demo/insight.js';
import { createHash, randomUUID } from 'node:crypto';
import type {
  ConsentChannel,
  DirectoryVisibility,
  Language,
  MemberType,
  ReturnMode,
  Role,
  VerificationStatus,
} from '@alumni/shared';
import { consentChannels, returnModes as returnModeOrder } from '@alumni/shared';
import type { Db } from './client.js';
import {
  consents,
  employmentPeriods,
  employmentRecords,
  members,
  membershipClaims,
  recordImports,
  recordInvitations,
  suppressions,
  users,
} from './schema.js';
import { COMPANY_MAIL_DOMAIN, emailFor, linkedinUrlFor, personalDomains, workEmailFor, type Domain } from './demo/addresses.js';
import {
  DAY_MS,
  EARLIEST_START_YEAR,
  calendarFor,
  dayOf,
  dayOfIso,
  isoDay,
  minutesAfter,
  momentOn,
  yearOf,
  type Calendar,
} from './demo/calendar.js';
import {
  RecordIndex,
  allocateEmployeeNumber,
  claimFor,
  claimedAtAfter,
  importProblems,
  invitationOn,
  namesOnRecord,
  recordImportFor,
  recordsFor,
  routeFor,
  settleClaims,
  settleRoute,
  type DemoClaim,
  type DemoInvitation,
  type DemoRecord,
  type DemoRecordImport,
  type Route,
} from './demo/membership.js';
import { chance, intBetween, mulberry32, pick, pickWeighted, sample, type Rng, type Weighted } from './demo/random.js';

export { pick } from './demo/random.js';
export type { DemoClaim, DemoInvitation, DemoRecord, DemoRecordImport } from './demo/membership.js';

/**
 * Demo data for a fictional Finnish social and health care group: staff accounts to log in with,
 * a few hundred alumni with careers, profiles, consent histories and membership claims, and the
 * HR system's employment records of them and of former employees who have not joined yet.
 */

export const DEFAULT_DEMO_MEMBERS = 300;
export const DEFAULT_DEMO_FORMER_EMPLOYEES = 150;
export const DEFAULT_DEMO_SEED = 42;

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  firstName: string;
  lastName: string;
  language: Language;
}

// The .example TLD is reserved, so demo logins can never reach a real mailbox.
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: 'admin@demo.alumni.example',
    password: 'demo-admin-2026',
    role: 'admin',
    firstName: 'Antti',
    lastName: 'Lehtinen',
    language: 'fi',
  },
  {
    email: 'hr@demo.alumni.example',
    password: 'demo-hr-2026',
    role: 'hr',
    firstName: 'Kaisa',
    lastName: 'Nieminen',
    language: 'fi',
  },
  {
    email: 'recruiter@demo.alumni.example',
    password: 'demo-recruiter-2026',
    role: 'recruiter',
    firstName: 'Linnea',
    lastName: 'Holmström',
    language: 'sv',
  },
  {
    email: 'member@demo.alumni.example',
    password: 'demo-member-2026',
    role: 'member',
    firstName: 'Mikko',
    lastName: 'Korhonen',
    language: 'fi',
  },
];

export interface DemoEmployment {
  department: string;
  title: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD; alumni have always left, so never open-ended. */
  endDate: string;
  verified: boolean;
}

export interface DemoConsent {
  channel: ConsentChannel;
  granted: boolean;
  /** Joining from an invitation records the first choices as 'invitation'. */
  source: 'signup' | 'invitation' | 'preferences';
  createdAt: Date;
}

export interface DemoMember {
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
  memberType: MemberType;
  headline: string | null;
  currentEmployer: string | null;
  currentTitle: string | null;
  city: string | null;
  country: string | null;
  bio: string | null;
  skills: string[];
  openToReturn: boolean;
  returnModes: ReturnMode[];
  mentor: boolean;
  speaker: boolean;
  linkedinUrl: string | null;
  directoryVisibility: DirectoryVisibility;
  verificationStatus: VerificationStatus;
  verifiedAt: Date | null;
  joinedAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
  /**
   * The profile's periods. Verified members have HR's records copied in (verified, linked by start
   * date); a period older than the HR system stays the member's own word. Members still waiting have
   * none: their claim is what they said.
   */
  employment: DemoEmployment[];
  /** Oldest first; the last row per channel is the consent in force. */
  consents: DemoConsent[];
  employeeNumber: string;
  /** HR's records of the person, as HR has them: a name or dates may differ from what the member says. */
  records: DemoRecord[];
  /** The claim in force; null for those who joined from an invitation. */
  claim: DemoClaim | null;
  invitation: DemoInvitation | null;
  /** When the address went on the suppression list by an unsubscribe, if it did. */
  unsubscribedAt: Date | null;
}

/** Someone in HR's records who has not joined (yet). */
export interface DemoFormerEmployee {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  language: Language;
  memberType: MemberType;
  records: DemoRecord[];
  invitation: DemoInvitation | null;
  unsubscribedAt: Date | null;
}

export interface DemoData {
  demoMember: DemoMember;
  members: DemoMember[];
  formerEmployees: DemoFormerEmployee[];
  recordImport: DemoRecordImport;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Finnish, Swedish and English forms; the member's language decides which one they would write. */
type Localized = readonly [fi: string, sv: string, en: string];

const inLanguage = (text: Localized, language: Language): string =>
  text[language === 'fi' ? 0 : language === 'sv' ? 1 : 2];

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function joinList(items: readonly string[], language: Language): string {
  const and = language === 'fi' ? 'ja' : language === 'sv' ? 'och' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

const skill = {
  medication: ['lääkehoito', 'läkemedelsbehandling', 'medication management'],
  woundCare: ['haavanhoito', 'sårvård', 'wound care'],
  asepsis: ['aseptiikka', 'aseptik', 'aseptic technique'],
  patientSafety: ['potilasturvallisuus', 'patientsäkerhet', 'patient safety'],
  acuteCare: ['akuuttihoito', 'akutvård', 'acute care'],
  documentation: ['kirjaaminen', 'dokumentation', 'clinical documentation'],
  rai: ['RAI-arviointi', 'RAI-bedömning', 'RAI assessment'],
  endOfLife: ['saattohoito', 'vård i livets slutskede', 'end-of-life care'],
  dementia: ['muistisairaiden hoito', 'vård av personer med minnessjukdom', 'dementia care'],
  rehabilitative: ['kuntouttava työote', 'rehabiliterande arbetssätt', 'rehabilitative approach'],
  onboarding: ['perehdyttäminen', 'introduktion av nya medarbetare', 'onboarding'],
  homeCare: ['kotihoito', 'hemvård', 'home care'],
  elderlyCare: ['ikäihmisten palvelut', 'äldreomsorg', 'elderly care'],
  emergency: ['päivystys', 'jourverksamhet', 'emergency care'],
  triage: ['hoidon tarpeen arviointi', 'vårdbehovsbedömning', 'triage'],
  psychiatric: ['psykiatrinen hoitotyö', 'psykiatrisk vård', 'psychiatric nursing'],
  substance: ['päihdetyö', 'missbrukarvård', 'substance abuse work'],
  leadership: ['lähijohtaminen', 'närledarskap', 'frontline leadership'],
  shiftPlanning: ['työvuorosuunnittelu', 'arbetsturplanering', 'shift planning'],
  internalMedicine: ['sisätaudit', 'internmedicin', 'internal medicine'],
  generalPractice: ['yleislääketiede', 'allmänmedicin', 'general practice'],
  geriatrics: ['geriatria', 'geriatrik', 'geriatrics'],
  clinicalTeaching: ['kliininen opetus', 'klinisk undervisning', 'clinical teaching'],
  oralHealth: ['suun terveydenhoito', 'munhälsovård', 'oral health care'],
  caries: ['karieksen ehkäisy', 'kariesprevention', 'caries prevention'],
  scaling: ['hammaskiven poisto', 'tandstensborttagning', 'scaling'],
  dentalXray: ['hammasröntgen', 'tandröntgen', 'dental radiography'],
  clientGuidance: ['asiakasohjaus', 'klienthandledning', 'client guidance'],
  childProtection: ['lastensuojelu', 'barnskydd', 'child protection'],
  familyWork: ['perhetyö', 'familjearbete', 'family work'],
  networkWork: ['verkostotyö', 'nätverksarbete', 'network-based work'],
  solutionFocused: ['ratkaisukeskeinen työote', 'lösningsfokuserat arbetssätt', 'solution-focused approach'],
  caseManagement: ['palveluohjaus', 'servicehandledning', 'case management'],
  youthWork: ['nuorisotyö', 'ungdomsarbete', 'youth work'],
  aac: ['puhetta tukeva kommunikointi', 'alternativ och kompletterande kommunikation', 'augmentative communication'],
  supportedDecisions: ['tuettu päätöksenteko', 'stödbeslutsfattande', 'supported decision-making'],
  autism: ['autismikirjo', 'autismspektrum', 'autism spectrum'],
  physiotherapy: ['fysioterapia', 'fysioterapi', 'physiotherapy'],
  fallPrevention: ['kaatumisten ehkäisy', 'fallprevention', 'fall prevention'],
  assistiveDevices: ['apuvälinearviointi', 'hjälpmedelsbedömning', 'assistive device assessment'],
  exerciseCounselling: ['liikuntaneuvonta', 'motionsrådgivning', 'exercise counselling'],
  functionalAssessment: ['toimintakyvyn arviointi', 'funktionsbedömning', 'functional assessment'],
  ergonomics: ['ergonomia', 'ergonomi', 'ergonomics'],
  recruitment: ['rekrytointi', 'rekrytering', 'recruitment'],
  collectiveAgreements: ['työehtosopimukset', 'kollektivavtal', 'collective agreements'],
  payroll: ['palkanlaskenta', 'löneräkning', 'payroll'],
  wellbeing: ['työhyvinvointi', 'arbetshälsa', 'workplace wellbeing'],
  employerBrand: ['työnantajakuva', 'arbetsgivarbild', 'employer branding'],
  managerSupport: ['esihenkilötyön tuki', 'stöd för chefer', 'manager support'],
  budgeting: ['budjetointi', 'budgetering', 'budgeting'],
  costAccounting: ['kustannuslaskenta', 'kostnadskalkylering', 'cost accounting'],
  reporting: ['raportointi', 'rapportering', 'reporting'],
  closingAccounts: ['tilinpäätös', 'bokslut', 'financial statements'],
  powerBi: ['Power BI', 'Power BI', 'Power BI'],
  excel: ['Excel', 'Excel', 'Excel'],
  procurement: ['hankinnat', 'upphandling', 'procurement'],
  typescript: ['TypeScript', 'TypeScript', 'TypeScript'],
  react: ['React', 'React', 'React'],
  postgres: ['PostgreSQL', 'PostgreSQL', 'PostgreSQL'],
  azure: ['Azure', 'Azure', 'Azure'],
  fhir: ['FHIR', 'FHIR', 'FHIR'],
  itil: ['ITIL', 'ITIL', 'ITIL'],
  integrations: ['integraatiot', 'integrationer', 'integrations'],
  security: ['tietoturva', 'informationssäkerhet', 'information security'],
  patientRecords: ['potilastietojärjestelmät', 'patientdatasystem', 'patient record systems'],
  userSupport: ['käyttäjätuki', 'användarstöd', 'user support'],
  agile: ['ketterä kehitys', 'agil utveckling', 'agile development'],
  content: ['sisällöntuotanto', 'innehållsproduktion', 'content creation'],
  socialMedia: ['somemarkkinointi', 'marknadsföring i sociala medier', 'social media marketing'],
  crisisComms: ['kriisiviestintä', 'kriskommunikation', 'crisis communication'],
  websites: ['verkkosivut', 'webbplatser', 'websites'],
  photography: ['valokuvaus', 'fotografering', 'photography'],
  customerService: ['asiakaspalvelu', 'kundservice', 'customer service'],
  teamwork: ['tiimityö', 'teamarbete', 'teamwork'],
  firstAid: ['ensiapu', 'första hjälp', 'first aid'],
  development: ['kehittämistyö', 'utvecklingsarbete', 'service development'],
} as const satisfies Record<string, Localized>;

const genericSkills: readonly Localized[] = [skill.customerService, skill.teamwork, skill.firstAid, skill.development];

/** Tracks in the same family are ones a person plausibly moves between inside the group. */
type Family = 'nursing' | 'physician' | 'dental' | 'social' | 'disability' | 'rehab' | 'hr' | 'finance' | 'it' | 'comms';
type Field = 'care' | 'office' | 'it';

interface Track {
  /** The group's own unit name; kept in Finnish so that filtering by department works whatever the member's language. */
  department: string;
  family: Family;
  field: Field;
  /** From entry level upwards. */
  titles: readonly Localized[];
  skills: readonly Localized[];
  weight: number;
}

const t = {
  practicalNurse: ['lähihoitaja', 'närvårdare', 'Practical Nurse'],
  nurse: ['sairaanhoitaja', 'sjukskötare', 'Registered Nurse'],
  homeCareManager: ['kotihoidon esihenkilö', 'förman inom hemvården', 'Home Care Manager'],
  assistantWardManager: ['apulaisosastonhoitaja', 'biträdande avdelningsskötare', 'Assistant Ward Manager'],
  wardManager: ['osastonhoitaja', 'avdelningsskötare', 'Ward Manager'],
  careAssistant: ['hoiva-avustaja', 'vårdbiträde', 'Care Assistant'],
  unitManager: ['palveluyksikön esihenkilö', 'enhetschef', 'Care Unit Manager'],
  physician: ['lääkäri', 'läkare', 'Physician'],
  specialist: ['erikoislääkäri', 'specialistläkare', 'Medical Specialist'],
  chiefPhysician: ['ylilääkäri', 'överläkare', 'Chief Physician'],
  dentalNurse: ['hammashoitaja', 'tandskötare', 'Dental Nurse'],
  hygienist: ['suuhygienisti', 'munhygienist', 'Dental Hygienist'],
  dentist: ['hammaslääkäri', 'tandläkare', 'Dentist'],
  chiefDentist: ['vastaava hammaslääkäri', 'ansvarig tandläkare', 'Chief Dentist'],
  psychiatricNurse: ['psykiatrinen sairaanhoitaja', 'psykiatrisk sjukskötare', 'Psychiatric Nurse'],
  chargeNurse: ['vastaava sairaanhoitaja', 'ansvarig sjukskötare', 'Charge Nurse'],
  psychologist: ['psykologi', 'psykolog', 'Psychologist'],
  familyWorker: ['perhetyöntekijä', 'familjearbetare', 'Family Worker'],
  socialCounsellor: ['sosiaaliohjaaja', 'socialhandledare', 'Social Counsellor'],
  socialWorker: ['sosiaalityöntekijä', 'socialarbetare', 'Social Worker'],
  leadSocialWorker: ['johtava sosiaalityöntekijä', 'ledande socialarbetare', 'Lead Social Worker'],
  supportWorker: ['ohjaaja', 'handledare', 'Support Worker'],
  seniorSupportWorker: ['vastaava ohjaaja', 'ansvarig handledare', 'Senior Support Worker'],
  physiotherapist: ['fysioterapeutti', 'fysioterapeut', 'Physiotherapist'],
  occupationalTherapist: ['toimintaterapeutti', 'ergoterapeut', 'Occupational Therapist'],
  headOfRehab: ['kuntoutuspäällikkö', 'rehabiliteringschef', 'Head of Rehabilitation'],
  payrollAdmin: ['palkkasihteeri', 'lönesekreterare', 'Payroll Administrator'],
  hrSpecialist: ['HR-asiantuntija', 'HR-specialist', 'HR Specialist'],
  hrManager: ['HR-päällikkö', 'HR-chef', 'HR Manager'],
  recruiter: ['rekrytointiasiantuntija', 'rekryteringsspecialist', 'Recruitment Specialist'],
  accountant: ['kirjanpitäjä', 'bokförare', 'Accountant'],
  controller: ['controller', 'controller', 'Controller'],
  financeManager: ['talouspäällikkö', 'ekonomichef', 'Finance Manager'],
  itSupport: ['IT-tukihenkilö', 'IT-stödperson', 'IT Support Specialist'],
  systemsSpecialist: ['järjestelmäasiantuntija', 'systemspecialist', 'Systems Specialist'],
  itManager: ['IT-päällikkö', 'IT-chef', 'IT Manager'],
  developer: ['ohjelmistokehittäjä', 'programutvecklare', 'Software Developer'],
  seniorDeveloper: ['vanhempi ohjelmistokehittäjä', 'senior programutvecklare', 'Senior Software Developer'],
  architect: ['ohjelmistoarkkitehti', 'mjukvaruarkitekt', 'Software Architect'],
  securitySpecialist: ['tietoturva-asiantuntija', 'informationssäkerhetsspecialist', 'Information Security Specialist'],
  commsPlanner: ['viestintäsuunnittelija', 'kommunikationsplanerare', 'Communications Planner'],
  commsSpecialist: ['viestintäasiantuntija', 'kommunikationsspecialist', 'Communications Specialist'],
  headOfComms: ['viestintäpäällikkö', 'kommunikationschef', 'Head of Communications'],
} as const satisfies Record<string, Localized>;

const nursingSkills = [skill.medication, skill.woundCare, skill.asepsis, skill.patientSafety, skill.documentation, skill.onboarding];

const tracks = {
  homeCare: {
    department: 'Kotihoito',
    family: 'nursing',
    field: 'care',
    titles: [t.practicalNurse, t.nurse, t.homeCareManager],
    skills: [skill.homeCare, skill.medication, skill.woundCare, skill.rai, skill.dementia, skill.rehabilitative, skill.endOfLife],
    weight: 14,
  },
  hospitalNursing: {
    department: 'Sairaalapalvelut',
    family: 'nursing',
    field: 'care',
    titles: [t.nurse, t.assistantWardManager, t.wardManager],
    skills: [...nursingSkills, skill.acuteCare, skill.emergency, skill.triage, skill.shiftPlanning],
    weight: 14,
  },
  physicians: {
    department: 'Sairaalapalvelut',
    family: 'physician',
    field: 'care',
    titles: [t.physician, t.specialist, t.chiefPhysician],
    skills: [skill.internalMedicine, skill.generalPractice, skill.geriatrics, skill.emergency, skill.clinicalTeaching, skill.patientSafety],
    weight: 4,
  },
  dentalNursing: {
    department: 'Suun terveydenhuolto',
    family: 'dental',
    field: 'care',
    titles: [t.dentalNurse, t.hygienist],
    skills: [skill.oralHealth, skill.caries, skill.scaling, skill.dentalXray, skill.clientGuidance, skill.asepsis],
    weight: 4,
  },
  dentists: {
    department: 'Suun terveydenhuolto',
    family: 'dental',
    field: 'care',
    titles: [t.dentist, t.chiefDentist],
    skills: [skill.oralHealth, skill.caries, skill.dentalXray, skill.patientSafety, skill.clinicalTeaching],
    weight: 2,
  },
  elderlyCare: {
    department: 'Vanhuspalvelut',
    family: 'nursing',
    field: 'care',
    titles: [t.careAssistant, t.practicalNurse, t.nurse, t.unitManager],
    skills: [skill.elderlyCare, skill.dementia, skill.rehabilitative, skill.medication, skill.endOfLife, skill.rai, skill.leadership],
    weight: 14,
  },
  mentalHealth: {
    department: 'Mielenterveys- ja päihdepalvelut',
    family: 'nursing',
    field: 'care',
    titles: [t.nurse, t.psychiatricNurse, t.chargeNurse],
    skills: [skill.psychiatric, skill.substance, skill.medication, skill.caseManagement, skill.networkWork, skill.solutionFocused],
    weight: 6,
  },
  psychologists: {
    department: 'Mielenterveys- ja päihdepalvelut',
    family: 'social',
    field: 'care',
    titles: [t.psychologist],
    skills: [skill.psychiatric, skill.solutionFocused, skill.networkWork, skill.youthWork, skill.clinicalTeaching],
    weight: 2,
  },
  childrenAndYouth: {
    department: 'Lasten ja nuorten palvelut',
    family: 'social',
    field: 'care',
    titles: [t.familyWorker, t.socialCounsellor, t.socialWorker, t.leadSocialWorker],
    skills: [skill.childProtection, skill.familyWork, skill.networkWork, skill.solutionFocused, skill.youthWork, skill.caseManagement],
    weight: 7,
  },
  disability: {
    department: 'Vammaispalvelut',
    family: 'disability',
    field: 'care',
    titles: [t.supportWorker, t.seniorSupportWorker, t.unitManager],
    skills: [skill.aac, skill.supportedDecisions, skill.autism, skill.rehabilitative, skill.caseManagement, skill.medication],
    weight: 7,
  },
  rehabilitation: {
    department: 'Kuntoutus',
    family: 'rehab',
    field: 'care',
    titles: [t.physiotherapist, t.occupationalTherapist, t.headOfRehab],
    skills: [skill.physiotherapy, skill.fallPrevention, skill.assistiveDevices, skill.exerciseCounselling, skill.functionalAssessment, skill.ergonomics],
    weight: 5,
  },
  hr: {
    department: 'Henkilöstöhallinto',
    family: 'hr',
    field: 'office',
    titles: [t.payrollAdmin, t.hrSpecialist, t.hrManager],
    skills: [skill.payroll, skill.collectiveAgreements, skill.wellbeing, skill.onboarding, skill.managerSupport, skill.recruitment],
    weight: 4,
  },
  recruitment: {
    department: 'Henkilöstöhallinto',
    family: 'hr',
    field: 'office',
    titles: [t.recruiter, t.hrSpecialist, t.hrManager],
    skills: [skill.recruitment, skill.employerBrand, skill.socialMedia, skill.onboarding, skill.collectiveAgreements],
    weight: 2,
  },
  finance: {
    department: 'Talous',
    family: 'finance',
    field: 'office',
    titles: [t.accountant, t.controller, t.financeManager],
    skills: [skill.budgeting, skill.costAccounting, skill.reporting, skill.closingAccounts, skill.powerBi, skill.excel, skill.procurement],
    weight: 4,
  },
  itOperations: {
    department: 'IT',
    family: 'it',
    field: 'it',
    titles: [t.itSupport, t.systemsSpecialist, t.itManager],
    skills: [skill.userSupport, skill.itil, skill.azure, skill.patientRecords, skill.security, skill.integrations],
    weight: 3,
  },
  software: {
    department: 'IT',
    family: 'it',
    field: 'it',
    titles: [t.developer, t.seniorDeveloper, t.architect],
    skills: [skill.typescript, skill.react, skill.postgres, skill.azure, skill.fhir, skill.integrations, skill.agile],
    weight: 3,
  },
  security: {
    department: 'IT',
    family: 'it',
    field: 'it',
    titles: [t.systemsSpecialist, t.securitySpecialist],
    skills: [skill.security, skill.azure, skill.itil, skill.patientRecords, skill.integrations],
    weight: 1,
  },
  communications: {
    department: 'Viestintä ja markkinointi',
    family: 'comms',
    field: 'office',
    titles: [t.commsPlanner, t.commsSpecialist, t.headOfComms],
    skills: [skill.content, skill.socialMedia, skill.employerBrand, skill.crisisComms, skill.websites, skill.photography],
    weight: 2,
  },
} as const satisfies Record<string, Track>;

const careerTracks: readonly Track[] = Object.values(tracks);
const weightedCareerTracks: Weighted<Track> = careerTracks.map((track) => [track, track.weight] as const);

/** A short stint: a summer job, an internship or a contract. */
interface Stint {
  track: Track;
  /** Later stints move up the ladder, e.g. from student substitute to qualified substitute. */
  titles: readonly Localized[];
  /** What the person is now, if still studying. */
  student?: Localized;
  /** What the person is now, once qualified. */
  graduate: Localized;
  weight: number;
}

const summerStints: readonly Stint[] = [
  {
    track: tracks.elderlyCare,
    titles: [
      ['kesätyöntekijä', 'sommarjobbare', 'Summer Worker'],
      ['lähihoitajaopiskelija (kesäsijainen)', 'närvårdarstuderande (sommarvikarie)', 'Student Practical Nurse (summer substitute)'],
      ['kesäsijainen, lähihoitaja', 'sommarvikarie, närvårdare', 'Summer Substitute Practical Nurse'],
    ],
    student: ['lähihoitajaopiskelija', 'närvårdarstuderande', 'Practical Nursing Student'],
    graduate: t.practicalNurse,
    weight: 10,
  },
  {
    track: tracks.homeCare,
    titles: [
      ['lähihoitajaopiskelija (kesäsijainen)', 'närvårdarstuderande (sommarvikarie)', 'Student Practical Nurse (summer substitute)'],
      ['kesäsijainen, lähihoitaja', 'sommarvikarie, närvårdare', 'Summer Substitute Practical Nurse'],
    ],
    student: ['lähihoitajaopiskelija', 'närvårdarstuderande', 'Practical Nursing Student'],
    graduate: t.practicalNurse,
    weight: 8,
  },
  {
    track: tracks.hospitalNursing,
    titles: [
      ['sairaanhoitajaopiskelija (kesäsijainen)', 'sjukskötarstuderande (sommarvikarie)', 'Student Nurse (summer substitute)'],
      ['kesäsijainen, sairaanhoitaja', 'sommarvikarie, sjukskötare', 'Summer Substitute Registered Nurse'],
    ],
    student: ['sairaanhoitajaopiskelija', 'sjukskötarstuderande', 'Nursing Student'],
    graduate: t.nurse,
    weight: 8,
  },
  {
    track: tracks.disability,
    titles: [
      ['kesätyöntekijä', 'sommarjobbare', 'Summer Worker'],
      ['kesäsijainen, ohjaaja', 'sommarvikarie, handledare', 'Summer Substitute Support Worker'],
    ],
    student: ['sosionomiopiskelija', 'socionomstuderande', 'Social Services Student'],
    graduate: t.supportWorker,
    weight: 5,
  },
  {
    track: tracks.dentalNursing,
    titles: [
      ['hammashoitajaopiskelija (kesäsijainen)', 'tandskötarstuderande (sommarvikarie)', 'Student Dental Nurse (summer substitute)'],
      ['kesäsijainen, hammashoitaja', 'sommarvikarie, tandskötare', 'Summer Substitute Dental Nurse'],
    ],
    student: ['suuhygienistiopiskelija', 'munhygieniststuderande', 'Dental Hygiene Student'],
    graduate: t.dentalNurse,
    weight: 2,
  },
  {
    track: tracks.childrenAndYouth,
    titles: [
      ['sosionomiopiskelija (kesäsijainen)', 'socionomstuderande (sommarvikarie)', 'Social Services Student (summer substitute)'],
      ['kesäsijainen, sosiaaliohjaaja', 'sommarvikarie, socialhandledare', 'Summer Substitute Social Counsellor'],
    ],
    student: ['sosionomiopiskelija', 'socionomstuderande', 'Social Services Student'],
    graduate: t.socialCounsellor,
    weight: 3,
  },
  {
    track: tracks.finance,
    titles: [['kesätyöntekijä', 'sommarjobbare', 'Summer Trainee']],
    student: ['kauppatieteiden opiskelija', 'ekonomiestuderande', 'Business Student'],
    graduate: t.accountant,
    weight: 1,
  },
  {
    track: tracks.itOperations,
    titles: [['kesätyöntekijä, IT-tuki', 'sommarjobbare, IT-stöd', 'IT Support Summer Trainee']],
    student: ['tietojenkäsittelyn opiskelija', 'IT-studerande', 'Computer Science Student'],
    graduate: t.itSupport,
    weight: 1,
  },
  {
    track: tracks.hr,
    titles: [['kesätyöntekijä', 'sommarjobbare', 'Summer Trainee']],
    student: ['hallintotieteiden opiskelija', 'förvaltningsstuderande', 'Administrative Sciences Student'],
    graduate: t.hrSpecialist,
    weight: 1,
  },
];

const internStints: readonly Stint[] = [
  {
    track: tracks.hospitalNursing,
    titles: [['sairaanhoitajaopiskelija (harjoittelu)', 'sjukskötarstuderande (praktik)', 'Nursing Student (placement)']],
    student: ['sairaanhoitajaopiskelija', 'sjukskötarstuderande', 'Nursing Student'],
    graduate: t.nurse,
    weight: 8,
  },
  {
    track: tracks.homeCare,
    titles: [['lähihoitajaopiskelija (työssäoppiminen)', 'närvårdarstuderande (lärande i arbetet)', 'Practical Nursing Student (placement)']],
    student: ['lähihoitajaopiskelija', 'närvårdarstuderande', 'Practical Nursing Student'],
    graduate: t.practicalNurse,
    weight: 6,
  },
  {
    track: tracks.rehabilitation,
    titles: [['fysioterapeuttiopiskelija (harjoittelu)', 'fysioterapeutstuderande (praktik)', 'Physiotherapy Student (placement)']],
    student: ['fysioterapeuttiopiskelija', 'fysioterapeutstuderande', 'Physiotherapy Student'],
    graduate: t.physiotherapist,
    weight: 3,
  },
  {
    track: tracks.childrenAndYouth,
    titles: [['sosionomiopiskelija (harjoittelu)', 'socionomstuderande (praktik)', 'Social Services Student (placement)']],
    student: ['sosionomiopiskelija', 'socionomstuderande', 'Social Services Student'],
    graduate: t.socialCounsellor,
    weight: 3,
  },
  {
    track: tracks.psychologists,
    titles: [['psykologiharjoittelija', 'psykologpraktikant', 'Psychology Intern']],
    student: ['psykologian opiskelija', 'psykologistuderande', 'Psychology Student'],
    graduate: t.psychologist,
    weight: 1,
  },
  {
    track: tracks.hr,
    titles: [['HR-harjoittelija', 'HR-praktikant', 'HR Intern']],
    student: ['hallintotieteiden opiskelija', 'förvaltningsstuderande', 'Administrative Sciences Student'],
    graduate: t.hrSpecialist,
    weight: 2,
  },
  {
    track: tracks.finance,
    titles: [['talousharjoittelija', 'ekonomipraktikant', 'Finance Intern']],
    student: ['kauppatieteiden opiskelija', 'ekonomiestuderande', 'Business Student'],
    graduate: t.controller,
    weight: 2,
  },
  {
    track: tracks.software,
    titles: [['ohjelmistokehittäjäharjoittelija', 'praktikant, programutveckling', 'Software Developer Intern']],
    student: ['tietojenkäsittelyn opiskelija', 'IT-studerande', 'Computer Science Student'],
    graduate: t.developer,
    weight: 2,
  },
  {
    track: tracks.communications,
    titles: [['viestintäharjoittelija', 'kommunikationspraktikant', 'Communications Intern']],
    student: ['viestinnän opiskelija', 'kommunikationsstuderande', 'Communications Student'],
    graduate: t.commsPlanner,
    weight: 1,
  },
];

const contractorStints: readonly Stint[] = [
  {
    track: tracks.software,
    titles: [['ohjelmistokehittäjä (konsultti)', 'programutvecklare (konsult)', 'Software Developer (consultant)']],
    graduate: ['ohjelmistokehittäjä', 'programutvecklare', 'Software Developer'],
    weight: 4,
  },
  {
    track: tracks.security,
    titles: [['tietoturvakonsultti', 'informationssäkerhetskonsult', 'Information Security Consultant']],
    graduate: ['tietoturvakonsultti', 'informationssäkerhetskonsult', 'Information Security Consultant'],
    weight: 1,
  },
  {
    track: tracks.itOperations,
    titles: [['projektipäällikkö (potilastietojärjestelmä)', 'projektchef (patientdatasystem)', 'Project Manager (patient records system)']],
    graduate: ['projektipäällikkö', 'projektchef', 'Project Manager'],
    weight: 2,
  },
  {
    track: tracks.physicians,
    titles: [['keikkalääkäri', 'hyrläkare', 'Locum Physician']],
    graduate: ['keikkalääkäri', 'hyrläkare', 'Locum Physician'],
    weight: 2,
  },
  {
    track: tracks.hospitalNursing,
    titles: [['sairaanhoitaja (henkilöstövuokraus)', 'sjukskötare (bemanning)', 'Agency Nurse']],
    graduate: t.nurse,
    weight: 3,
  },
  {
    track: tracks.homeCare,
    titles: [['lähihoitaja (henkilöstövuokraus)', 'närvårdare (bemanning)', 'Agency Practical Nurse']],
    graduate: t.practicalNurse,
    weight: 3,
  },
  {
    track: tracks.finance,
    titles: [['talouskonsultti', 'ekonomikonsult', 'Finance Consultant']],
    graduate: ['talouskonsultti', 'ekonomikonsult', 'Finance Consultant'],
    weight: 1,
  },
  {
    track: tracks.recruitment,
    titles: [['rekrytointikonsultti', 'rekryteringskonsult', 'Recruitment Consultant']],
    graduate: ['rekrytointikonsultti', 'rekryteringskonsult', 'Recruitment Consultant'],
    weight: 1,
  },
  {
    track: tracks.communications,
    titles: [['viestintäkonsultti', 'kommunikationskonsult', 'Communications Consultant']],
    graduate: ['viestintäkonsultti', 'kommunikationskonsult', 'Communications Consultant'],
    weight: 1,
  },
  {
    track: tracks.rehabilitation,
    titles: [['fysioterapeutti (ammatinharjoittaja)', 'fysioterapeut (egen företagare)', 'Self-employed Physiotherapist']],
    graduate: t.physiotherapist,
    weight: 1,
  },
];

const weightedStints = (stints: readonly Stint[]): Weighted<Stint> => stints.map((s) => [s, s.weight] as const);

// ---------------------------------------------------------------------------------------------
// People and places

type Cohort = 'older' | 'middle' | 'young';

interface NamePool {
  first: Readonly<Record<Cohort, readonly string[]>>;
  last: readonly string[];
}

const finnishNames: NamePool = {
  first: {
    older: ['Ritva', 'Pirjo', 'Tuula', 'Raili', 'Eila', 'Marjatta', 'Seppo', 'Markku', 'Kari', 'Pertti', 'Reijo', 'Kalevi', 'Leena', 'Hannele', 'Erkki', 'Sirkka', 'Matti', 'Pentti', 'Arja', 'Raija'],
    middle: ['Juha', 'Kaisa', 'Mikko', 'Sanna', 'Tuomas', 'Päivi', 'Anne', 'Antti', 'Elina', 'Hanna', 'Heikki', 'Jari', 'Johanna', 'Jukka', 'Jussi', 'Katja', 'Laura', 'Minna', 'Niina', 'Olli', 'Pekka', 'Petri', 'Riikka', 'Sari', 'Satu', 'Tiina', 'Timo', 'Ville', 'Marko', 'Heli', 'Tero', 'Susanna', 'Janne', 'Anu', 'Anna-Kaisa'],
    young: ['Aino', 'Eetu', 'Helmi', 'Onni', 'Venla', 'Iida', 'Veeti', 'Lotta', 'Emilia', 'Aleksi', 'Joonas', 'Eero', 'Veera', 'Elias', 'Siiri', 'Niilo', 'Ella', 'Eemeli', 'Aada', 'Leevi', 'Oona', 'Lauri', 'Pinja', 'Topias'],
  },
  last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Mäkelä', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Hiltunen', 'Leinonen', 'Kettunen', 'Miettinen', 'Pitkänen', 'Räsänen', 'Anttila', 'Väisänen', 'Ojala', 'Leppänen', 'Kärkkäinen', 'Peltonen', 'Kallio', 'Harju'],
};

const swedishNames: NamePool = {
  first: {
    older: ['Gunnel', 'Birgitta', 'Margareta', 'Ulla', 'Bengt', 'Göran', 'Rolf', 'Stig', 'Kerstin', 'Lars', 'Ingrid', 'Christer'],
    middle: ['Johan', 'Maria', 'Mikael', 'Anna', 'Fredrik', 'Camilla', 'Patrik', 'Jessica', 'Magnus', 'Sofia', 'Henrik', 'Malin', 'Stefan', 'Annika', 'Kristian', 'Susanne'],
    young: ['Linnea', 'Axel', 'Ebba', 'Ida', 'Oskar', 'Elsa', 'Emil', 'Wilma', 'Hugo', 'Alva', 'Anton', 'Nellie', 'Albin', 'Ella', 'Isak', 'Saga'],
  },
  last: ['Lindqvist', 'Sjöberg', 'Holmström', 'Westerlund', 'Nyström', 'Forsman', 'Björklund', 'Lindholm', 'Lindström', 'Johansson', 'Karlsson', 'Nyman', 'Sundqvist', 'Backman', 'Wikström', 'Grönroos', 'Söderholm', 'Åberg', 'Lindgren', 'Ekman', 'Strandberg', 'Blomqvist', 'Engblom', 'Granholm', 'Hägglund', 'Österberg', 'Fagerström', 'Sandell'],
};

type Country = 'FI' | 'SE' | 'EE' | 'DE';

/** Sote workplaces in Finland employ many nurses and doctors from abroad; some of them prefer English. */
interface InternationalGroup {
  first: readonly string[];
  last: readonly string[];
  countries: Weighted<Country>;
}

const internationalGroups: Weighted<InternationalGroup> = [
  [{ first: ['Kadri', 'Triin', 'Mart', 'Margus', 'Liis', 'Kristjan', 'Piret', 'Tanel'], last: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves'], countries: [['EE', 5], ['FI', 5]] }, 4],
  [{ first: ['Angelica', 'Jerome', 'Rowena', 'Carlo', 'Maricel', 'Joel'], last: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza'], countries: [['FI', 1]] }, 3],
  [{ first: ['Julia', 'Lukas', 'Katharina', 'Felix', 'Sabine', 'Jonas'], last: ['Müller', 'Schmidt', 'Becker', 'Wagner', 'Fischer', 'Hoffmann'], countries: [['DE', 6], ['FI', 4]] }, 2],
  [{ first: ['Emma', 'Daniel', 'Sarah', 'James', 'Olivia', 'Thomas'], last: ['Clarke', 'Hughes', 'Walsh', 'Bennett', 'Murphy', 'Doyle'], countries: [['FI', 8], ['DE', 1], ['SE', 1]] }, 1],
];

interface FinnishCity {
  name: string;
  /** The public employer a health care professional living there most likely works for. */
  publicEmployer: string;
  fiWeight: number;
  svWeight: number;
}

const finnishCities: readonly FinnishCity[] = [
  { name: 'Helsinki', publicEmployer: 'Helsingin kaupunki', fiWeight: 20, svWeight: 18 },
  { name: 'Espoo', publicEmployer: 'Länsi-Uudenmaan hyvinvointialue', fiWeight: 10, svWeight: 12 },
  { name: 'Vantaa', publicEmployer: 'Vantaan ja Keravan hyvinvointialue', fiWeight: 8, svWeight: 3 },
  { name: 'Tampere', publicEmployer: 'Pirkanmaan hyvinvointialue', fiWeight: 10, svWeight: 1 },
  { name: 'Turku', publicEmployer: 'Varsinais-Suomen hyvinvointialue', fiWeight: 8, svWeight: 8 },
  { name: 'Oulu', publicEmployer: 'Pohjois-Pohjanmaan hyvinvointialue', fiWeight: 6, svWeight: 1 },
  { name: 'Jyväskylä', publicEmployer: 'Keski-Suomen hyvinvointialue', fiWeight: 5, svWeight: 0 },
  { name: 'Kuopio', publicEmployer: 'Pohjois-Savon hyvinvointialue', fiWeight: 4, svWeight: 0 },
  { name: 'Lahti', publicEmployer: 'Päijät-Hämeen hyvinvointialue', fiWeight: 5, svWeight: 0 },
  { name: 'Pori', publicEmployer: 'Satakunnan hyvinvointialue', fiWeight: 3, svWeight: 0 },
  { name: 'Seinäjoki', publicEmployer: 'Etelä-Pohjanmaan hyvinvointialue', fiWeight: 3, svWeight: 0 },
  { name: 'Kokkola', publicEmployer: 'Keski-Pohjanmaan hyvinvointialue', fiWeight: 2, svWeight: 5 },
  { name: 'Vaasa', publicEmployer: 'Pohjanmaan hyvinvointialue', fiWeight: 3, svWeight: 12 },
  { name: 'Porvoo', publicEmployer: 'Itä-Uudenmaan hyvinvointialue', fiWeight: 3, svWeight: 10 },
  { name: 'Raasepori', publicEmployer: 'Länsi-Uudenmaan hyvinvointialue', fiWeight: 1, svWeight: 7 },
  { name: 'Pietarsaari', publicEmployer: 'Pohjanmaan hyvinvointialue', fiWeight: 0, svWeight: 7 },
  { name: 'Mariehamn', publicEmployer: 'Ålands hälso- och sjukvård', fiWeight: 0, svWeight: 8 },
];

const citiesAbroad: Readonly<Record<Exclude<Country, 'FI'>, readonly string[]>> = {
  SE: ['Stockholm', 'Göteborg', 'Uppsala', 'Umeå'],
  EE: ['Tallinn', 'Tartu'],
  DE: ['Berlin', 'Hamburg', 'München'],
};

// Fictional private employers, so that no real company appears in the demo.
const privateEmployers: Readonly<Record<Country, Readonly<Record<Field, readonly string[]>>>> = {
  FI: {
    care: ['Kielo Hoivapalvelut Oy', 'Pihlajarinne Kotihoito Oy', 'Lähde Lääkärikeskus Oy', 'Hyvä Arki Palvelut Oy', 'Kaarna Kuntoutus Oy', 'Solbacka Omsorg Ab'],
    office: ['Tilitoimisto Kivi & Kumppanit Oy', 'Rekrytalo Oy', 'Kestävä Talous Oy', 'Palkkapalvelu Tuohi Oy', 'Viestintätoimisto Kajo Oy'],
    it: ['Koodikallio Oy', 'Revontuli Digital Oy', 'Tietolaari Oy', 'Kantele Health Tech Oy'],
  },
  SE: {
    care: ['Vårdbolaget Norr AB', 'Omsorgshuset i Mälardalen AB'],
    office: ['Ekonomibyrån Lind AB'],
    it: ['Kodverket Stockholm AB'],
  },
  EE: {
    care: ['Põhja Hooldus OÜ', 'Kesklinna Perearstikeskus OÜ'],
    office: ['Raamat ja Arve OÜ'],
    it: ['Koodimeister OÜ'],
  },
  DE: {
    care: ['Klinikum am See GmbH', 'Pflegedienst Nordlicht GmbH'],
    office: ['Kontor Hansa GmbH'],
    it: ['Nordlicht Software GmbH'],
  },
};

const contractorEmployers: Readonly<Record<Field, readonly string[]>> = {
  care: ['Hoivapooli Oy', 'Lääkäripooli Oy', 'Sijaisverkko Oy'],
  office: ['Konsulttitalo Virta Oy', 'Rekrytalo Oy'],
  it: ['Koodikallio Oy', 'Tietolaari Oy', 'Revontuli Digital Oy'],
};

// ---------------------------------------------------------------------------------------------
// Careers

/**
 * End of a period that would run past the cap: somewhere in the last two years instead, so that
 * recent leavers do not all share one leaving day.
 */
function endDay(rnd: Rng, cal: Calendar, start: number, length: number): number {
  const end = start + length;
  if (end <= cal.endCap) return end;
  return intBetween(rnd, Math.min(Math.max(start + 30, cal.endCap - 730), cal.endCap), cal.endCap);
}

/** Back-to-back posts with the same title in the same unit are one post. */
function mergeContinuations(periods: readonly PeriodDraft[]): PeriodDraft[] {
  const merged: PeriodDraft[] = [];
  for (const p of periods) {
    const previous = merged.at(-1);
    if (previous && previous.end + 1 === p.start && previous.title === p.title && previous.track.department === p.track.department) {
      merged[merged.length - 1] = { ...previous, end: p.end };
    } else {
      merged.push(p);
    }
  }
  return merged;
}

interface PeriodDraft {
  track: Track;
  title: Localized;
  start: number;
  end: number;
}

function careerPeriods(rnd: Rng, cal: Calendar): PeriodDraft[] {
  let track = pickWeighted(weightedCareerTracks, rnd);
  const count = pickWeighted([[1, 50], [2, 35], [3, 15]], rnd);
  // More people have left recently than decades ago, so start years lean towards the present.
  const span = cal.latestStartYear - EARLIEST_START_YEAR + 1;
  const startYear = cal.latestStartYear - Math.floor(rnd() ** 1.7 * span);
  let level = chance(rnd, 0.8) ? 0 : 1;
  let cursor = Math.min(dayOf(startYear, 1, 1) + intBetween(rnd, 0, 364), cal.latestStartDay);
  const periods: PeriodDraft[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const previous = periods.at(-1);
      if (!previous) break;
      // Some left and came back later; the rest moved on inside the group the next day.
      const gap = chance(rnd, 0.3) ? intBetween(rnd, 120, 1460) : 0;
      cursor = previous.end + 1 + gap;
      if (cursor > cal.latestStartDay) break;
      if (chance(rnd, 0.25)) track = pick(careerTracks.filter((c) => c.family === track.family), rnd);
      if (chance(rnd, 0.6)) level++;
    }
    const title = track.titles[Math.min(level, track.titles.length - 1)] ?? pick(track.titles, rnd);
    periods.push({ track, title, start: cursor, end: endDay(rnd, cal, cursor, intBetween(rnd, 240, 3650)) });
  }
  return mergeContinuations(periods);
}

function retireePeriods(rnd: Rng, cal: Calendar): PeriodDraft[] {
  let track = pickWeighted(weightedCareerTracks, rnd);
  const count = pickWeighted([[1, 30], [2, 40], [3, 30]], rnd);
  const start = dayOf(intBetween(rnd, EARLIEST_START_YEAR, 1998), 1, 1) + intBetween(rnd, 0, 364);
  const lastEndYear = intBetween(rnd, 2015, Math.min(2025, yearOf(cal.endCap)));
  const end = Math.min(dayOf(lastEndYear, 1, 1) + intBetween(rnd, 0, 364), cal.endCap);
  // Long careers split into consecutive posts; every post lasts at least a year.
  const cuts: number[] = [];
  const cutFrom = start + 365;
  const cutTo = Math.min(end - 365, cal.latestStartDay);
  for (let i = 1; i < count && cutTo > cutFrom; i++) cuts.push(intBetween(rnd, cutFrom, cutTo));
  cuts.sort((a, b) => a - b);
  const bounds = [start];
  for (const cut of cuts) {
    if (cut - (bounds.at(-1) ?? start) >= 365) bounds.push(cut);
  }
  let level = chance(rnd, 0.7) ? 0 : 1;
  const periods = bounds.map((periodStart, i) => {
    if (i > 0) {
      if (chance(rnd, 0.7)) level++;
      if (chance(rnd, 0.2)) track = pick(careerTracks.filter((c) => c.family === track.family), rnd);
    }
    const next = bounds[i + 1];
    const title = track.titles[Math.min(level, track.titles.length - 1)] ?? pick(track.titles, rnd);
    return { track, title, start: periodStart, end: next === undefined ? end : next - 1 };
  });
  return mergeContinuations(periods);
}

function stintTitle(stint: Stint, index: number): Localized {
  return stint.titles[Math.min(index, stint.titles.length - 1)] ?? stint.graduate;
}

function summerPeriods(rnd: Rng, cal: Calendar): { periods: PeriodDraft[]; stint: Stint } {
  const thisYear = yearOf(cal.today);
  const lastFinishedSummer = cal.today - 14 >= dayOf(thisYear, 8, 31) ? thisYear : thisYear - 1;
  const lastYear = Math.min(lastFinishedSummer, cal.latestStartYear) - Math.floor(rnd() ** 1.5 * 14);
  const count = pickWeighted([[1, 50], [2, 32], [3, 18]], rnd);
  const years: number[] = [];
  for (let year = lastYear; years.length < count && year >= EARLIEST_START_YEAR; year -= chance(rnd, 0.8) ? 1 : 2) {
    years.unshift(year);
  }
  let stint = pickWeighted(weightedStints(summerStints), rnd);
  const periods = years.map((year, i) => {
    if (i > 0 && chance(rnd, 0.2)) stint = pickWeighted(weightedStints(summerStints), rnd);
    return {
      track: stint.track,
      title: stintTitle(stint, i),
      start: dayOf(year, 6, intBetween(rnd, 1, 14)),
      end: dayOf(year, 8, intBetween(rnd, 5, 31)),
    };
  });
  return { periods, stint };
}

function internPeriods(rnd: Rng, cal: Calendar): { periods: PeriodDraft[]; stint: Stint } {
  const stint = pickWeighted(weightedStints(internStints), rnd);
  const count = chance(rnd, 0.25) ? 2 : 1;
  const year = cal.latestStartYear - Math.floor(rnd() ** 1.5 * 16);
  // Placements follow the academic year: they start in winter or early autumn.
  const month = pick([1, 2, 3, 8, 9, 10], rnd);
  let cursor = Math.min(dayOf(year, month, intBetween(rnd, 1, 28)), cal.latestStartDay);
  const periods: PeriodDraft[] = [];
  for (let i = 0; i < count && cursor <= cal.latestStartDay; i++) {
    const end = endDay(rnd, cal, cursor, intBetween(rnd, 56, 180));
    periods.push({ track: stint.track, title: stintTitle(stint, i), start: cursor, end });
    cursor = end + intBetween(rnd, 120, 420);
  }
  return { periods, stint };
}

function contractorPeriods(rnd: Rng, cal: Calendar): { periods: PeriodDraft[]; stint: Stint } {
  const stint = pickWeighted(weightedStints(contractorStints), rnd);
  const count = pickWeighted([[1, 55], [2, 35], [3, 10]], rnd);
  const year = cal.latestStartYear - Math.floor(rnd() ** 1.3 * 14);
  let cursor = Math.min(dayOf(year, 1, 1) + intBetween(rnd, 0, 364), cal.latestStartDay);
  const periods: PeriodDraft[] = [];
  for (let i = 0; i < count && cursor <= cal.latestStartDay; i++) {
    const end = endDay(rnd, cal, cursor, intBetween(rnd, 90, 900));
    periods.push({ track: stint.track, title: stintTitle(stint, 0), start: cursor, end });
    cursor = end + intBetween(rnd, 30, 540);
  }
  return { periods, stint };
}

// ---------------------------------------------------------------------------------------------
// Identity

interface Identity {
  firstName: string;
  lastName: string;
  language: Language;
  country: Country;
  city: string;
  publicEmployer: string | null;
  domain: Domain;
}

function cohortFor(birthYear: number, rnd: Rng): Cohort {
  if (birthYear < 1965) return 'older';
  if (birthYear < 1972) return chance(rnd, 0.5) ? 'older' : 'middle';
  if (birthYear < 1990) return 'middle';
  if (birthYear < 1995) return chance(rnd, 0.5) ? 'middle' : 'young';
  return 'young';
}

function placeFor(country: Country, language: Language, rnd: Rng): { city: string; publicEmployer: string | null } {
  if (country === 'FI') {
    const weighted = finnishCities.map((c) => [c, language === 'sv' ? c.svWeight : c.fiWeight] as const);
    const city = pickWeighted(weighted, rnd);
    return { city: city.name, publicEmployer: city.publicEmployer };
  }
  return { city: pick(citiesAbroad[country], rnd), publicEmployer: null };
}

function identityFor(birthYear: number, rnd: Rng): Identity {
  const r = rnd();
  const language: Language = r < 0.15 ? 'sv' : r < 0.23 ? 'en' : 'fi';
  let firstName: string;
  let lastName: string;
  let country: Country;
  if (language === 'en' && chance(rnd, 0.55)) {
    const group = pickWeighted(internationalGroups, rnd);
    firstName = pick(group.first, rnd);
    lastName = pick(group.last, rnd);
    country = pickWeighted(group.countries, rnd);
  } else {
    const pool = language === 'sv' ? swedishNames : finnishNames;
    firstName = pick(pool.first[cohortFor(birthYear, rnd)], rnd);
    lastName = pick(pool.last, rnd);
    // Finns who prefer English often do so because they live abroad.
    const countries: Weighted<Country> =
      language === 'sv'
        ? [['FI', 90], ['SE', 10]]
        : language === 'en'
          ? [['FI', 50], ['SE', 20], ['DE', 15], ['EE', 15]]
          : [['FI', 97], ['SE', 1.5], ['DE', 1], ['EE', 0.5]];
    country = pickWeighted(countries, rnd);
  }
  const domain: Domain =
    country === 'SE' && chance(rnd, 0.6)
      ? 'example.se'
      : language === 'en'
        ? pickWeighted<Domain>([['example.com', 70], ['example.fi', 30]], rnd)
        : language === 'sv'
          ? pickWeighted<Domain>([['example.fi', 55], ['example.se', 25], ['example.com', 20]], rnd)
          : pickWeighted<Domain>([['example.fi', 70], ['example.com', 30]], rnd);
  return { firstName, lastName, language, country, ...placeFor(country, language, rnd), domain };
}

// ---------------------------------------------------------------------------------------------
// Profiles

const consentRates: Readonly<Record<ConsentChannel, { signup: number; openToReturn?: number; withdraw: number }>> = {
  newsletter: { signup: 0.92, withdraw: 0.08 },
  event_invites: { signup: 0.82, withdraw: 0.07 },
  job_alerts: { signup: 0.6, openToReturn: 0.88, withdraw: 0.1 },
  tracking: { signup: 0.62, withdraw: 0.2 },
  recruiter_contact: { signup: 0.6, openToReturn: 0.82, withdraw: 0.12 },
};

function consentHistory(joinedAt: Date, source: 'signup' | 'invitation', openToReturn: boolean, cal: Calendar, rnd: Rng): DemoConsent[] {
  const signup: DemoConsent[] = [];
  const later: DemoConsent[] = [];
  const joinedDay = Math.floor(joinedAt.getTime() / DAY_MS);
  for (const channel of consentChannels) {
    const rates = consentRates[channel];
    const granted = chance(rnd, openToReturn ? (rates.openToReturn ?? rates.signup) : rates.signup);
    signup.push({ channel, granted, source, createdAt: joinedAt });
    if (granted && joinedDay + 1 < cal.today && chance(rnd, rates.withdraw)) {
      later.push({ channel, granted: false, source: 'preferences', createdAt: momentOn(intBetween(rnd, joinedDay + 1, cal.today - 1), rnd) });
    }
  }
  later.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return [...signup, ...later];
}

const sortReturnModes = (modes: readonly ReturnMode[]): ReturnMode[] =>
  returnModeOrder.filter((mode) => modes.includes(mode));

function returnModesFor(type: MemberType, rnd: Rng): ReturnMode[] {
  switch (type) {
    case 'retiree':
      return sortReturnModes(sample<ReturnMode>(['part_time', 'project', 'substitute', 'gig'], intBetween(rnd, 1, 3), rnd));
    case 'summer_worker':
      return sortReturnModes(['summer', ...(chance(rnd, 0.4) ? ['substitute' as const] : []), ...(chance(rnd, 0.15) ? ['part_time' as const] : [])]);
    case 'intern':
      return sortReturnModes(sample<ReturnMode>(['full_time', 'part_time', 'summer'], intBetween(rnd, 1, 2), rnd));
    case 'contractor':
      return sortReturnModes(sample<ReturnMode>(['project', 'gig'], intBetween(rnd, 1, 2), rnd));
    case 'former_employee':
      return sortReturnModes(sample<ReturnMode>(['full_time', 'part_time', 'substitute', 'project'], intBetween(rnd, 1, 2), rnd));
  }
}

const openToReturnRate: Readonly<Record<MemberType, number>> = {
  former_employee: 0.4,
  summer_worker: 0.7,
  intern: 0.55,
  retiree: 0.55,
  contractor: 0.45,
};

/** Rough age at the first period, to pick first names that fit the generation. */
const ageAtFirstStart: Readonly<Record<MemberType, readonly [number, number]>> = {
  former_employee: [21, 45],
  summer_worker: [17, 24],
  intern: [20, 30],
  retiree: [25, 40],
  contractor: [25, 45],
};

function headlineFor(
  language: Language,
  type: MemberType,
  current: { title: string | null; employer: string | null; studying: boolean },
  lastTitle: string,
  cal: Calendar,
  rnd: Rng,
): string | null {
  if (type === 'retiree') {
    return language === 'fi' ? `Eläkkeellä, ent. ${lastTitle}` : language === 'sv' ? `Pensionär, tidigare ${lastTitle}` : `Retired ${lastTitle}`;
  }
  if (current.studying && current.title) {
    const year = yearOf(cal.today) + intBetween(rnd, 0, 2);
    const title = capitalize(current.title);
    return language === 'fi' ? `${title}, valmistun ${year}` : language === 'sv' ? `${title}, utexamineras ${year}` : `${title}, graduating ${year}`;
  }
  if (current.title && current.employer) {
    const title = capitalize(current.title);
    return language === 'en' ? `${title} at ${current.employer}` : `${title}, ${current.employer}`;
  }
  return current.title ? capitalize(current.title) : null;
}

function bioFor(
  language: Language,
  type: MemberType,
  periods: readonly DemoEmployment[],
  skills: readonly string[],
  flags: { mentor: boolean; openToReturn: boolean },
  rnd: Rng,
): string | null {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last || !chance(rnd, 0.45)) return null;
  const y1 = Number(first.startDate.slice(0, 4));
  const y2 = Number(last.endDate.slice(0, 4));
  const parts: string[] = [];
  if (type === 'retiree') {
    const years = Math.max(1, y2 - y1);
    parts.push(
      language === 'fi'
        ? `Eläkkeellä vuodesta ${y2}, sitä ennen ${years} vuotta talossa.`
        : language === 'sv'
          ? `Pensionär sedan ${y2}, dessförinnan ${years} år i huset.`
          : `Retired in ${y2} after ${years} years with the group.`,
    );
  } else if (type === 'summer_worker') {
    const summers = joinList(periods.map((p) => p.startDate.slice(0, 4)), language);
    parts.push(language === 'fi' ? `Kesätöissä ${summers}.` : language === 'sv' ? `Sommarjobbade ${summers}.` : `Summer jobs in ${summers}.`);
  } else if (type === 'intern') {
    parts.push(
      language === 'fi'
        ? `Harjoittelu vuonna ${y1} (${first.department}).`
        : language === 'sv'
          ? `Praktik år ${y1} (${first.department}).`
          : `Placement in ${y1} (${first.department}).`,
    );
  } else if (type === 'contractor') {
    const years = y1 === y2 ? `${y1}` : `${y1}–${y2}`;
    parts.push(
      language === 'fi'
        ? `Toimeksiannot ${years}: ${last.title}, ${last.department}.`
        : language === 'sv'
          ? `Uppdrag ${years}: ${last.title}, ${last.department}.`
          : `Contract work ${years}: ${last.title}, ${last.department}.`,
    );
  } else {
    const years = y1 === y2 ? `${y1}` : `${y1}–${y2}`;
    parts.push(
      language === 'fi'
        ? `Entinen ${last.title} (${last.department}, ${years}).`
        : language === 'sv'
          ? `Tidigare ${last.title} (${last.department}, ${years}).`
          : `Former ${last.title} (${last.department}, ${years}).`,
    );
  }
  const interests = skills.slice(0, 2);
  if (interests.length === 2 && chance(rnd, 0.6)) {
    const list = joinList(interests, language);
    parts.push(language === 'fi' ? `Kiinnostuksen kohteita: ${list}.` : language === 'sv' ? `Intressen: ${list}.` : `Interested in ${list}.`);
  }
  if (flags.mentor) {
    parts.push(language === 'fi' ? 'Toimin mielelläni mentorina.' : language === 'sv' ? 'Ställer gärna upp som mentor.' : 'Happy to mentor.');
  } else if (flags.openToReturn) {
    parts.push(language === 'fi' ? 'Avoin uusille mahdollisuuksille.' : language === 'sv' ? 'Öppen för nya möjligheter.' : 'Open to new opportunities.');
  }
  return parts.join(' ');
}

function currentPosition(
  type: MemberType,
  identity: Identity,
  periods: readonly PeriodDraft[],
  stint: Stint | undefined,
  cal: Calendar,
  rnd: Rng,
): { title: Localized | null; employer: string | null; studying: boolean } {
  const last = periods.at(-1);
  if (type === 'retiree' || !last) return { title: null, employer: null, studying: false };
  const field = last.track.field;
  const employerFor = (f: Field): string =>
    identity.country === 'FI' && f === 'care' && identity.publicEmployer && chance(rnd, 0.55)
      ? identity.publicEmployer
      : pick(privateEmployers[identity.country][f], rnd);

  if ((type === 'summer_worker' || type === 'intern') && stint) {
    const studying = stint.student !== undefined && yearOf(last.end) >= yearOf(cal.today) - 3 && chance(rnd, 0.75);
    if (studying) return { title: stint.student ?? null, employer: null, studying: true };
    return chance(rnd, 0.85) ? { title: stint.graduate, employer: employerFor(field), studying: false } : { title: null, employer: null, studying: false };
  }
  if (type === 'contractor' && stint) {
    return chance(rnd, 0.85)
      ? { title: stint.graduate, employer: pick(contractorEmployers[field], rnd), studying: false }
      : { title: null, employer: null, studying: false };
  }
  if (!chance(rnd, 0.8)) return { title: null, employer: null, studying: false };
  const level = Math.max(0, last.track.titles.indexOf(last.title));
  const promoted = chance(rnd, 0.3) ? level + 1 : level;
  const title = last.track.titles[Math.min(promoted, last.track.titles.length - 1)] ?? last.title;
  return { title, employer: employerFor(field), studying: false };
}

interface Taken {
  emails: Set<string>;
  employeeNumbers: Set<string>;
}

/** The demo member's employee number, kept out of the generated ones. */
const DEMO_MEMBER_EMPLOYEE_NUMBER = 'EH-15634';

const freshTaken = (): Taken => ({ emails: new Set(), employeeNumbers: new Set([DEMO_MEMBER_EMPLOYEE_NUMBER]) });

/** Someone who worked in the group, whether or not they have joined: who they are and where they worked. */
interface Person {
  memberType: MemberType;
  periods: PeriodDraft[];
  stint: Stint | undefined;
  identity: Identity;
  /** The private address they use now. */
  email: string;
  employeeNumber: string;
  /** IT people in Finland often give their titles in English. */
  itInEnglish: boolean;
  /** The posts as the person names them, which is also how HR's system has them. */
  employment: DemoEmployment[];
}

function generatePerson(rnd: Rng, cal: Calendar, taken: Taken): Person {
  const memberType = pickWeighted<MemberType>(
    [['former_employee', 45], ['summer_worker', 20], ['intern', 13], ['retiree', 12], ['contractor', 10]],
    rnd,
  );
  let periods: PeriodDraft[];
  let stint: Stint | undefined;
  if (memberType === 'former_employee') periods = careerPeriods(rnd, cal);
  else if (memberType === 'retiree') periods = retireePeriods(rnd, cal);
  else {
    const stints = memberType === 'summer_worker' ? summerPeriods(rnd, cal) : memberType === 'intern' ? internPeriods(rnd, cal) : contractorPeriods(rnd, cal);
    periods = stints.periods;
    stint = stints.stint;
  }
  const first = periods[0];
  if (!first) throw new Error('A demo person needs at least one employment period');

  const [minAge, maxAge] = ageAtFirstStart[memberType];
  const birthYear = yearOf(first.start) - intBetween(rnd, minAge, maxAge);
  const identity = identityFor(birthYear, rnd);
  const email = emailFor(identity.firstName, identity.lastName, identity.domain, taken.emails, rnd);
  const employeeNumber = allocateEmployeeNumber(first.start, rnd, taken.employeeNumbers);
  const itInEnglish = chance(rnd, 0.35);
  const employment: DemoEmployment[] = periods.map((p) => ({
    department: p.track.department,
    title: inLanguage(p.title, p.track.field === 'it' && itInEnglish ? 'en' : identity.language),
    startDate: isoDay(p.start),
    endDate: isoDay(p.end),
    verified: false,
  }));
  return { memberType, periods, stint, identity, email, employeeNumber, itInEnglish, employment };
}

/** A surname the person could have had before, from the same name tradition. */
function otherSurname(identity: Identity, rnd: Rng): string {
  const pool = identity.language === 'sv' ? swedishNames.last : finnishNames.last;
  return pick(
    pool.filter((name) => name !== identity.lastName),
    rnd,
  );
}

type HrAddress = 'none' | 'work' | 'personal' | 'older';

/**
 * Which address HR's export has: none in the oldest records, the work address for many who left
 * before private addresses were asked for at leaving, the private one since, and now and then a
 * private one the person no longer uses.
 */
function hrAddressKind(lastEnd: string, rnd: Rng): HrAddress {
  const options: Weighted<HrAddress> =
    lastEnd < '2006-01-01'
      ? [['none', 40], ['work', 45], ['older', 15]]
      : lastEnd < '2014-01-01'
        ? [['none', 10], ['work', 40], ['personal', 35], ['older', 15]]
        : [['work', 15], ['personal', 70], ['older', 15]];
  return pickWeighted(options, rnd);
}

function hrEmailFor(kind: HrAddress, person: Person, namesThen: { firstName: string; lastName: string }, taken: Taken, rnd: Rng): string | null {
  switch (kind) {
    case 'none':
      return null;
    case 'work':
      return workEmailFor(namesThen.firstName, namesThen.lastName, taken.emails);
    case 'personal':
      return person.email;
    case 'older': {
      const domain = pick(
        personalDomains.filter((d: Domain) => d !== person.identity.domain),
        rnd,
      );
      return emailFor(namesThen.firstName, namesThen.lastName, domain, taken.emails, rnd);
    }
  }
}

/**
 * When the member joined. Claims still with HR are recent (a queue of year-old claims would not be
 * believable); invitations went out after HR's latest import; HR takes a few days with a claim.
 */
function joiningFor(
  route: Route,
  lastEnd: number,
  cal: Calendar,
  email: string,
  language: Language,
  rnd: Rng,
): { joinedDay: number; invitation: DemoInvitation | null } {
  const after = lastEnd + 1;
  switch (route.status) {
    case 'pending':
      return { joinedDay: intBetween(rnd, Math.max(after, cal.today - 21), cal.today - 1), invitation: null };
    case 'info_requested':
      return { joinedDay: intBetween(rnd, Math.max(after, cal.today - 45), cal.today - 6), invitation: null };
    case 'rejected':
      return { joinedDay: intBetween(rnd, Math.max(after, cal.today - 150), cal.today - 10), invitation: null };
    case 'verified':
      break;
  }
  if (route.via === 'invitation') {
    const sentDay = intBetween(rnd, cal.importDay + 1, cal.today - 3);
    return { joinedDay: intBetween(rnd, sentDay + 1, cal.today - 1), invitation: invitationOn(sentDay, email, language, rnd) };
  }
  // Nobody joined before the community opened.
  const latest = route.via === 'hr' ? cal.today - 5 : cal.today - 1;
  return { joinedDay: intBetween(rnd, Math.max(cal.launchDay, after), latest), invitation: null };
}

const latestOf = (...moments: readonly (Date | null | undefined)[]): Date =>
  new Date(Math.max(...moments.map((m) => m?.getTime() ?? Number.NEGATIVE_INFINITY)));

function generateMember(index: number, rnd: Rng, cal: Calendar, taken: Taken): DemoMember {
  const person = generatePerson(rnd, cal, taken);
  const { memberType, periods, stint, identity, email, employeeNumber, itInEnglish } = person;
  const { language } = identity;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) throw new Error('A demo member needs at least one employment period');
  const route = settleRoute(routeFor(index, rnd), person.employment);

  const skillPool = [...new Set(periods.flatMap((p) => p.track.skills))];
  const skillCount = intBetween(rnd, 3, 6);
  const chosenSkills = sample(skillPool, skillCount, rnd);
  if (chosenSkills.length < skillCount) chosenSkills.push(...sample(genericSkills, skillCount - chosenSkills.length, rnd));
  const skills = [...new Set(chosenSkills.map((s) => inLanguage(s, language)))];

  const openToReturn = chance(rnd, openToReturnRate[memberType]);
  const returnModes = openToReturn ? returnModesFor(memberType, rnd) : [];
  const careerYears = (last.end - first.start) / 365;
  const mentor =
    memberType === 'retiree'
      ? chance(rnd, 0.35)
      : memberType === 'former_employee'
        ? chance(rnd, careerYears >= 5 ? 0.15 : 0.05)
        : memberType === 'contractor' && chance(rnd, 0.08);
  const speaker =
    memberType === 'retiree'
      ? chance(rnd, 0.2)
      : (memberType === 'former_employee' || memberType === 'contractor') && chance(rnd, 0.08);

  const current = currentPosition(memberType, identity, periods, stint, cal, rnd);
  const currentTitle = current.title ? inLanguage(current.title, last.track.field === 'it' && itInEnglish ? 'en' : language) : null;
  const lastTitle = person.employment.at(-1)?.title ?? '';
  const headline = chance(rnd, 0.85)
    ? headlineFor(language, memberType, { title: currentTitle, employer: current.employer, studying: current.studying }, lastTitle, cal, rnd)
    : null;
  const bio = bioFor(language, memberType, person.employment, skills, { mentor, openToReturn }, rnd);
  // Office and IT people keep their LinkedIn up to date more often than care staff.
  const linkedinUrl = chance(rnd, last.track.field === 'care' ? 0.25 : 0.55) ? linkedinUrlFor(identity.firstName, identity.lastName, rnd) : null;

  const { joinedDay, invitation } = joiningFor(route, last.end, cal, email, language, rnd);
  const joinedAt = momentOn(joinedDay, rnd);
  if (invitation) invitation.acceptedAt = joinedAt;
  const sinceJoin = cal.today * DAY_MS - joinedAt.getTime();
  // Most members come back now and then; recent logins are more common than old ones.
  const lastLoginAt = chance(rnd, 0.85) ? new Date(cal.today * DAY_MS - Math.floor(rnd() ** 2 * sinceJoin)) : null;
  const editedAt = new Date(joinedAt.getTime() + Math.floor(rnd() * ((lastLoginAt ?? joinedAt).getTime() - joinedAt.getTime())));

  // HR's side: the records as HR has them, and the claim as the member made it.
  const surnameThen = otherSurname(identity, rnd);
  const recordNames = namesOnRecord(route.mismatch, identity.firstName, identity.lastName, surnameThen);
  const namesThen = route.mismatch === 'surname' ? { firstName: identity.firstName, lastName: surnameThen } : identity;
  const addressKind = hrAddressKind(isoDay(last.end), rnd);
  // An address equal to the member's would have matched the claim at once, which only some did.
  const kind: HrAddress = route.via === 'invitation' ? 'personal' : route.via !== 'match' && addressKind === 'personal' ? 'older' : addressKind;
  const hrEmail = hrEmailFor(kind, person, namesThen, taken, rnd);
  const unknownToHr = route.mismatch === 'agency' || route.mismatch === 'unknown';
  const records = unknownToHr ? [] : recordsFor(person, recordNames, hrEmail, person.employment, rnd);
  const claim = claimFor({
    route,
    memberType,
    employeeNumber,
    language,
    periods: person.employment,
    recordSurname: recordNames.lastName,
    claimedAt: claimedAtAfter(joinedAt, rnd),
    rnd,
    takenNumbers: taken.employeeNumbers,
  });

  const verified = route.status === 'verified';
  const recordedStarts = new Set(records.map((r) => r.startDate));
  const employment = verified ? person.employment.map((p) => ({ ...p, verified: recordedStarts.has(p.startDate) })) : [];
  const verifiedAt = !verified ? null : route.via === 'invitation' ? minutesAfter(joinedAt, 4) : (claim?.decidedAt ?? null);

  return {
    email,
    firstName: identity.firstName,
    lastName: identity.lastName,
    language,
    memberType,
    headline,
    currentEmployer: current.employer,
    currentTitle,
    city: identity.city,
    country: identity.country,
    bio,
    skills,
    openToReturn,
    returnModes,
    mentor,
    speaker,
    linkedinUrl,
    directoryVisibility: pickWeighted<DirectoryVisibility>([['members', 80], ['staff', 14], ['hidden', 6]], rnd),
    verificationStatus: route.status,
    verifiedAt,
    joinedAt,
    updatedAt: latestOf(editedAt, verifiedAt, claim?.createdAt, claim?.decidedAt),
    lastLoginAt,
    employment,
    consents: consentHistory(joinedAt, route.via === 'invitation' ? 'invitation' : 'signup', openToReturn, cal, rnd),
    employeeNumber,
    records,
    claim,
    invitation,
    unsubscribedAt: null,
  };
}

const assertCount = (what: string, count: number): void => {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${what} count must be a non-negative integer, got ${count}`);
};

function generateMembersInto(count: number, seed: number, cal: Calendar, taken: Taken): DemoMember[] {
  assertCount('Member', count);
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => generateMember(i, rnd, cal, taken));
}

/**
 * Alumni for the demo. Pure: the same count, seed and day give the same members, and a larger count
 * begins with the same ones. Dates are relative to `now` (its UTC day), so the data stays current
 * whenever it is loaded. Claims are as generated; `generateDemoData` settles them against everyone's records.
 */
export function generateDemoMembers(count: number, seed: number, now: Date = new Date()): DemoMember[] {
  return generateMembersInto(count, seed, calendarFor(now), freshTaken());
}

const shiftYears = (iso: string, years: number): string =>
  isoDay(dayOf(Number(iso.slice(0, 4)) + years, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));

/** The same history moved whole years later, so that it ends within the past year (and before HR's import). */
function leftWithinYear(employment: readonly DemoEmployment[], cal: Calendar): readonly DemoEmployment[] {
  const lastEnd = employment.at(-1)?.endDate;
  if (lastEnd === undefined || dayOfIso(lastEnd) >= cal.today - 365) return employment;
  for (let years = yearOf(cal.endCap) - Number(lastEnd.slice(0, 4)); years > 0; years--) {
    const shifted = employment.map((p) => ({ ...p, startDate: shiftYears(p.startDate, years), endDate: shiftYears(p.endDate, years) }));
    const end = dayOfIso(shifted.at(-1)?.endDate ?? lastEnd);
    if (end <= cal.endCap && end >= cal.today - 365) return shifted;
  }
  return employment;
}

function generateFormerEmployee(index: number, rnd: Rng, cal: Calendar, taken: Taken): DemoFormerEmployee {
  const person = generatePerson(rnd, cal, taken);
  // A fifth left within the last year: the people HR most wants to invite.
  const employment = index % 5 === 2 ? leftWithinYear(person.employment, cal) : person.employment;
  const kind = hrAddressKind(employment.at(-1)?.endDate ?? '', rnd);
  const email = hrEmailFor(kind === 'older' ? 'personal' : kind, person, person.identity, taken, rnd);
  return {
    employeeNumber: person.employeeNumber,
    firstName: person.identity.firstName,
    lastName: person.identity.lastName,
    language: person.identity.language,
    memberType: person.memberType,
    records: recordsFor(person, person.identity, email, employment, rnd),
    invitation: null,
    unsubscribedAt: null,
  };
}

function generateFormerEmployeesInto(count: number, seed: number, cal: Calendar, taken: Taken): DemoFormerEmployee[] {
  assertCount('Former employee', count);
  // A stream of its own, so that the members stay the same whatever this count is.
  const rnd = mulberry32(seed ^ 0x5eed_f00d);
  return Array.from({ length: count }, (_, i) => generateFormerEmployee(i, rnd, cal, taken));
}

const isPrivateAddress = (email: string | null | undefined): email is string => !!email && !email.endsWith(`@${COMPANY_MAIL_DOMAIN}`);

/**
 * HR's first invitations after the import: the most recent leavers with a private address, in two
 * rounds. One of them unsubscribed from the mail instead of joining.
 */
function inviteFormerEmployees(people: readonly DemoFormerEmployee[], cal: Calendar, rnd: Rng): void {
  const reachable = people
    .filter((p) => isPrivateAddress(p.records[0]?.email))
    .map((p, i) => ({ p, i, lastEnd: p.records.at(-1)?.endDate ?? '' }))
    .sort((a, b) => b.lastEnd.localeCompare(a.lastEnd) || a.i - b.i)
    .map((x) => x.p);
  const count = Math.min(Math.ceil(reachable.length / 2), Math.max(1, Math.round(people.length * 0.055)));
  // Every other one: HR picked by hand rather than inviting a whole date range.
  const chosen = reachable.filter((_, i) => i % 2 === 0).slice(0, count);
  chosen.forEach((p, i) => {
    const email = p.records[0]?.email;
    if (!email) return;
    p.invitation = invitationOn(i < Math.ceil(count / 2) ? cal.importDay + 2 : cal.today - 4, email, p.language, rnd);
  });
  const unsubscribed = chosen[0]?.invitation;
  if (chosen[0] && unsubscribed) chosen[0].unsubscribedAt = new Date(unsubscribed.sentAt.getTime() + intBetween(rnd, 2, 30) * 3_600_000);
}

/** One member left the newsletter by the link in a mail, which also put the address on the suppression list. */
function markUnsubscribedMember(people: readonly DemoMember[]): void {
  for (const m of people) {
    const left = m.consents.find((c) => c.channel === 'newsletter' && c.source === 'preferences');
    if (m.verificationStatus === 'verified' && left) {
      m.unsubscribedAt = left.createdAt;
      return;
    }
  }
}

export interface DemoDataOptions {
  members?: number;
  formerEmployees?: number;
  seed?: number;
  now?: Date;
}

/**
 * Everything the demo loads apart from the staff logins: the demo member, the alumni, the former
 * employees in HR's records, and the import those records came from. Pure and deterministic.
 */
export function generateDemoData(opts: DemoDataOptions = {}): DemoData {
  const now = opts.now ?? new Date();
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  const cal = calendarFor(now);
  const taken = freshTaken();
  const generated = generateMembersInto(opts.members ?? DEFAULT_DEMO_MEMBERS, seed, cal, taken);
  const formerEmployees = generateFormerEmployeesInto(opts.formerEmployees ?? DEFAULT_DEMO_FORMER_EMPLOYEES, seed, cal, taken);
  const rnd = mulberry32(seed ^ 0x0c0ffee);
  inviteFormerEmployees(formerEmployees, cal, rnd);
  markUnsubscribedMember(generated);
  const account = demoAccounts.find((a) => a.role === 'member');
  if (!account) throw new Error('No demo member account');
  const demoMember = demoMemberProfile(account, now);
  const everyone = [demoMember, ...generated];
  settleClaims(everyone, new RecordIndex([...everyone, ...formerEmployees].flatMap((p) => p.records)));
  return { demoMember, members: generated, formerEmployees, recordImport: recordImportFor(cal, rnd) };
}

/** The profile behind the demo member login: hand-written so that the demo always shows a full, verified profile. */
function demoMemberProfile(account: DemoAccount, now: Date): DemoMember {
  const cal = calendarFor(now);
  const joinedAt = new Date((cal.today - 400) * DAY_MS + 9.5 * 3600 * 1000);
  const claimedAt = minutesAfter(joinedAt, 12);
  const grantedAtSignup: Readonly<Record<ConsentChannel, boolean>> = {
    newsletter: true,
    event_invites: true,
    job_alerts: true,
    tracking: false,
    recruiter_contact: true,
  };
  // A returner: practical nurse first, back as a registered nurse after graduating.
  const employment: DemoEmployment[] = [
    { department: 'Vanhuspalvelut', title: 'lähihoitaja', startDate: '2008-06-02', endDate: '2011-08-14', verified: true },
    { department: 'Sairaalapalvelut', title: 'sairaanhoitaja', startDate: '2013-01-07', endDate: '2021-05-31', verified: true },
  ];
  const records: DemoRecord[] = employment.map((p) => ({
    employeeNumber: DEMO_MEMBER_EMPLOYEE_NUMBER,
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    department: p.department,
    title: p.title,
    memberType: 'former_employee',
    startDate: p.startDate,
    endDate: p.endDate,
  }));
  return {
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    language: account.language,
    memberType: 'former_employee',
    headline: 'Sairaanhoitaja, Pirkanmaan hyvinvointialue',
    currentEmployer: 'Pirkanmaan hyvinvointialue',
    currentTitle: 'sairaanhoitaja',
    city: 'Tampere',
    country: 'FI',
    bio: 'Aloitin lähihoitajana vanhuspalveluissa ja palasin sairaanhoitajaksi valmistumisen jälkeen. Kiinnostuksen kohteita: akuuttihoito ja perehdyttäminen. Toimin mielelläni mentorina.',
    skills: ['akuuttihoito', 'lääkehoito', 'potilasturvallisuus', 'perehdyttäminen'],
    openToReturn: true,
    returnModes: ['part_time', 'substitute'],
    mentor: true,
    speaker: false,
    linkedinUrl: 'https://www.linkedin.com/in/mikko-korhonen-5e0c7a12',
    directoryVisibility: 'members',
    verificationStatus: 'verified',
    verifiedAt: claimedAt,
    joinedAt,
    updatedAt: claimedAt,
    lastLoginAt: new Date((cal.today - 3) * DAY_MS + 18 * 3600 * 1000),
    employment,
    consents: consentChannels.map((channel) => ({ channel, granted: grantedAtSignup[channel], source: 'signup', createdAt: joinedAt })),
    employeeNumber: DEMO_MEMBER_EMPLOYEE_NUMBER,
    records,
    claim: {
      memberType: 'former_employee',
      department: 'Sairaalapalvelut',
      title: 'sairaanhoitaja',
      startMonth: '2013-01-01',
      endMonth: '2021-05-01',
      employeeNumber: null,
      status: 'verified',
      autoVerified: true,
      matchedRecordStart: '2013-01-07',
      decisionNote: null,
      memberNote: null,
      decidedByHr: false,
      createdAt: claimedAt,
      decidedAt: claimedAt,
    },
    invitation: null,
    unsubscribedAt: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows and inserts

type UserInsert = typeof users.$inferInsert;
type MemberInsert = typeof members.$inferInsert;
type EmploymentInsert = typeof employmentPeriods.$inferInsert;
type ConsentInsert = typeof consents.$inferInsert;
type RecordImportInsert = typeof recordImports.$inferInsert;
type RecordInsert = typeof employmentRecords.$inferInsert;
type ClaimInsert = typeof membershipClaims.$inferInsert;
type InvitationInsert = typeof recordInvitations.$inferInsert;
type SuppressionInsert = typeof suppressions.$inferInsert;

export interface DemoRows {
  users: UserInsert[];
  members: MemberInsert[];
  recordImports: RecordImportInsert[];
  employmentRecords: RecordInsert[];
  employmentPeriods: EmploymentInsert[];
  membershipClaims: ClaimInsert[];
  recordInvitations: InvitationInsert[];
  suppressions: SuppressionInsert[];
  consents: ConsentInsert[];
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Table rows for the demo accounts and the demo data. Staff get a login and no profile; the demo
 * member gets both; generated alumni have no password because members sign in with magic links.
 * Records, periods and claims refer to each other by the ids given here.
 */
export function buildDemoRows(data: DemoData, passwordHashes: ReadonlyMap<string, string>, now: Date, newId: () => string = randomUUID): DemoRows {
  const rows: DemoRows = {
    users: [],
    members: [],
    recordImports: [],
    employmentRecords: [],
    employmentPeriods: [],
    membershipClaims: [],
    recordInvitations: [],
    suppressions: [],
    consents: [],
  };
  const hashFor = (account: DemoAccount): string => {
    const hash = passwordHashes.get(account.email);
    if (hash === undefined) throw new Error(`No password hash for ${account.email}`);
    return hash;
  };
  const cal = calendarFor(now);
  const staffSince = new Date(cal.launchDay * DAY_MS + 8 * 3600 * 1000);

  const staffIds = new Map<Role, string>();
  for (const account of demoAccounts) {
    if (account.role === 'member') continue;
    const id = newId();
    staffIds.set(account.role, id);
    rows.users.push({
      id,
      email: account.email,
      emailVerifiedAt: staffSince,
      passwordHash: hashFor(account),
      role: account.role,
      status: 'active',
      language: account.language,
      firstName: account.firstName,
      lastName: account.lastName,
      createdAt: staffSince,
      updatedAt: staffSince,
    });
  }
  // HR imports, decides claims and invites.
  const hrId = staffIds.get('hr') ?? null;

  const importId = newId();
  const imported = data.recordImport;
  const addRecords = (records: readonly DemoRecord[], member: { id: string; verifiedAt: Date | null } | null): Map<string, string> => {
    const idByStart = new Map<string, string>();
    for (const r of records) {
      const id = newId();
      idByStart.set(r.startDate, id);
      rows.employmentRecords.push({
        id,
        ...r,
        importId,
        memberId: member?.id ?? null,
        createdAt: imported.finishedAt,
        updatedAt: latestOf(imported.finishedAt, member?.verifiedAt),
      });
    }
    return idByStart;
  };
  const addInvitation = (employeeNumber: string, invitation: DemoInvitation | null, acceptedBy: string | null): void => {
    if (!invitation) return;
    rows.recordInvitations.push({
      employeeNumber,
      email: invitation.email,
      language: invitation.language,
      invitedBy: hrId,
      // Only the hash of a link's token is ever stored; this one was never mailed, so nobody holds the token.
      tokenHash: createHash('sha256').update(`demo-invitation:${newId()}`).digest('base64url'),
      createdAt: new Date(invitation.sentAt.getTime() - 20_000),
      sentAt: invitation.sentAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      acceptedBy: invitation.acceptedAt ? acceptedBy : null,
    });
  };
  const addSuppression = (email: string | null | undefined, at: Date | null): void => {
    if (!email || !at) return;
    const address = email.toLowerCase();
    rows.suppressions.push({ emailHash: sha256Hex(address), email: address, reason: 'unsubscribed', createdAt: at });
  };

  const addMember = (m: DemoMember, passwordHash: string | null): void => {
    const id = newId();
    rows.users.push({
      id,
      email: m.email,
      emailVerifiedAt: minutesAfter(m.joinedAt, 4),
      passwordHash,
      role: 'member',
      status: 'active',
      language: m.language,
      firstName: m.firstName,
      lastName: m.lastName,
      createdAt: m.joinedAt,
      updatedAt: m.updatedAt,
      lastLoginAt: m.lastLoginAt,
    });
    rows.members.push({
      userId: id,
      memberType: m.memberType,
      headline: m.headline,
      currentEmployer: m.currentEmployer,
      currentTitle: m.currentTitle,
      city: m.city,
      country: m.country,
      linkedinUrl: m.linkedinUrl,
      bio: m.bio,
      skills: m.skills,
      openToReturn: m.openToReturn,
      returnModes: m.returnModes,
      mentor: m.mentor,
      speaker: m.speaker,
      directoryVisibility: m.directoryVisibility,
      verificationStatus: m.verificationStatus,
      verifiedAt: m.verifiedAt,
      joinedAt: m.joinedAt,
      updatedAt: m.updatedAt,
    });
    // A verified member's records are theirs; anyone else's wait for HR to link them.
    const verified = m.verificationStatus === 'verified';
    const recordIds = addRecords(m.records, verified ? { id, verifiedAt: m.verifiedAt } : null);
    const recordId = (startDate: string): string => {
      const found = recordIds.get(startDate);
      if (!found) throw new Error(`${m.email} has no record starting ${startDate}`);
      return found;
    };
    for (const p of m.employment) {
      rows.employmentPeriods.push({
        memberId: id,
        ...p,
        recordId: p.verified ? recordId(p.startDate) : null,
        createdAt: p.verified ? (m.verifiedAt ?? m.joinedAt) : m.joinedAt,
      });
    }
    const c = m.claim;
    if (c) {
      rows.membershipClaims.push({
        memberId: id,
        memberType: c.memberType,
        department: c.department,
        title: c.title,
        startMonth: c.startMonth,
        endMonth: c.endMonth,
        employeeNumber: c.employeeNumber,
        status: c.status,
        autoVerified: c.autoVerified,
        matchedRecordId: c.matchedRecordStart === null ? null : recordId(c.matchedRecordStart),
        decisionNote: c.decisionNote,
        memberNote: c.memberNote,
        decidedBy: c.decidedByHr ? hrId : null,
        decidedAt: c.decidedAt,
        createdAt: c.createdAt,
        updatedAt: c.decidedAt ?? c.createdAt,
      });
    }
    addInvitation(m.employeeNumber, m.invitation, id);
    addSuppression(m.email, m.unsubscribedAt);
    for (const consent of m.consents) {
      rows.consents.push({ memberId: id, ...consent });
    }
  };

  const memberAccount = demoAccounts.find((a) => a.role === 'member');
  if (memberAccount) addMember(data.demoMember, hashFor(memberAccount));
  for (const m of data.members) addMember(m, null);
  for (const p of data.formerEmployees) {
    addRecords(p.records, null);
    addInvitation(p.employeeNumber, p.invitation, null);
    addSuppression(p.invitation?.email, p.unsubscribedAt);
  }

  const written = rows.employmentRecords.length;
  const problems = importProblems(written);
  rows.recordImports.push({
    id: importId,
    createdBy: hrId,
    fileName: imported.fileName,
    status: 'done',
    rows: [],
    problems,
    totalRows: written + problems.length,
    validRows: written,
    newRows: written,
    changedRows: 0,
    unchangedRows: 0,
    processedRows: written,
    error: null,
    createdAt: imported.createdAt,
    startedAt: imported.startedAt,
    finishedAt: imported.finishedAt,
  });
  return rows;
}

/** Well below PostgreSQL's 65 535 bind parameters even for the widest table. */
const INSERT_CHUNK_SIZE = 500;

async function insertInChunks<T>(rows: readonly T[], write: (chunk: T[]) => PromiseLike<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_SIZE) await write(rows.slice(i, i + INSERT_CHUNK_SIZE));
}

/**
 * Loads the demo accounts, the generated alumni (plus the demo member's own profile), HR's records
 * and import, claims, invitations and suppressions in one transaction. Not idempotent by itself: a
 * second run fails on the unique e-mail index and leaves the data as it was; the caller marks the
 * database as seeded.
 */
export async function seedDemoData(
  db: Db,
  opts: DemoDataOptions & { hashPassword: (password: string) => Promise<string> },
): Promise<{ accounts: readonly DemoAccount[]; members: number; records: number }> {
  const now = opts.now ?? new Date();
  const data = generateDemoData({ ...opts, now });
  const hashes = new Map<string, string>();
  await Promise.all(demoAccounts.map(async (a) => hashes.set(a.email, await opts.hashPassword(a.password))));
  const rows = buildDemoRows(data, hashes, now);

  await db.transaction(async (tx) => {
    // In foreign-key order: records name their import and member, periods and claims their record.
    await insertInChunks(rows.users, (chunk) => tx.insert(users).values(chunk));
    await insertInChunks(rows.members, (chunk) => tx.insert(members).values(chunk));
    await insertInChunks(rows.recordImports, (chunk) => tx.insert(recordImports).values(chunk));
    await insertInChunks(rows.employmentRecords, (chunk) => tx.insert(employmentRecords).values(chunk));
    await insertInChunks(rows.employmentPeriods, (chunk) => tx.insert(employmentPeriods).values(chunk));
    await insertInChunks(rows.membershipClaims, (chunk) => tx.insert(membershipClaims).values(chunk));
    await insertInChunks(rows.recordInvitations, (chunk) => tx.insert(recordInvitations).values(chunk));
    await insertInChunks(rows.suppressions, (chunk) => tx.insert(suppressions).values(chunk));
    await insertInChunks(rows.consents, (chunk) => tx.insert(consents).values(chunk));
    await seedDemoEvents(tx, now);
    await seedDemoNewsletters(tx, now);
    await seedDemoJobs(tx, now);
    await seedDemoInsight(tx, now);
  });
  return { accounts: demoAccounts, members: rows.members.length, records: rows.employmentRecords.length };
}
