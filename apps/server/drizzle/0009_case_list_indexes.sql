ALTER TABLE "cases" ADD COLUMN "charge_articles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "cases" SET "charge_articles" = live."articles"
  FROM (SELECT "case_id", array_agg(DISTINCT "article" ORDER BY "article") AS "articles"
        FROM "case_charges" WHERE "withdrawn_at" IS NULL GROUP BY "case_id") AS live
  WHERE live."case_id" = "cases"."id";--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "cases_office_articles_idx" ON "cases" USING gin ("office_id","charge_articles");--> statement-breakpoint
CREATE INDEX "cases_office_search_idx" ON "cases" USING gin ("office_id","search_text" gin_trgm_ops);
