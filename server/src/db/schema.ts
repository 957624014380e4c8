import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  boolean,
  date,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  claimStatuses,
  consentChannels,
  deliveryStatuses,
  directoryVisibilities,
  eventKinds,
  eventStatuses,
  importStatuses,
  languages,
  memberTypes,
  newsStatuses,
  newsletterStatuses,
  jobTypes,
  jobStatuses,
  interestStatuses,
  referralStatuses,
  flagStages,
  alertFrequencies,
  roles,
  rsvpStatuses,
  suppressionReasons,
  userStatuses,
  verificationStatuses,
} from '@alumni/shared';
import type { LocalizedText, NewsletterBlocks, SegmentFilters, SurveyAnswers, SurveyQuestion } from '@alumni/shared';

export const roleEnum = pgEnum('user_role', roles);
export const userStatusEnum = pgEnum('user_status', userStatuses);
export const languageEnum = pgEnum('language', languages);
export const memberTypeEnum = pgEnum('member_type', memberTypes);
export const consentChannelEnum = pgEnum('consent_channel', consentChannels);
export const visibilityEnum = pgEnum('directory_visibility', directoryVisibilities);
export const verificationStatusEnum = pgEnum('verification_status', verificationStatuses);
export const claimStatusEnum = pgEnum('claim_status', claimStatuses);
export const importStatusEnum = pgEnum('import_status', importStatuses);
export const suppressionReasonEnum = pgEnum('suppression_reason', suppressionReasons);
export const eventKindEnum = pgEnum('event_kind', eventKinds);
export const eventStatusEnum = pgEnum('event_status', eventStatuses);
export const rsvpStatusEnum = pgEnum('rsvp_status', rsvpStatuses);
export const deliveryStatusEnum = pgEnum('delivery_status', deliveryStatuses);
export const newsStatusEnum = pgEnum('news_status', newsStatuses);
export const newsletterStatusEnum = pgEnum('newsletter_status', newsletterStatuses);
export const jobTypeEnum = pgEnum('job_type', jobTypes);
export const jobStatusEnum = pgEnum('job_status', jobStatuses);
export const interestStatusEnum = pgEnum('interest_status', interestStatuses);
export const referralStatusEnum = pgEnum('referral_status', referralStatuses);
export const flagStageEnum = pgEnum('flag_stage', flagStages);
export const alertFrequencyEnum = pgEnum('alert_frequency', alertFrequencies);
export const tokenPurposeEnum = pgEnum('token_purpose', [
  'verify_email',
  'magic_link',
  'password_reset',
  'invite',
  'change_email',
]);

