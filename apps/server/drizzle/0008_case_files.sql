CREATE TABLE "case_document_pages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"page_no" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"text" text,
	"mean_confidence" double precision,
	"thumbnail_sha256" text,
	"thumbnail_encrypted" boolean,
	"error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_document_pages_page_no_check" CHECK (page_no >= 1),
	CONSTRAINT "case_document_pages_status_check" CHECK (status in ('pending', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "case_document_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"blob_sha256" text NOT NULL,
	"blob_encrypted" boolean NOT NULL,
	"blob_size" bigint NOT NULL,
	"mime" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"note" text,
	"uploaded_by" uuid,
	"uploaded_by_name" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"digitisation_status" text NOT NULL,
	"page_count" integer,
	"pages_done" integer DEFAULT 0 NOT NULL,
	"text_source" text,
	"digitisation_error" text,
	"searchable_pdf_sha256" text,
	"searchable_pdf_encrypted" boolean,
	"searchable_pdf_size" bigint,
	CONSTRAINT "case_document_versions_kind_check" CHECK (kind in ('pdf', 'image', 'docx', 'audio', 'video')),
	CONSTRAINT "case_document_versions_status_check" CHECK (digitisation_status in ('queued', 'processing', 'done', 'failed', 'not_applicable')),
	CONSTRAINT "case_document_versions_text_source_check" CHECK (text_source is null or text_source in ('ocr', 'extracted'))
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"document_date" date,
	"author_body" text,
	"folio_from" integer,
	"folio_to" integer,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_documents_secrecy_check" CHECK (secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')),
	CONSTRAINT "case_documents_folio_check" CHECK (folio_to is null or (folio_from is not null and folio_to >= folio_from))
);
--> statement-breakpoint
CREATE TABLE "case_file_blobs" (
	"sha256" text NOT NULL,
	"encrypted" boolean NOT NULL,
	"size" bigint NOT NULL,
	"integrity" text DEFAULT 'unchecked' NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_file_blobs_sha256_encrypted_pk" PRIMARY KEY("sha256","encrypted"),
	CONSTRAINT "case_file_blobs_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "case_file_blobs_integrity_check" CHECK (integrity in ('unchecked', 'ok', 'mismatch', 'missing', 'unreadable'))
);
--> statement-breakpoint
CREATE TABLE "case_file_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid,
	"job_id" uuid,
	"requested_by" uuid,
	"files_checked" integer NOT NULL,
	"problems" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_document_pages" ADD CONSTRAINT "case_document_pages_version_id_case_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."case_document_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document_pages" ADD CONSTRAINT "case_document_pages_thumbnail_sha256_thumbnail_encrypted_case_file_blobs_sha256_encrypted_fk" FOREIGN KEY ("thumbnail_sha256","thumbnail_encrypted") REFERENCES "public"."case_file_blobs"("sha256","encrypted") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document_versions" ADD CONSTRAINT "case_document_versions_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document_versions" ADD CONSTRAINT "case_document_versions_uploaded_by_officers_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document_versions" ADD CONSTRAINT "case_document_versions_blob_sha256_blob_encrypted_case_file_blobs_sha256_encrypted_fk" FOREIGN KEY ("blob_sha256","blob_encrypted") REFERENCES "public"."case_file_blobs"("sha256","encrypted") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document_versions" ADD CONSTRAINT "case_document_versions_searchable_pdf_sha256_searchable_pdf_encrypted_case_file_blobs_sha256_encrypted_fk" FOREIGN KEY ("searchable_pdf_sha256","searchable_pdf_encrypted") REFERENCES "public"."case_file_blobs"("sha256","encrypted") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_created_by_officers_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file_checks" ADD CONSTRAINT "case_file_checks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file_checks" ADD CONSTRAINT "case_file_checks_requested_by_officers_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_document_pages_key" ON "case_document_pages" USING btree ("version_id","page_no");--> statement-breakpoint
CREATE UNIQUE INDEX "case_document_versions_key" ON "case_document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE INDEX "case_document_versions_blob_idx" ON "case_document_versions" USING btree ("blob_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "case_documents_position_key" ON "case_documents" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_file_blobs_verified_idx" ON "case_file_blobs" USING btree ("verified_at" NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_file_checks_case_idx" ON "case_file_checks" USING btree ("case_id","finished_at");