import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../platform/time.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { incoming, outgoing } from './registry-test-kit.ts';

const PARALLEL = 60;
const BASE = '/api/document-registry';

/** Numbers of a book, sorted; gapless and unique means exactly 1..n. */
const numbersOf = async (t: TestApp, table: 'incoming_documents' | 'outgoing_documents') => {
  const result = (await t.database.db.execute(sql.raw(`SELECT number FROM ${table} ORDER BY number`))) as unknown as {
    rows: { number: number }[];
  };
  return result.rows.map((r) => Number(r.number));
};

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe(`registering ${PARALLEL} documents at once (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let t: TestApp;
  let clerks: TestClient[];

  before(async () => {
    t = await createTestApp();
    // Several sessions of the same clerk, as from several browser tabs and the exchange connector.
    clerks = await Promise.all(Array.from({ length: 5 }, () => signedIn(t.app, 'vanthu.hanoi')));
  });
  after(() => t.close());

  test('incoming numbers are exactly 1..N, with refused requests interleaved taking none', async () => {
    const today = todayInVietnam();
    const replies = await Promise.all(
      Array.from({ length: PARALLEL + 10 }, (_, i) => {
        const client = clerks[i % clerks.length] as TestClient;
        // Every seventh request is invalid and must leave no gap.
        const body =
          i % 7 === 6
            ? incoming({ documentDate: '2999-01-01' })
            : incoming({ receivedOn: today, documentDate: today, abstract: `Văn bản ${i}` });
        return client.post(`${BASE}/incoming`, body);
      }),
    );
    const created = replies.filter((r) => r.status === 201);
    assert.equal(created.length, PARALLEL, replies.find((r) => r.status !== 201 && r.status !== 400)?.text);
    assert.deepEqual(await numbersOf(t, 'incoming_documents'), oneToN(PARALLEL));
    assert.deepEqual(
      created.map((r) => r.body.number as number).sort((a, b) => a - b),
      oneToN(PARALLEL),
      'each reply carries the number it was given',
    );
  });

  test('outgoing numbers are exactly 1..N and every symbol is distinct', async () => {
    const today = todayInVietnam();
    const replies = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        (clerks[i % clerks.length] as TestClient).post(`${BASE}/outgoing`, outgoing(today)),
      ),
    );
    assert.ok(
      replies.every((r) => r.status === 201),
      replies.find((r) => r.status !== 201)?.text,
    );
    assert.deepEqual(await numbersOf(t, 'outgoing_documents'), oneToN(PARALLEL));
    assert.equal(new Set(replies.map((r) => r.body.numberSymbol)).size, PARALLEL);
  });
});
