import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  consentChannels,
  directoryVisibilities,
  languages,
  memberTypes,
  roles,
  userStatuses,
  verificationStatuses,
} from '@alumni/shared';

export const roleEnum = pgEnum('user_role', roles);
export const userStatusEnum = pgEnum('user_status', userStatuses);
export const languageEnum = pgEnum('language', languages);
export const memberTypeEnum = pgEnum('member_type', memberTypes);
export const consentChannelEnum = pgEnum('consent_channel', consentChannels);
export const visibilityEnum = pgEnum('directory_visibility', directoryVisibilities);
export const verificationStatusEnum = pgEnum('verification_status', verificationStatuses);
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
    joinedAt: tstz('joined_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('members_type_idx').on(t.memberType)],
);

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
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [index('employment_periods_member_idx').on(t.memberId)],
);

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

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
