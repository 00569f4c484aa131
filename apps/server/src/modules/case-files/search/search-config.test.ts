import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { Database } from '../../../platform/db.ts';
import { createTestDatabase } from '../../../test/harness.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];
const letter = fc.constantFrom(...LETTERS, ...LETTERS.map((l) => l.toUpperCase()));
const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''));
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '-', '\n', ' (', ') ', ' 12/2026 ')), { maxLength: 12 })
  .map((parts) => parts.map(([w, gap]) => w + gap).join(''));

test('Vietnamese text gives the same words as to_tsvector(simple, f_unaccent(text)), diacritics-free', async () => {
  await fc.assert(
    fc.asyncProperty(text, async (value) => {
      const result = (await database.db.execute(
        sql`SELECT to_tsvector('public.vi_unaccent', ${value})::text AS config,
                   to_tsvector('simple', f_unaccent(${value}))::text AS unaccented`,
      )) as unknown as { rows: { config: string; unaccented: string }[] };
      const row = result.rows[0];
      assert.equal(row?.config, row?.unaccented, value);
      assert.doesNotMatch(row?.config ?? '', /\P{ASCII}/u, value);
    }),
    { numRuns: 200 },
  );
});
