CREATE TABLE "case_file_archive_documents" (
	"archive_sha256" text NOT NULL,
	"row" integer NOT NULL,
	"document_id" uuid NOT NULL,
	"archive_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_file_archive_documents_archive_sha256_row_pk" PRIMARY KEY("archive_sha256","row")
);
--> statement-breakpoint
CREATE TABLE "case_file_archives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"ip" text,
	"filename" text NOT NULL,
	"archive_sha256" text NOT NULL,
	"archive_encrypted" boolean NOT NULL,
	"archive_size" bigint NOT NULL,
	"mode" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"matched" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"documents_created" integer DEFAULT 0 NOT NULL,
	"rows" jsonb,
	"report" jsonb,
	"unlisted_files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_id" uuid,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "case_file_archives_mode_check" CHECK (mode in ('all_or_nothing', 'valid_rows')),
	CONSTRAINT "case_file_archives_status_check" CHECK (status in ('queued', 'validating', 'writing', 'done', 'rejected', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "case_file_archive_documents" ADD CONSTRAINT "case_file_archive_documents_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file_archive_documents" ADD CONSTRAINT "case_file_archive_documents_archive_id_case_file_archives_id_fk" FOREIGN KEY ("archive_id") REFERENCES "public"."case_file_archives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file_archives" ADD CONSTRAINT "case_file_archives_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file_archives" ADD CONSTRAINT "case_file_archives_created_by_officers_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_file_archives_creator_idx" ON "case_file_archives" USING btree ("created_by","created_at");