const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index makes addresses case-insensitive. */
    email: text('email').notNull(),
    emailVerifiedAt: tstz('email_verified_at'),
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull().default('member'),
    status: userStatusEnum('status').notNull().default('pending'),
    language: languageEnum('language').notNull().default('fi'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    lastLoginAt: tstz('last_login_at'),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_role_idx').on(t.role, t.createdAt),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    lastSeenAt: tstz('last_seen_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    revokedAt: tstz('revoked_at'),
    ip: inet('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: tokenPurposeEnum('purpose').notNull(),
    /** SHA-256 of the token; the token itself only ever exists in the mail. */
    tokenHash: text('token_hash').notNull(),
    data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
    createdAt: tstz('created_at').notNull().defaultNow(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
  },
  (t) => [uniqueIndex('one_time_tokens_hash_key').on(t.tokenHash), index('one_time_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Fixed-window counters shared by every API instance. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: tstz('window_start').notNull(),
  count: integer('count').notNull(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    ip: inet('ip'),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt, t.id),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
    index('audit_log_object_idx').on(t.objectType, t.objectId),
  ],
);

/** A parsed text-search document; written only by SQL (the members search trigger). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Rows of `members` that are in somebody's directory (see modules/directory/visibility.ts); the directory's indexes cover only these. */
const inDirectory = sql`user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff')`;

/** The alumni profile of a member-role user. The membership issue extends it. */
export const members = pgTable(
  'members',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    memberType: memberTypeEnum('member_type').notNull().default('former_employee'),
    headline: text('headline'),
    currentEmployer: text('current_employer'),
    currentTitle: text('current_title'),
    city: text('city'),
    country: text('country'),
    linkedinUrl: text('linkedin_url'),
    bio: text('bio'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    openToReturn: boolean('open_to_return').notNull().default(false),
    returnModes: text('return_modes').array().notNull().default(sql`'{}'::text[]`),
    mentor: boolean('mentor').notNull().default(false),
    speaker: boolean('speaker').notNull().default(false),
    directoryVisibility: visibilityEnum('directory_visibility').notNull().default('members'),
    verificationStatus: verificationStatusEnum('verification_status').notNull().default('unverified'),
    verifiedAt: tstz('verified_at'),
    /** Set when a photo is stored; its time is the photo's version in URLs. */
    photoUpdatedAt: tstz('photo_updated_at'),
    joinedAt: tstz('joined_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    /*
     * Search columns, kept by the `members_search_fill` trigger (migrations 0004 and 0005) from the
     * member's names, account status, profile and employment periods; nothing in the application
     * writes them.
     */
    searchName: text('search_name').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    departments: text('departments').array().notNull().default(sql`'{}'::text[]`),
    /** `search_text` and `search_name` parsed once (configuration 'simple', without positions), so no search parses text. */
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
    nameVector: tsvector('name_vector').notNull().default(sql`''::tsvector`),
    /** The directory's order: folded last name, then folded first name. */
    sortLast: text('sort_last').notNull().default(''),
    sortFirst: text('sort_first').notNull().default(''),
    /** The skills, folded, for the skill filter. */
    skillKeys: text('skill_keys').array().notNull().default(sql`'{}'::text[]`),
    /** `users.status = 'active'`, copied so that the directory filters without reading users. */
    userActive: boolean('user_active').notNull().default(false),
  },
  (t) => [
    index('members_type_idx').on(t.memberType),
    index('members_directory_idx').on(t.verificationStatus, t.directoryVisibility),
    index('members_search_name_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('members_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // The directory's name order. The columns after the unique id order nothing: they let a walk in
    // this order test the filters in the index, before it reads a row. The arrays stay out, as an
    // index row has a size limit that long arrays could exceed.
    index('members_directory_order_idx')
      .on(t.sortLast, t.sortFirst, t.userId, t.directoryVisibility, t.memberType, t.mentor, t.speaker, t.openToReturn, sql`lower(${t.city})`)
      .where(inDirectory),
    // Without fastupdate a search never scans a pending list of recent writes.
    index('members_search_vector_idx').using('gin', t.searchVector).with({ fastupdate: false }).where(inDirectory),
    index('members_name_vector_idx').using('gin', t.nameVector).with({ fastupdate: false }).where(inDirectory),
    index('members_skill_keys_idx').using('gin', t.skillKeys).with({ fastupdate: false }).where(inDirectory),
    index('members_departments_idx').using('gin', t.departments),
    index('members_city_idx').on(sql`lower(${t.city})`),
    index('members_joined_idx').on(t.joinedAt, t.userId),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** A member's photo, re-encoded on upload; kept in the database so every API instance can serve it. */
export const memberPhotos = pgTable('member_photos', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => members.userId, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
  mimeType: text('mime_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

export const employmentPeriods = pgTable(
  'employment_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.userId, { onDelete: 'cascade' }),
    department: text('department').notNull(),
    title: text('title').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    verified: boolean('verified').notNull().default(false),
    /** The HR record the period was matched from, when it was. */
    recordId: uuid('record_id').references(() => employmentRecords.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('employment_periods_member_idx').on(t.memberId)],
);

/** HR's own records of who worked here, imported from the HR system's CSV export. */
export const employmentRecords = pgTable(
  'employment_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNumber: text('employee_number').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Lower-cased; may be missing in old records. */
    email: text('email'),
    department: text('department').notNull(),
    title: text('title').notNull(),
    memberType: memberTypeEnum('member_type'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** The import that last wrote the row. */
    importId: uuid('import_id').references(() => recordImports.id, { onDelete: 'set null' }),
    /** The member this record was matched to, once someone claims it. */
    memberId: uuid('member_id').references(() => members.userId, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One row per person and period: re-importing the same export finds the same rows.
    uniqueIndex('employment_records_person_period_key').on(t.employeeNumber, t.startDate),
    index('employment_records_email_idx').on(sql`lower(${t.email})`),
    // Matching and HR's candidate list compare accent-free names (alumni_fold, migration 0002).
    index('employment_records_name_fold_idx').on(sql`alumni_fold(${t.firstName} || ' ' || ${t.lastName})`),
    index('employment_records_name_fold_trgm_idx').using('gin', sql`alumni_fold(${t.firstName} || ' ' || ${t.lastName}) gin_trgm_ops`),
    index('employment_records_end_idx').on(t.endDate),
    index('employment_records_member_idx').on(t.memberId),
  ],
);

export interface ImportProblem {
  /** 1-based line in the file, the header being line 1; 0 for problems of the whole file. */
  line: number;
  field: string | null;
  message: string;
}

/** One CSV upload: previewed first, then written by a job whose progress the console shows. */
export const recordImports = pgTable(
  'record_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    status: importStatusEnum('status').notNull().default('previewed'),
    /** The parsed, valid rows waiting to be written; emptied once written. */
    rows: jsonb('rows').$type<unknown[]>().notNull().default([]),
    problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    newRows: integer('new_rows').notNull().default(0),
    changedRows: integer('changed_rows').notNull().default(0),
    unchangedRows: integer('unchanged_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    error: text('error'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    startedAt: tstz('started_at'),
    finishedAt: tstz('finished_at'),
  },
  (t) => [index('record_imports_created_idx').on(t.createdAt)],
);

/** An invitation to join, sent once per person (employee number) however often HR asks. */
export const recordInvitations = pgTable(
  'record_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNumber: text('employee_number').notNull(),
    email: text('email').notNull(),
    language: languageEnum('language').notNull().default('fi'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** SHA-256 of the link's token; the token exists only in the mail. */
    tokenHash: text('token_hash'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    sentAt: tstz('sent_at'),
    expiresAt: tstz('expires_at'),
    acceptedAt: tstz('accepted_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('record_invitations_person_key').on(t.employeeNumber),
    // One invitation per address too, even for a person with two employee numbers.
    uniqueIndex('record_invitations_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('record_invitations_token_key').on(t.tokenHash),
  ],
);

/** A member's claim to have worked here; the latest one decides the member's verification status. */
export const membershipClaims = pgTable(
  'membership_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.userId, { onDelete: 'cascade' }),
    memberType: memberTypeEnum('member_type').notNull(),
    department: text('department').notNull(),
    title: text('title').notNull(),
    /** First day of the claimed start and end months. */
    startMonth: date('start_month', { mode: 'string' }).notNull(),
    endMonth: date('end_month', { mode: 'string' }),
    employeeNumber: text('employee_number'),
    status: claimStatusEnum('status').notNull().default('pending'),
    /** Verified at once by a matching record rather than by HR. */
    autoVerified: boolean('auto_verified').notNull().default(false),
    matchedRecordId: uuid('matched_record_id').references(() => employmentRecords.id, { onDelete: 'set null' }),
    /** HR's reason for a rejection or its question when asking for more. */
    decisionNote: text('decision_note'),
    /** The member's answer to a question, or anything they add. */
    memberNote: text('member_note'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tstz('decided_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('membership_claims_status_idx').on(t.status, t.createdAt), index('membership_claims_member_idx').on(t.memberId)],
);

/** Addresses that must never get bulk mail again. An erased member's address is kept only as a hash. */
export const suppressions = pgTable('suppressions', {
  id: bigserial('id', { mode: 'bigint' }).primaryKey(),
  /** SHA-256 of the lower-cased address. */
  emailHash: text('email_hash').notNull().unique(),
  email: text('email'),
  reason: suppressionReasonEnum('reason').notNull(),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

/** Append-only: the latest row per member and channel is the consent in force. */
export const consents = pgTable(
  'consents',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.userId, { onDelete: 'cascade' }),
    channel: consentChannelEnum('channel').notNull(),
    granted: boolean('granted').notNull(),
    source: text('source').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('consents_member_channel_idx').on(t.memberId, t.channel, t.createdAt)],
);

/** Marks that demo data was loaded, so it is loaded once only. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/** A saved audience: filters over the members, reused by event invitations (and newsletters, surveys). */
export const segments = pgTable('segments', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  filters: jsonb('filters').$type<SegmentFilters>().notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: tstz('created_at').notNull().defaultNow(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: eventKindEnum('kind').notNull(),
    status: eventStatusEnum('status').notNull().default('draft'),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    startsAt: tstz('starts_at').notNull(),
    endsAt: tstz('ends_at').notNull(),
    /** The IANA zone the event's wall-clock times are in. */
    timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
    placeName: text('place_name').notNull().default(''),
    address: text('address').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    /** Seats, guests included; null for no limit. */
    capacity: integer('capacity'),
    rsvpDeadline: tstz('rsvp_deadline'),
    maxGuests: integer('max_guests').notNull().default(0),
    reminderHours: integer('reminder_hours').notNull().default(24),
    /** The audience; null for every member. */
    segmentId: uuid('segment_id').references(() => segments.id, { onDelete: 'restrict' }),
    /** RFC 5545 SEQUENCE: raised on every change that is mailed to those invited. */
    sequence: integer('sequence').notNull().default(0),
    /** Set when the reminder's deliveries were written, so a restart never writes them again. */
    reminderQueuedAt: tstz('reminder_queued_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: tstz('published_at'),
    cancelledAt: tstz('cancelled_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('events_starts_idx').on(t.startsAt, t.id), index('events_status_idx').on(t.status, t.startsAt)],
);

/** One per member and event, however often HR presses send. */
export const eventInvitations = pgTable(
  'event_invitations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.userId, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.memberId] }), index('event_invitations_member_idx').on(t.memberId)],
);

export const eventRsvps = pgTable(
  'event_rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.userId, { onDelete: 'cascade' }),
    status: rsvpStatusEnum('status').notNull(),
    guests: integer('guests').notNull().default(0),
    /** When the member joined the waitlist; the line is ordered by it. Null unless waitlisted. */
    waitlistedAt: tstz('waitlisted_at'),
    /** How many times a freed seat went to this member; names each promotion's mail. */
    promotions: integer('promotions').notNull().default(0),
    respondedAt: tstz('responded_at').notNull().defaultNow(),
    checkedInAt: tstz('checked_in_at'),
    checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
    walkIn: boolean('walk_in').notNull().default(false),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_rsvps_event_member_key').on(t.eventId, t.memberId),
    index('event_rsvps_event_status_idx').on(t.eventId, t.status, t.waitlistedAt),
    index('event_rsvps_member_idx').on(t.memberId),
  ],
);

/**
 * A member's personal calendar feed. Its address is signed with the server secret over the member
 * and this version, so it can be shown again at any time; a reset raises the version, and every
 * older address stops working.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => members.userId, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

/**
 * The delivery ledger: one row per message and recipient. Workers claim rows with a lease before
 * the SMTP call, so a member never gets a message twice unless a worker died with it in flight.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Which message, e.g. `event:<id>:invitation`; unique with the member. */
    messageKey: text('message_key').notNull(),
    /** Which renderer builds the mail. */
    kind: text('kind').notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What the renderer needs besides the member, e.g. the event and the calendar revision. */
    data: jsonb('data').$type<Record<string, string | number | null>>().notNull().default({}),
    status: deliveryStatusEnum('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tstz('next_attempt_at').notNull().defaultNow(),
    leaseUntil: tstz('lease_until'),
    lastError: text('last_error'),
    smtpMessageId: text('smtp_message_id'),
    sentAt: tstz('sent_at'),
    /** First open and click, recorded only for members with the tracking consent. */
    openedAt: tstz('opened_at'),
    clickedAt: tstz('clicked_at'),
    /** The member unsubscribed through this message's link. */
    unsubscribedAt: tstz('unsubscribed_at'),
    /** Whether the member allowed tracking when the mail was queued (`data.tracked`), as a column the figures index can carry. */
    tracked: boolean('tracked')
      .notNull()
      .generatedAlwaysAs(sql`coalesce((data->>'tracked') = '1', false)`),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliveries_message_member_key').on(t.messageKey, t.memberId),
    // A message's figures (the dashboard, the newsletter's stats) from the index alone: migration
    // 0011 adds INCLUDE (status, tracked, opened_at, clicked_at, unsubscribed_at), which drizzle cannot say.
    index('deliveries_figures_idx').on(t.messageKey),
    index('deliveries_message_status_idx').on(t.messageKey, t.status),
    index('deliveries_due_idx').on(t.messageKey, t.nextAttemptAt).where(sql`status in ('queued', 'sending')`),
    index('deliveries_member_idx').on(t.memberId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Settings HR or admins change in the console, one JSON value per key (e.g. the newsletter cadence). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/** Short announcements on the portal home, which a newsletter can also carry. */
export const newsPosts = pgTable(
  'news_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    status: newsStatusEnum('status').notNull().default('draft'),
    publishedAt: tstz('published_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('news_posts_published_idx').on(t.status, t.publishedAt)],
);

/** One language's issue as it is sent: the mail with the member's parts left as placeholders. */
export interface NewsletterRendition {
  subject: string;
  preheader: string;
  /** The whole HTML mail and its plain-text part. */
  html: string;
  text: string;
  /** The body alone as safe HTML, for the portal's archive. */
  bodyHtml: string;
}

export const newsletters = pgTable(
  'newsletters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: newsletterStatusEnum('status').notNull().default('draft'),
    subject: jsonb('subject').$type<LocalizedText>().notNull(),
    preheader: jsonb('preheader').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    defaultLanguage: languageEnum('default_language').notNull().default('fi'),
    blocks: jsonb('blocks').$type<NewsletterBlocks>().notNull(),
    /** The audience; null for every member. */
    segmentId: uuid('segment_id').references(() => segments.id, { onDelete: 'restrict' }),
    /** When it is to go (scheduled) or went (started). */
    scheduledAt: tstz('scheduled_at'),
    timeZone: text('time_zone').notNull().default('Europe/Helsinki'),
    /** Frozen when the send starts, per language, so every recipient and the archive read the same issue. */
    renditions: jsonb('renditions').$type<Partial<Record<'fi' | 'sv' | 'en', NewsletterRendition>>>(),
    /** The links of the issue, numbered, that tracked clicks redirect to. */
    links: jsonb('links').$type<string[]>().notNull().default([]),
    recipients: integer('recipients').notNull().default(0),
    /** Whether everyone was the audience, which puts the issue in every member's archive. */
    toEveryone: boolean('to_everyone').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: tstz('started_at'),
    finishedAt: tstz('finished_at'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('newsletters_status_idx').on(t.status, t.scheduledAt)],
);

/** Tracked clicks per delivery and link of a newsletter. */
export const newsletterClicks = pgTable(
  'newsletter_clicks',
  {
    deliveryId: bigint('delivery_id', { mode: 'number' })
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    link: integer('link').notNull(),
    clicks: integer('clicks').notNull().default(1),
    firstAt: tstz('first_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.link] })],
);

/** A returner posting. `status` is what the recruiter set; a posting past its closing day reads as closed. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    department: text('department').notNull(),
    location: text('location').notNull(),
    remote: boolean('remote').notNull().default(false),
    type: jobTypeEnum('type').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }),
    status: jobStatusEnum('status').notNull().default('draft'),
    contactId: uuid('contact_id').references(() => users.id, { onDelete: 'set null' }),
    applyUrl: text('apply_url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('jobs_board_idx').on(t.status, t.opensOn)],
);

/** A member's tracked link to a posting: one per member and posting. */
export const jobShares = pgTable(
  'job_shares',
  {
    code: text('code').primaryKey(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    visits: integer('visits').notNull().default(0),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('job_shares_job_member_idx').on(t.jobId, t.memberId)],
);

/** A member's raised hand for a posting: one per member and posting. */
export const jobInterests = pgTable(
  'job_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    status: interestStatusEnum('status').notNull().default('new'),
    /** The share link that brought the member, credited to its owner. */
    shareCode: text('share_code').references(() => jobShares.code, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('job_interests_job_member_idx').on(t.jobId, t.memberId), index('job_interests_member_idx').on(t.memberId)],
);

/** A candidate a member names for a posting; one per posting, referrer and address. */
export const jobReferrals = pgTable(
  'job_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    referrerId: uuid('referrer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    relation: text('relation').notNull(),
    note: text('note').notNull().default(''),
    status: referralStatusEnum('status').notNull().default('new'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('job_referrals_unique_idx').on(t.jobId, t.referrerId, t.email), index('job_referrals_referrer_idx').on(t.referrerId)],
);

/** A recruiter's boomerang flag on a member: one per member, moved along the pipeline. Staff-only. */
export const talentFlags = pgTable(
  'talent_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    stage: flagStageEnum('stage').notNull().default('flagged'),
    stageChangedAt: tstz('stage_changed_at').notNull().defaultNow(),
    flaggedBy: uuid('flagged_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('talent_flags_member_idx').on(t.memberId), index('talent_flags_stage_idx').on(t.stage)],
);

/** Dated notes on a flag, by staff. */
export const talentNotes = pgTable(
  'talent_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    flagId: uuid('flag_id')
      .notNull()
      .references(() => talentFlags.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('talent_notes_flag_idx').on(t.flagId, t.createdAt)],
);

/** A recorded rehire, which analytics counts; kept apart from the flag so a count survives its edits. */
export const rehires = pgTable(
  'rehires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    flagId: uuid('flag_id').references(() => talentFlags.id, { onDelete: 'set null' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    type: jobTypeEnum('type').notNull(),
    rehiredOn: date('rehired_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('rehires_on_idx').on(t.rehiredOn), uniqueIndex('rehires_flag_idx').on(t.flagId)],
);

/** A member's saved job alert: one per member. */
export const jobAlerts = pgTable('job_alerts', {
  memberId: uuid('member_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  types: text('types').array().notNull().default(sql`'{}'::text[]`),
  departments: text('departments').array().notNull().default(sql`'{}'::text[]`),
  locations: text('locations').array().notNull().default(sql`'{}'::text[]`),
  remoteOnly: boolean('remote_only').notNull().default(false),
  q: text('q').notNull().default(''),
  frequency: alertFrequencyEnum('frequency').notNull().default('weekly'),
  createdAt: tstz('created_at').notNull().defaultNow(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/** Which job went to which member in which alert mail: each job at most once per member. */
export const jobAlertMatches = pgTable(
  'job_alert_matches',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    messageKey: text('message_key').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.jobId] }), index('job_alert_matches_message_idx').on(t.messageKey, t.memberId)],
);

/** The CV a member sent with an interest: a checked PDF, kept in the database like photos. */
export const jobInterestCvs = pgTable('job_interest_cvs', {
  interestId: uuid('interest_id')
    .primaryKey()
    .references(() => jobInterests.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  content: bytea('content').notNull(),
  bytes: integer('bytes').notNull(),
  createdAt: tstz('created_at').notNull().defaultNow(),
});

/** A short survey HR sends to a segment; the questions are fixed once it opens. */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    intro: jsonb('intro').$type<LocalizedText>().notNull(),
    /** An anonymous survey's responses carry no member: see `survey_responses_anonymous` (migration 0010). */
    anonymous: boolean('anonymous').notNull().default(false),
    segmentId: uuid('segment_id').references(() => segments.id, { onDelete: 'set null' }),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull(),
    closesAt: tstz('closes_at').notNull(),
    /** Set when HR opens it; a survey without it is a draft. */
    openedAt: tstz('opened_at'),
    /** Members in the audience when it opened. */
    audienceCount: integer('audience_count'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('surveys_created_idx').on(t.createdAt)],
);

/**
 * One member's answers. For an anonymous survey `member_id` and `submitted_at` stay null (a trigger
 * refuses anything else) and the row's id is random, so nothing ties it to the participant row.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => users.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<SurveyAnswers>().notNull(),
    submittedAt: tstz('submitted_at'),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId),
    uniqueIndex('survey_responses_member_key').on(t.surveyId, t.memberId).where(sql`member_id is not null`),
  ],
);

/** Who has answered a survey, so each member answers once; it holds no answer and no time. */
export const surveyParticipants = pgTable(
  'survey_participants',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.memberId] }), index('survey_participants_member_idx').on(t.memberId)],
);

/** Files the organisation's settings use: the logo. */
export const orgAssets = pgTable('org_assets', {
  key: text('key').primaryKey(),
  contentType: text('content_type').notNull(),
  content: bytea('content').notNull(),
  bytes: integer('bytes').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});

/** The company's total hires per year, which HR enters so the dashboard can show rehires' share. */
export const companyHires = pgTable('company_hires', {
  year: integer('year').primaryKey(),
  hires: integer('hires').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
});
