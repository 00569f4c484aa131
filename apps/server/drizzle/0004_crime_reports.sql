CREATE TABLE "crime_report_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"crime_report_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"assigned_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crime_report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"crime_report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crime_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"received_on" date NOT NULL,
	"source" text NOT NULL,
	"summary" text NOT NULL,
	"offence_article" text,
	"offence_clause" integer,
	"investigating_body_name" text,
	"investigating_body_code" text,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crime_reports_kind_check" CHECK (kind in ('denunciation', 'tip', 'prosecution_request')),
	CONSTRAINT "crime_reports_status_check" CHECK (status in ('received', 'assigned', 'suspended', 'resumed', 'settled'))
);
--> statement-breakpoint
CREATE TABLE "number_sequences" (
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "number_sequences_office_id_kind_year_pk" PRIMARY KEY("office_id","kind","year")
);
--> statement-breakpoint
ALTER TABLE "crime_report_assignments" ADD CONSTRAINT "crime_report_assignments_crime_report_id_crime_reports_id_fk" FOREIGN KEY ("crime_report_id") REFERENCES "public"."crime_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_report_events" ADD CONSTRAINT "crime_report_events_crime_report_id_crime_reports_id_fk" FOREIGN KEY ("crime_report_id") REFERENCES "public"."crime_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_reports" ADD CONSTRAINT "crime_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_sequences" ADD CONSTRAINT "number_sequences_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crime_report_assignments_report_idx" ON "crime_report_assignments" USING btree ("crime_report_id");--> statement-breakpoint
CREATE INDEX "crime_report_assignments_officer_idx" ON "crime_report_assignments" USING btree ("officer_id") WHERE to_date is null;--> statement-breakpoint
CREATE INDEX "crime_report_events_report_idx" ON "crime_report_events" USING btree ("crime_report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "crime_reports_number_key" ON "crime_reports" USING btree ("office_id","year","number");--> statement-breakpoint
CREATE INDEX "crime_reports_status_idx" ON "crime_reports" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "crime_reports_summary_search_idx" ON "crime_reports" USING gin (f_unaccent("summary") gin_trgm_ops);--> statement-breakpoint
CREATE FUNCTION crime_report_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'crime_report_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER crime_report_events_no_change BEFORE UPDATE OR DELETE ON crime_report_events
  FOR EACH ROW EXECUTE FUNCTION crime_report_events_refuse_change();
