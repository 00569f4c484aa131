import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_DOCUMENT_TYPE_CODES } from '@eprocuracy/domain';
import type { BenchDatabase } from './cases/bench-db.ts';

/** The composite GIN index of migration 0012, built after the load as a bulk import would. */
const SEARCH_INDEX = 'case_document_pages_office_search_idx';
const LEGAL_DIR = fileURLToPath(new URL('../../../shared/data/legal/', import.meta.url));

const log = (message: string, started: number) =>
  console.log(`  ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/** Paragraphs of Vietnamese legal text (the codes in ../shared/data/legal), or null when the folder is absent. */
export const readLegalParagraphs = async (): Promise<string[] | null> => {
  const names = await readdir(LEGAL_DIR).catch(() => null);
  if (!names) return null;
  const paragraphs: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const text = await readFile(path.join(LEGAL_DIR, name), 'utf8');
    for (const line of text.split('\n')) {
      const clean = line.replace(/^[#>*\-\s]+/, '').trim();
      if (clean.length >= 60) paragraphs.push(clean);
    }
  }
  return paragraphs;
};

/**
 * `count` bare cases (what search joins: office, number, title, secrecy), their offices drawn from the 1 000
 * slots of `officeSlots`; 1% secret. Written in SQL, not by the cases bench's generator: search reads none of
 * the procedural data that generator plays.
 */
export const generateBenchCases = async (bench: BenchDatabase, slots: readonly string[], count: number) => {
  const started = performance.now();
  await bench.raw.query(
    `INSERT INTO cases (id, office_id, year, number, title, stage, stage_state, reached_stage, periods, secrecy, opened_on)
     SELECT gen_random_uuid(), ($1::uuid[])[1 + g % 1000], 2026, g + 1, 'Vụ án thử số ' || (g + 1), 'investigation',
            '{}'::jsonb, 'investigation', '[]'::jsonb, CASE WHEN g % 100 = 99 THEN 'secret' ELSE 'normal' END,
            DATE '2025-07-01' + g % 400
     FROM generate_series(0, $2 - 1) AS g`,
    [slots, count],
  );
  log(`${count.toLocaleString('en-US')} cases`, started);
};

export type PageCounts = { cases: number; documents: number; pages: number };

/**
 * Case files for the cases already generated: `documentsPerCase` documents each (types in rotation, dates in
 * 2025–2026, 2% secret and 0.5% top secret), one version each, and `pages` pages in all, each four paragraphs
 * of legal text picked by hashing its number. Set-based INSERT … SELECT with the page's office written directly
 * (its trigger off during the load); the GIN index is built after the load, which is how a bulk import would do it.
 */
export const generatePages = async (
  bench: BenchDatabase,
  paragraphs: readonly string[],
  { pages, documentsPerCase }: { pages: number; documentsPerCase: number },
): Promise<PageCounts> => {
  const { raw } = bench;
  const started = performance.now();
  if (bench.kind === 'postgres') {
    await raw.query("SET maintenance_work_mem = '1GB'");
    await raw.query('SET synchronous_commit = off');
  }
  await raw.query('CREATE TABLE bench_paragraphs (i int PRIMARY KEY, text text NOT NULL)');
  for (let from = 0; from < paragraphs.length; from += 1000) {
    const chunk = paragraphs.slice(from, from + 1000);
    await raw.query(
      'INSERT INTO bench_paragraphs SELECT ordinality - 1 + $1, t FROM unnest($2::text[]) WITH ORDINALITY AS u(t)',
      [from, chunk],
    );
  }
  const sha = '0'.repeat(64);
  await raw.query(
    `INSERT INTO case_file_blobs (sha256, encrypted, size) VALUES ('${sha}', false, 1) ON CONFLICT DO NOTHING`,
  );
  const types = `ARRAY[${CASE_DOCUMENT_TYPE_CODES.map((c) => `'${c}'`).join(',')}]`;
  await raw.query(`
    INSERT INTO case_documents (id, case_id, position, type, title, document_date, secrecy, current_version)
    SELECT gen_random_uuid(), c.id, d, (${types})[1 + (abs(hashtext(c.id::text || d)) % ${CASE_DOCUMENT_TYPE_CODES.length})],
           'Tài liệu số ' || d, DATE '2025-01-01' + (abs(hashtext(c.id::text || d || 'date')) % 700),
           CASE WHEN abs(hashtext(c.id::text || d || 's')) % 1000 < 5 THEN 'top_secret'
                WHEN abs(hashtext(c.id::text || d || 's')) % 1000 < 25 THEN 'secret' ELSE 'normal' END, 1
    FROM cases c, generate_series(1, ${documentsPerCase}) AS d`);
  await raw.query(`
    INSERT INTO case_document_versions (id, document_id, version, blob_sha256, blob_encrypted, blob_size, mime, kind,
      file_name, digitisation_status, text_source)
    SELECT gen_random_uuid(), id, 1, '${sha}', false, 1, 'application/pdf', 'pdf', title || '.pdf', 'done', 'ocr'
    FROM case_documents`);
  const versions = Number((await raw.query('SELECT count(*)::int AS n FROM case_document_versions')).rows[0]?.n);
  log(`${versions.toLocaleString('en-US')} documents`, started);
  await raw.query(`DROP INDEX IF EXISTS ${SEARCH_INDEX}`);
  await raw.query(`
    CREATE TABLE bench_versions AS
    SELECT row_number() OVER (ORDER BY v.id) - 1 AS n, v.id, c.office_id
    FROM case_document_versions v JOIN case_documents d ON d.id = v.document_id JOIN cases c ON c.id = d.case_id`);
  await raw.query('CREATE UNIQUE INDEX ON bench_versions (n)');
  const count = paragraphs.length;
  const step = bench.kind === 'postgres' ? 200_000 : 20_000;
  // The office comes with the version, as the trigger of migration 0012 would look it up page by page.
  await raw.query('ALTER TABLE case_document_pages DISABLE TRIGGER case_document_pages_office');
  for (let from = 0; from < pages; from += step) {
    const to = Math.min(pages, from + step);
    // Page g goes to version g mod versions, as page g div versions + 1: every document gets its share.
    await raw.query(`
      INSERT INTO case_document_pages (id, version_id, office_id, page_no, status, text, mean_confidence)
      SELECT gen_random_uuid(), v.id, v.office_id, g / ${versions} + 1, 'done',
             p1.text || E'\\n' || p2.text || E'\\n' || p3.text || E'\\n' || p4.text, 90
      FROM generate_series(${from}, ${to - 1}) AS g
      JOIN bench_versions v ON v.n = g % ${versions}
      JOIN bench_paragraphs p1 ON p1.i = abs(hashint4(g)) % ${count}
      JOIN bench_paragraphs p2 ON p2.i = abs(hashint4(g + 1000000007)) % ${count}
      JOIN bench_paragraphs p3 ON p3.i = (abs(hashint4(g)) + 1) % ${count}
      JOIN bench_paragraphs p4 ON p4.i = abs(hashint4(-g - 7)) % ${count}`);
    log(`${to.toLocaleString('en-US')} pages`, started);
  }
  await raw.query('ALTER TABLE case_document_pages ENABLE TRIGGER case_document_pages_office');
  await raw.query(`CREATE INDEX ${SEARCH_INDEX} ON case_document_pages USING gin (office_id, search_vector)`);
  log('GIN index built', started);
  await raw.query('DROP TABLE bench_paragraphs');
  await raw.query('DROP TABLE bench_versions');
  await raw.query('ANALYZE');
  const cases = Number((await raw.query('SELECT count(DISTINCT case_id)::int AS n FROM case_documents')).rows[0]?.n);
  return { cases, documents: versions, pages };
};

/** How many cases have a case file, and of documents and pages: what an earlier, kept run generated. */
export const countGenerated = async (bench: BenchDatabase): Promise<PageCounts> => {
  const { rows } = await bench.raw.query(`
    SELECT (SELECT count(DISTINCT case_id) FROM case_documents)::int AS cases,
           (SELECT count(*) FROM case_document_versions)::int AS documents,
           (SELECT count(*) FROM case_document_pages)::int AS pages`);
  return { cases: Number(rows[0]?.cases), documents: Number(rows[0]?.documents), pages: Number(rows[0]?.pages) };
};

/** Size of the search index and of the page table (text and stored vectors, TOAST included). */
export const searchSizes = async (bench: BenchDatabase) => {
  const { rows } = await bench.raw.query(`
    SELECT pg_relation_size('${SEARCH_INDEX}')::bigint AS index,
           pg_total_relation_size('case_document_pages')::bigint AS table`);
  return { index: Number(rows[0]?.index), table: Number(rows[0]?.table) };
};
