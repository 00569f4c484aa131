CREATE TABLE "case_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_assignments_role_check" CHECK (role in ('prosecutor', 'leader'))
);
--> statement-breakpoint
CREATE TABLE "case_charges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid,
	"article" text NOT NULL,
	"clause" integer,
	"point" text,
	"category" text,
	"catalogue_version" text NOT NULL,
	"charged_on" date,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"case_id" uuid NOT NULL,
	"key" text NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rule_id" text,
	"label_vi" text NOT NULL,
	"label_en" text NOT NULL,
	"basis" text NOT NULL,
	"due" text NOT NULL,
	"due_date" date NOT NULL,
	"window" boolean DEFAULT false NOT NULL,
	CONSTRAINT "case_deadlines_case_id_key_pk" PRIMARY KEY("case_id","key")
);
--> statement-breakpoint
CREATE TABLE "case_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"subject_id" uuid,
	"number" text,
	"decision_date" text NOT NULL,
	"received_at" text,
	"state" text NOT NULL,
	"in_effect" boolean DEFAULT false NOT NULL,
	"period" jsonb,
	"tier" integer,
	"returned_by" text,
	"measure_end" date,
	"responds_to" uuid,
	"note" text,
	"drafted_by" uuid,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"quantity" double precision,
	"unit" text,
	"seized_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_measures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" text NOT NULL,
	"start" text NOT NULL,
	"ordered" jsonb,
	"ordered_end" date,
	"extensions" jsonb NOT NULL,
	"custody_days_deducted" integer,
	"ended_at" text,
	"decision_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text DEFAULT 'individual' NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" date,
	"sex" text,
	"id_number" text,
	"nationality" text,
	"address" text,
	"province" text,
	"occupation" text,
	"offence_date" date,
	"charged_on" date,
	"external_ref" text,
	"merged_into" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_persons_role_check" CHECK (role in ('defendant', 'victim', 'witness', 'civil_plaintiff', 'civil_defendant', 'related')),
	CONSTRAINT "case_persons_kind_check" CHECK (kind in ('individual', 'corporate'))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"external_ref" text,
	"title" text NOT NULL,
	"summary" text,
	"stage" text NOT NULL,
	"stage_state" jsonb NOT NULL,
	"reached_stage" text NOT NULL,
	"periods" jsonb NOT NULL,
	"category" text,
	"lead_article" text,
	"lead_clause" integer,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"report_received_on" date,
	"opening_number" text,
	"opened_on" date,
	"investigating_body_name" text,
	"investigating_body_code" text,
	"offence_date" date,
	"offence_place" text,
	"crime_report_id" uuid,
	"defendant_count" integer DEFAULT 0 NOT NULL,
	"next_due_date" date,
	"next_due" jsonb,
	"completeness" integer DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_secrecy_check" CHECK (secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret'))
);
--> statement-breakpoint
CREATE TABLE "saved_filters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"officer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"officer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"subject_key" text NOT NULL,
	"due_date" date,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_charges" ADD CONSTRAINT "case_charges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_charges" ADD CONSTRAINT "case_charges_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_decisions" ADD CONSTRAINT "case_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_decisions" ADD CONSTRAINT "case_decisions_subject_id_case_persons_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_person_id_case_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_persons" ADD CONSTRAINT "case_persons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_filters" ADD CONSTRAINT "saved_filters_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assignments_case_idx" ON "case_assignments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_assignments_officer_idx" ON "case_assignments" USING btree ("officer_id","case_id") WHERE to_date is null;--> statement-breakpoint
CREATE INDEX "case_charges_case_idx" ON "case_charges" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_charges_article_idx" ON "case_charges" USING btree ("article");--> statement-breakpoint
CREATE INDEX "case_deadlines_office_due_idx" ON "case_deadlines" USING btree ("office_id","due_date");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "case_decisions_case_idx" ON "case_decisions" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_decisions_pending_idx" ON "case_decisions" USING btree ("state") WHERE state in ('recorded', 'submitted');--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_evidence_case_idx" ON "case_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_measures_case_idx" ON "case_measures" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_persons_case_idx" ON "case_persons" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_persons_id_number_idx" ON "case_persons" USING btree ("id_number") WHERE id_number is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_key" ON "cases" USING btree ("office_id","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_external_ref_key" ON "cases" USING btree ("office_id","external_ref") WHERE external_ref is not null;--> statement-breakpoint
CREATE INDEX "cases_office_stage_idx" ON "cases" USING btree ("office_id","stage","updated_at");--> statement-breakpoint
CREATE INDEX "cases_office_updated_idx" ON "cases" USING btree ("office_id","updated_at");--> statement-breakpoint
CREATE INDEX "cases_office_due_idx" ON "cases" USING btree ("office_id","next_due_date");--> statement-breakpoint
CREATE INDEX "cases_lead_article_idx" ON "cases" USING btree ("lead_article");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_filters_name_key" ON "saved_filters" USING btree ("officer_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_key" ON "notifications" USING btree ("officer_id","kind","subject_key");--> statement-breakpoint
CREATE INDEX "notifications_officer_idx" ON "notifications" USING btree ("officer_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_search_trgm_idx" ON "cases" USING gin ("search_text" gin_trgm_ops);
