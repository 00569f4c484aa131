import type { CasePeriod, CaseState } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { officers, offices } from '../identity/identity.schema.ts';

type Period = { months?: number; days?: number };

/**
 * A criminal case (vụ án hình sự). The stage and the running periods are the result of the decisions
 * in effect; `next_due*` and `completeness` are derived and refreshed on every write, for fast lists.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    externalRef: text('external_ref'),
    title: text('title').notNull(),
    summary: text('summary'),
    stage: text('stage').notNull(),
    stageState: jsonb('stage_state').$type<CaseState>().notNull(),
    /** The furthest stage reached, for judging the data of a closed, suspended or terminated case. */
    reachedStage: text('reached_stage').notNull(),
    periods: jsonb('periods').$type<CasePeriod[]>().notNull(),
    /** Most serious crime category of the charges (Art. 9 PC): picks the deadline of each stage. */
    category: text('category'),
    leadArticle: text('lead_article'),
    leadClause: integer('lead_clause'),
    secrecy: text('secrecy').notNull().default('normal'),
    reportReceivedOn: date('report_received_on', { mode: 'string' }),
    openingNumber: text('opening_number'),
    openedOn: date('opened_on', { mode: 'string' }),
    investigatingBodyName: text('investigating_body_name'),
    investigatingBodyCode: text('investigating_body_code'),
    offenceDate: date('offence_date', { mode: 'string' }),
    offencePlace: text('offence_place'),
    crimeReportId: uuid('crime_report_id'),
    /** Set when the case was joined into another (Art. 170(1)) or found to duplicate it; it then lives on there. */
    mergedInto: uuid('merged_into'),
    mergeReason: text('merge_reason'),
    defendantCount: integer('defendant_count').notNull().default(0),
    nextDueDate: date('next_due_date', { mode: 'string' }),
    nextDue: jsonb('next_due').$type<{ label: { vi: string; en: string }; due: string }>(),
    completeness: integer('completeness').notNull().default(0),
    /** The articles of the live charges, for the list's article filter (a GIN index with the office). */
    chargeArticles: text('charge_articles').array().notNull().default(sql`'{}'::text[]`),
    /** Code, title, names and articles folded (no diacritics, lower case) for search. */
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number_key').on(t.officeId, t.year, t.number),
    uniqueIndex('cases_external_ref_key').on(t.officeId, t.externalRef).where(sql`external_ref is not null`),
    index('cases_office_stage_idx').on(t.officeId, t.stage, t.updatedAt),
    index('cases_office_updated_idx').on(t.officeId, t.updatedAt),
    index('cases_office_due_idx').on(t.officeId, t.nextDueDate),
    index('cases_lead_article_idx').on(t.leadArticle),
    // btree_gin: the office and the filter in one GIN scan, so a list reads only the office's matching rows.
    index('cases_office_articles_idx').using('gin', t.officeId, t.chargeArticles),
    index('cases_office_search_idx').using('gin', t.officeId, t.searchText.op('gin_trgm_ops')),
    uniqueIndex('cases_crime_report_key').on(t.crimeReportId).where(sql`crime_report_id is not null`),
    check('cases_secrecy_check', sql`secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')`),
  ],
);

/** Prosecutors and leaders assigned to a case; an open row has no `to_date`. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    role: text('role').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    assignedBy: uuid('assigned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_assignments_case_idx').on(t.caseId),
    index('case_assignments_officer_idx').on(t.officerId, t.caseId).where(sql`to_date is null`),
    check('case_assignments_role_check', sql`role in ('prosecutor', 'leader')`),
  ],
);

/** Defendants, victims and other participants (Art. 55 CPC); `merged_into` marks a duplicate merged away. */
export const casePersons = pgTable(
  'case_persons',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    role: text('role').notNull(),
    kind: text('kind').notNull().default('individual'),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex'),
    idNumber: text('id_number'),
    nationality: text('nationality'),
    address: text('address'),
    province: text('province'),
    occupation: text('occupation'),
    offenceDate: date('offence_date', { mode: 'string' }),
    chargedOn: date('charged_on', { mode: 'string' }),
    externalRef: text('external_ref'),
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_persons_case_idx').on(t.caseId),
    index('case_persons_id_number_idx').on(t.idNumber).where(sql`id_number is not null`),
    index('case_persons_birth_date_idx').on(t.birthDate).where(sql`birth_date is not null`),
    check(
      'case_persons_role_check',
      sql`role in ('defendant', 'victim', 'witness', 'civil_plaintiff', 'civil_defendant', 'related')`,
    ),
    check('case_persons_kind_check', sql`kind in ('individual', 'corporate')`),
  ],
);

