-- Page-level full-text search over case files, diacritic-insensitive for Vietnamese.
--
-- A text search configuration rather than to_tsvector('simple', f_unaccent(text)): it strips the marks from
-- each word *after* the parser has cut the text into words, so ts_headline can run on the original page text
-- and still mark exactly the words that matched ("toi pham" highlights "tội phạm" with its diacritics).
-- Vietnamese words come out as with to_tsvector('simple', f_unaccent(text)) (unaccent maps đ/Đ to d/D, then simple
-- lowercases; property-tested in modules/case-files/search/search-config.test.ts).
CREATE TEXT SEARCH CONFIGURATION vi_unaccent (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION vi_unaccent
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH public.unaccent, simple;
--> statement-breakpoint
-- A stored vector rather than an expression index: GIN keeps no word positions, so every phrase query
-- ("…") rechecks its candidate rows, and ranking reads the vector of every match; with an expression index
-- both would re-parse and unaccent the whole page text of each candidate. Pages of every version are
-- indexed (old versions are searchable on request); the current version is chosen by the join.
ALTER TABLE "case_document_pages"
  ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('public.vi_unaccent'::regconfig, coalesce("text", ''))) STORED;
--> statement-breakpoint
CREATE INDEX "case_document_pages_search_idx" ON "case_document_pages" USING gin ("search_vector");
