-- Each page carries the office of its case, so that search can ask for "this office's pages holding these words"
-- as one scan of a composite GIN index instead of reading every page of the office's cases (bench/RESULTS.md,
-- case-file search on 1,000,000 pages). The triggers below are the only writers of the column.
ALTER TABLE "case_document_pages" ADD COLUMN "office_id" uuid;--> statement-breakpoint
UPDATE "case_document_pages" AS p SET "office_id" = c."office_id"
  FROM "case_document_versions" AS v
  JOIN "case_documents" AS d ON d."id" = v."document_id"
  JOIN "cases" AS c ON c."id" = d."case_id"
  WHERE v."id" = p."version_id";--> statement-breakpoint
ALTER TABLE "case_document_pages" ALTER COLUMN "office_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_document_pages" ADD CONSTRAINT "case_document_pages_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A new page (or one moved to another version) takes the office of its case, whatever the insert said:
-- callers leave the column out.
CREATE FUNCTION case_document_pages_fill_office() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.office_id INTO NEW.office_id
    FROM case_document_versions v
    JOIN case_documents d ON d.id = v.document_id
    JOIN cases c ON c.id = d.case_id
    WHERE v.id = NEW.version_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_document_pages_office BEFORE INSERT OR UPDATE OF version_id ON case_document_pages
  FOR EACH ROW EXECUTE FUNCTION case_document_pages_fill_office();
--> statement-breakpoint
-- A case transferred to another office (case-restructure.ts) takes its pages with it, in the same transaction.
CREATE FUNCTION cases_move_page_offices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE case_document_pages p SET office_id = NEW.office_id
    FROM case_document_versions v
    JOIN case_documents d ON d.id = v.document_id
    WHERE p.version_id = v.id AND d.case_id = NEW.id AND p.office_id IS DISTINCT FROM NEW.office_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_page_offices AFTER UPDATE OF office_id ON cases
  FOR EACH ROW WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id) EXECUTE FUNCTION cases_move_page_offices();
--> statement-breakpoint
-- Documents stay in their case today; should one ever move, its pages follow the new case's office.
CREATE FUNCTION case_documents_move_page_offices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE case_document_pages p SET office_id = c.office_id
    FROM case_document_versions v, cases c
    WHERE p.version_id = v.id AND v.document_id = NEW.id AND c.id = NEW.case_id
      AND p.office_id IS DISTINCT FROM c.office_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_documents_page_offices AFTER UPDATE OF case_id ON case_documents
  FOR EACH ROW WHEN (OLD.case_id IS DISTINCT FROM NEW.case_id) EXECUTE FUNCTION case_documents_move_page_offices();
--> statement-breakpoint
-- The composite index also serves conditions on the words alone (btree_gin, migration 0009), so it replaces the
-- single-column one of migration 0010. Built after the backfill: one pass rather than an entry per updated row.
DROP INDEX IF EXISTS "case_document_pages_search_idx";--> statement-breakpoint
CREATE INDEX "case_document_pages_office_search_idx" ON "case_document_pages" USING gin ("office_id",search_vector);