/** Charges (tội danh) on the case or on one defendant; a withdrawn charge keeps its row. */
export const caseCharges = pgTable(
  'case_charges',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id').references(() => casePersons.id),
    article: text('article').notNull(),
    clause: integer('clause'),
    point: text('point'),
    category: text('category'),
    catalogueVersion: text('catalogue_version').notNull(),
    chargedOn: date('charged_on', { mode: 'string' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_charges_case_idx').on(t.caseId), index('case_charges_article_idx').on(t.article)],
);

/** Vật chứng (Art. 89 CPC). */
export const caseEvidence = pgTable(
  'case_evidence',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    description: text('description').notNull(),
    quantity: doublePrecision('quantity'),
    unit: text('unit'),
    seizedOn: date('seized_on', { mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_evidence_case_idx').on(t.caseId)],
);

/** Decisions on a case: the procuracy's (draft → approved → issued) and other bodies' (recorded → answered). */
export const caseDecisions = pgTable(
  'case_decisions',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    typeCode: text('type_code').notNull(),
    subjectId: uuid('subject_id').references(() => casePersons.id),
    number: text('number'),
    /** Date, or local date-time for decisions counted in hours. */
    decisionDate: text('decision_date').notNull(),
    receivedAt: text('received_at'),
    state: text('state').notNull(),
    inEffect: boolean('in_effect').notNull().default(false),
    period: jsonb('period').$type<Period>(),
    tier: integer('tier'),
    returnedBy: text('returned_by'),
    measureEnd: date('measure_end', { mode: 'string' }),
    respondsTo: uuid('responds_to'),
    /** What some acts need besides a period: the receiving office of a transfer, the case joined, the people split off. */
    details: jsonb('details').$type<{ targetOfficeId?: string; relatedCaseId?: string; personIds?: string[] }>(),
    note: text('note'),
    draftedBy: uuid('drafted_by'),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_decisions_case_idx').on(t.caseId, t.createdAt),
    index('case_decisions_pending_idx').on(t.state).where(sql`state in ('recorded', 'submitted')`),
  ],
);

/** Preventive measures per defendant (Art. 109–125 CPC); the end is computed by the domain from these facts. */
export const caseMeasures = pgTable(
  'case_measures',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePersons.id),
    kind: text('kind').notNull(),
    stage: text('stage').notNull(),
    start: text('start').notNull(),
    ordered: jsonb('ordered').$type<Period>(),
    orderedEnd: date('ordered_end', { mode: 'string' }),
    extensions: jsonb('extensions').$type<(Period & { grantedOn: string; tier?: number })[]>().notNull(),
    custodyDaysDeducted: integer('custody_days_deducted'),
    endedAt: text('ended_at'),
    decisionId: uuid('decision_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_measures_case_idx').on(t.caseId)],
);

/** Append-only history of a case: the timeline of the case page. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/**
 * Every live deadline of every case, recomputed by the domain whenever the case changes (and daily by
 * the deadline job), so dashboards and alerts are one indexed query.
 */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    key: text('key').notNull(),
    officeId: uuid('office_id').notNull(),
    kind: text('kind').notNull(),
    ruleId: text('rule_id'),
    labelVi: text('label_vi').notNull(),
    labelEn: text('label_en').notNull(),
    basis: text('basis').notNull(),
    due: text('due').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    window: boolean('window').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.key] }),
    index('case_deadlines_office_due_idx').on(t.officeId, t.dueDate),
    index('case_deadlines_due_idx').on(t.dueDate),
  ],
);

/** Case-list filters an officer saved under a name. */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    name: text('name').notNull(),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_filters_name_key').on(t.officerId, t.name)],
);
