import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/** The tables a case import writes, parents before children (foreign keys). */
const WRITTEN_TABLES = [
  'cases',
  'case_persons',
  'case_charges',
  'case_decisions',
  'case_measures',
  'case_evidence',
  'case_assignments',
  'case_events',
  'case_deadlines',
] as const;

const connect = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

/** Every row of the written tables, in COPY's text format, table by table. */
export const captureWrittenRows = async (url: string): Promise<Map<string, Buffer>> => {
  const client = await connect(url);
  try {
    const captured = new Map<string, Buffer>();
    for (const table of WRITTEN_TABLES) {
      const chunks: Buffer[] = [];
      const stream = client.query(copyTo(`COPY ${table} TO STDOUT`));
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      captured.set(table, Buffer.concat(chunks));
    }
    return captured;
  } finally {
    await client.end();
  }
};

/**
 * The write floor: `COPY … FROM STDIN` of exactly the rows the import wrote, into the same tables (same
 * indexes, constraints and foreign keys) of a database as it was before the import, in one transaction.
 * Returns the seconds from BEGIN to COMMIT.
 */
export const copyWrittenRows = async (url: string, captured: Map<string, Buffer>): Promise<number> => {
  const client = await connect(url);
  try {
    const started = performance.now();
    await client.query('BEGIN');
    for (const table of WRITTEN_TABLES) {
      const data = captured.get(table);
      if (data?.length) await pipeline(Readable.from([data]), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
    }
    await client.query('COMMIT');
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
};
