-- Diacritic-insensitive Vietnamese search: unaccent, trigram indexes, and an IMMUTABLE wrapper
-- (unaccent itself is only STABLE, so it cannot appear in an index expression).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower(replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$;
--> statement-breakpoint
CREATE INDEX officers_name_search_idx ON officers USING gin (f_unaccent(full_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX offices_name_search_idx ON offices USING gin (f_unaccent(name) gin_trgm_ops);
