import { getTableColumns } from 'drizzle-orm';
import { TABLES, type TableSpec, type TemplateRows } from './templates.ts';

/** The raw connection the generator talks to (a pg client or the PGlite instance). */
export type Raw = { query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

/** Time-ordered ids like the application's UUIDv7: copy `n`'s millisecond, then its slot, then hash bits. */
const BENCH_UUID = `
CREATE OR REPLACE FUNCTION bench_uuid(n bigint, slot int) RETURNS uuid LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (lpad(to_hex(1735689600000 + n), 12, '0') || '7' || lpad(to_hex(slot), 3, '0') || '8'
          || substr(md5(n::text || ':' || slot::text), 1, 15))::uuid
$$`;

const tpl = (spec: TableSpec) => `bench_tpl_${spec.name}`;
const extraColumns = (spec: TableSpec) =>
  Object.entries(spec.remap)
    .filter(([, kind]) => kind !== 'case' && kind !== 'office')
    .map(([column, kind]) =>
      kind === 'self' ? 'x_id int' : kind === 'officer' ? `x_${column} text` : `x_${column} int`,
    );

/** Template tables (same columns as the real ones plus slots) filled with the template rows, in JSON chunks. */
export const loadTemplates = async (raw: Raw, templates: TemplateRows) => {
  await raw.query(BENCH_UUID);
  for (const spec of TABLES) {
    await raw.query(`DROP TABLE IF EXISTS ${tpl(spec)}`);
    await raw.query(`CREATE UNLOGGED TABLE ${tpl(spec)} AS SELECT * FROM ${spec.name} WITH NO DATA`);
    await raw.query(
      `ALTER TABLE ${tpl(spec)} ${['template_no int', ...extraColumns(spec)].map((c) => `ADD COLUMN ${c}`).join(', ')}`,
    );
    const rows = templates.get(spec.name) ?? [];
    for (let i = 0; i < rows.length; i += 5_000) {
      await raw.query(`INSERT INTO ${tpl(spec)} SELECT * FROM json_populate_recordset(NULL::${tpl(spec)}, $1::json)`, [
        JSON.stringify(rows.slice(i, i + 5_000)),
      ]);
    }
    await raw.query(`CREATE INDEX ON ${tpl(spec)} (template_no)`);
    await raw.query(`ANALYZE ${tpl(spec)}`);
  }
};

/**
 * Which template, office, number and officers each case copy gets. Offices are drawn through `slots` (an
 * office listed k times in 1 000 slots gets k‰ of the cases); numbers run per office and year without gaps.
 */
export const buildCaseMap = async (raw: Raw, count: number, templateCount: number, slots: readonly string[]) => {
  await raw.query('DROP TABLE IF EXISTS bench_office_slots, bench_map');
  await raw.query('CREATE UNLOGGED TABLE bench_office_slots (slot int PRIMARY KEY, office_id uuid NOT NULL)');
  await raw.query(
    'INSERT INTO bench_office_slots SELECT ordinality - 1, id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id)',
    [slots],
  );
  await raw.query(`
    CREATE UNLOGGED TABLE bench_map AS
    WITH staff AS (
      SELECT office_id,
             array_agg(id ORDER BY id) FILTER (WHERE position = 'prosecutor') AS p,
             array_agg(id ORDER BY id) FILTER (WHERE position IN ('head', 'deputy_head')) AS l
      FROM officers WHERE status = 'active' GROUP BY office_id
    ), drawn AS (
      SELECT g AS case_no, (g % ${templateCount})::int AS template_no, s.office_id
      FROM generate_series(0::bigint, ${count - 1}) g
      JOIN bench_office_slots s ON s.slot = (g * 7919) % ${slots.length}
    )
    SELECT d.case_no, d.template_no, d.office_id, o.code AS office_code, t.year,
           row_number() OVER (PARTITION BY d.office_id, t.year ORDER BY d.case_no)::int AS number,
           st.p[1 + d.case_no % cardinality(st.p)] AS p,
           st.p[1 + (d.case_no + 1) % cardinality(st.p)] AS q,
           st.l[1 + d.case_no % cardinality(st.l)] AS l
    FROM drawn d
    JOIN offices o ON o.id = d.office_id
    JOIN staff st ON st.office_id = d.office_id
    JOIN bench_tpl_cases t ON t.template_no = d.template_no`);
  await raw.query('ALTER TABLE bench_map ADD PRIMARY KEY (case_no)');
  await raw.query('ANALYZE bench_map');
};

/** The SELECT list that turns a template row into the copy's row. */
const selectList = (spec: TableSpec) =>
  Object.values(getTableColumns(spec.table))
    .map((column) => {
      const name = column.name;
      const kind = spec.remap[name];
      if (spec.name === 'cases' && name === 'number') return 'm.number';
      if (spec.name === 'cases' && name === 'search_text')
        return `lower(m.number || '/' || t.year || '/' || m.office_code) || ' ' || t.search_text`;
      switch (kind) {
        case 'self':
          return 'bench_uuid(m.case_no, t.x_id)';
        case 'case':
          return 'bench_uuid(m.case_no, 0)';
        case 'slot':
          return `bench_uuid(m.case_no, t.x_${name})`;
        case 'officer':
          return `CASE t.x_${name} WHEN 'P' THEN m.p WHEN 'Q' THEN m.q WHEN 'L' THEN m.l END`;
        case 'office':
          return 'm.office_id';
        case 'key':
          return `CASE WHEN t.x_key IS NULL THEN t.key ELSE t.key || ':' || bench_uuid(m.case_no, t.x_key) END`;
        default:
          return `t."${name}"`;
      }
    })
    .join(', ');

/** Copies every template row for cases `from` ≤ case_no < `to`, table by table. */
export const cloneCases = async (raw: Raw, from: number, to: number) => {
  for (const spec of TABLES) {
    const columns = Object.values(getTableColumns(spec.table))
      .map((c) => `"${c.name}"`)
      .join(', ');
    await raw.query(
      `INSERT INTO ${spec.name} (${columns}) SELECT ${selectList(spec)} FROM bench_map m JOIN ${tpl(spec)} t ON t.template_no = m.template_no WHERE m.case_no >= ${from} AND m.case_no < ${to}`,
    );
  }
};

/** Drops the template and map tables and the id function once the copies are made. */
export const dropScaffolding = async (raw: Raw) => {
  await raw.query(`DROP TABLE IF EXISTS bench_map, bench_office_slots, ${TABLES.map(tpl).join(', ')}`);
};

/**
 * Bulk loading the standard way: drop the keys and indexes of the case tables and every foreign key on or to them, load, then
 * build them again from their saved definitions (same names, same definitions as the migrations made).
 */
export const withoutIndexes = async (raw: Raw, load: () => Promise<void>) => {
  const names = TABLES.map((t) => `'${t.name}'`).join(', ');
  const constraints = (
    await raw.query(
      `SELECT c.conname, c.conrelid::regclass::text AS tbl, c.contype, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
       WHERE (c.contype IN ('p', 'u') AND c.conrelid::regclass::text IN (${names}))
          OR (c.contype = 'f' AND (c.conrelid::regclass::text IN (${names}) OR c.confrelid::regclass::text IN (${names})))`,
    )
  ).rows as { conname: string; tbl: string; contype: string; def: string }[];
  const indexes = (
    await raw.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (${names})
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    )
  ).rows as { indexname: string; indexdef: string }[];
  const foreign = constraints.filter((c) => c.contype === 'f');
  const keys = constraints.filter((c) => c.contype !== 'f');
  for (const c of foreign) await raw.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.conname}"`);
  for (const c of keys) await raw.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.conname}"`);
  for (const i of indexes) await raw.query(`DROP INDEX "${i.indexname}"`);
  await load();
  for (const c of keys) await raw.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.conname}" ${c.def}`);
  for (const i of indexes) await raw.query(i.indexdef);
  for (const c of foreign) await raw.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.conname}" ${c.def}`);
};
