CREATE TABLE "incoming_document_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"book" text NOT NULL,
	"number" integer NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"number_symbol" text NOT NULL,
	"document_date" date NOT NULL,
	"type" text NOT NULL,
	"abstract" text NOT NULL,
	"issuing_body" text NOT NULL,
	"signer" text,
	"secrecy" text NOT NULL,
	"urgency" text NOT NULL,
	"page_count" integer,
	"attachment_count" integer DEFAULT 0 NOT NULL,
	"file_sha256" text,
	"file_encrypted" boolean,
	"file_size" bigint,
	"file_mime" text,
	"file_name" text,
	"status" text NOT NULL,
	"handler_id" uuid,
	"unit" text,
	"due_on" date,
	"instruction" text,
	"done_on" date,
	"handling_note" text,
	"reply_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incoming_documents_book_check" CHECK (book in ('regular', 'secret')),
	CONSTRAINT "incoming_documents_status_check" CHECK (status in ('received', 'routed', 'in_progress', 'done')),
	CONSTRAINT "incoming_documents_secrecy_check" CHECK (secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')),
	CONSTRAINT "incoming_documents_urgency_check" CHECK (urgency in ('normal', 'urgent', 'very_urgent', 'flash')),
	CONSTRAINT "incoming_documents_book_secrecy_check" CHECK ((book = 'secret') = (secrecy <> 'normal'))
);
--> statement-breakpoint
CREATE TABLE "outgoing_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"book" text NOT NULL,
	"number" integer NOT NULL,
	"number_symbol" text NOT NULL,
	"issued_on" date NOT NULL,
	"type" text NOT NULL,
	"abstract" text NOT NULL,
	"signer" text NOT NULL,
	"secrecy" text NOT NULL,
	"urgency" text NOT NULL,
	"recipients" text[] NOT NULL,
	"copies" integer,
	"page_count" integer,
	"attachment_count" integer DEFAULT 0 NOT NULL,
	"reply_to_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outgoing_documents_book_check" CHECK (book in ('regular', 'secret')),
	CONSTRAINT "outgoing_documents_secrecy_check" CHECK (secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')),
	CONSTRAINT "outgoing_documents_urgency_check" CHECK (urgency in ('normal', 'urgent', 'very_urgent', 'flash')),
	CONSTRAINT "outgoing_documents_book_secrecy_check" CHECK ((book = 'secret') = (secrecy <> 'normal'))
);
--> statement-breakpoint
ALTER TABLE "incoming_document_events" ADD CONSTRAINT "incoming_document_events_document_id_incoming_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."incoming_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_documents" ADD CONSTRAINT "incoming_documents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_documents" ADD CONSTRAINT "incoming_documents_handler_id_officers_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_reply_to_id_incoming_documents_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."incoming_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incoming_document_events_document_idx" ON "incoming_document_events" USING btree ("document_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_documents_number_key" ON "incoming_documents" USING btree ("office_id","year","book","number");--> statement-breakpoint
CREATE INDEX "incoming_documents_open_idx" ON "incoming_documents" USING btree ("office_id","due_on") WHERE status <> 'done';--> statement-breakpoint
CREATE INDEX "incoming_documents_handler_idx" ON "incoming_documents" USING btree ("handler_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_documents_number_key" ON "outgoing_documents" USING btree ("office_id","year","book","number");