ALTER TABLE "case_decisions" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "merge_reason" text;--> statement-breakpoint
CREATE INDEX "case_persons_birth_date_idx" ON "case_persons" USING btree ("birth_date") WHERE birth_date is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_crime_report_key" ON "cases" USING btree ("crime_report_id") WHERE crime_report_id is not null;