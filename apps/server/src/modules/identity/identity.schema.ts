import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Office levels are data (tối cao, cấp cao, tỉnh, khu vực), so a reform needs no code change. */
export const officeLevels = pgTable('office_levels', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  rank: integer('rank').notNull(),
});

export const offices = pgTable(
  'offices',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    address: text('address'),
    levelCode: text('level_code')
      .notNull()
      .references(() => officeLevels.code),
    parentId: uuid('parent_id'),
    /** Ids from the root down to this office, '/'-separated, for subtree queries by prefix. */
    path: text('path').notNull(),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offices_code_key').on(t.code),
    index('offices_parent_idx').on(t.parentId),
    index('offices_path_idx').on(sql`${t.path} text_pattern_ops`),
  ],
);

/** History of the organisation: creations, merges, splits, renames. */
export const officeEvents = pgTable('office_events', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  reason: text('reason'),
  fromOfficeIds: uuid('from_office_ids').array().notNull(),
  toOfficeIds: uuid('to_office_ids').array().notNull(),
  actorId: uuid('actor_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const officers = pgTable(
  'officers',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    position: text('position').notNull(),
    roles: text('roles').array().notNull(),
    clearance: text('clearance').notNull().default('normal'),
    status: text('status').notNull().default('active'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** SHA-256 of each unused recovery code. */
    recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('officers_username_key').on(t.username),
    index('officers_office_idx').on(t.officeId),
    index('officers_name_idx').on(t.fullName),
  ],
);

/** Where an officer has served: one row per posting, the current one open-ended. */
export const officerPostings = pgTable(
  'officer_postings',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    position: text('position').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    reason: text('reason'),
  },
  (t) => [index('officer_postings_officer_idx').on(t.officerId)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    /** The token before the last rotation, accepted for a short grace period. */
    previousTokenHash: text('previous_token_hash'),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull().defaultNow(),
    state: text('state').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sessions_token_key').on(t.tokenHash),
    index('sessions_previous_token_idx').on(t.previousTokenHash),
    index('sessions_officer_idx').on(t.officerId),
  ],
);

/** Settings an administrator changes at run time (key → JSON value). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
