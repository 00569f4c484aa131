import { parseArgs } from 'node:util';

export type CasesBenchOptions = {
  db: 'postgres' | 'pglite';
  url: string;
  cases: number;
  templates: number;
  /** Added to each template case's defendants, to reach about three defendants a case. */
  extraDefendants: number;
  offices: number;
  officers: number;
  /** Per mille of the cases in the featured office (Quảng Ninh, where the signed-in officers work). */
  featuredPerMille: number;
  requests: number;
  /** Most live cases the refresh benchmark recomputes (0: all). */
  refresh: number;
  keep: boolean;
  write: boolean;
  explain: boolean;
  /** An existing database (kept by an earlier `--keep` run) to measure again without generating. */
  reuse?: string;
};

const integer = (name: string, raw: string, min: number) => {
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${raw})`);
  return value;
};

/** `npm run bench:cases -- [--db postgres|pglite] [--cases N] [--keep] …`; defaults depend on the database. */
export const readCasesOptions = (argv: string[]): CasesBenchOptions => {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string', default: 'postgres' },
      url: { type: 'string' },
      cases: { type: 'string' },
      templates: { type: 'string' },
      'extra-defendants': { type: 'string', default: '1.4' },
      offices: { type: 'string', default: '700' },
      officers: { type: 'string', default: '10000' },
      featured: { type: 'string', default: '10' },
      requests: { type: 'string', default: '200' },
      refresh: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      reuse: { type: 'string' },
    },
  });
  if (values.db !== 'postgres' && values.db !== 'pglite') throw new Error('--db must be postgres or pglite');
  if (!(Number(values['extra-defendants']) >= 0)) throw new Error('--extra-defendants must be a number ≥ 0');
  const isPg = values.db === 'postgres';
  const cases = integer('cases', values.cases ?? (isPg ? '1000000' : '100000'), 1);
  return {
    db: values.db,
    url: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    cases,
    templates: Math.min(cases, integer('templates', values.templates ?? (isPg ? '20000' : '5000'), 1)),
    extraDefendants: Number(values['extra-defendants']),
    offices: integer('offices', values.offices, 1),
    officers: integer('officers', values.officers, 10),
    featuredPerMille: integer('featured', values.featured, 1),
    requests: integer('requests', values.requests, 10),
    refresh: integer('refresh', values.refresh ?? (isPg ? '50000' : '0'), 0),
    keep: values.keep,
    write: !values['no-write'],
    explain: values.explain,
    ...(values.reuse ? { reuse: values.reuse } : {}),
  };
};
