import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * The floor of a gapless registration in raw SQL: the counter's upsert (its row lock serialises the writers, as
 * platform/numbering does) and the insert, one transaction each, `clients` at once over a pool.
 */
export const rawRegistrations = async (
  pool: pg.Pool,
  { documents, clients }: { documents: number; clients: number },
) => {
  const office = (await pool.query(`SELECT id FROM offices WHERE code = 'HNI'`)).rows[0]?.id as string;
  const year = 2000;
  const latencies: number[] = [];
  const numbers: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < documents; i = next++) {
        const sent = performance.now();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query(
            `INSERT INTO number_sequences (office_id, kind, year, last_number) VALUES ($1, 'document_incoming', $2, 1)
             ON CONFLICT (office_id, kind, year) DO UPDATE SET last_number = number_sequences.last_number + 1
             RETURNING last_number`,
            [office, year],
          );
          const number = rows[0].last_number as number;
          await client.query(
            `INSERT INTO incoming_documents (id, office_id, year, book, number, received_on, channel, number_symbol,
               document_date, type, abstract, issuing_body, secrecy, urgency, page_count, status)
             VALUES ($1, $2, $3, 'regular', $4, '2000-03-02', 'paper', $5, '2000-03-01', 'official_letter', $6,
               'Công an thành phố Hà Nội', 'normal', 'normal', 2, 'received')`,
            [randomUUID(), office, year, number, `${i + 1}/CV-BENCH`, `Văn bản đến số ${i + 1} (đo tải)`],
          );
          await client.query('COMMIT');
          numbers.push(number);
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, numbers };
};
