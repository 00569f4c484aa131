import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { toFieldErrors } from '../errors/zod-fields.ts';
import { ZCaseSnapshot, ZPreventiveMeasure } from './case-contracts.ts';
import { buildCase, buildDefendant } from './case-fixtures.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import type { PreventiveMeasure } from './measures.ts';

// Compile-time: what the contracts accept is what the functions take.
const asMeasure = (m: z.infer<typeof ZPreventiveMeasure>): PreventiveMeasure => m;
const asSnapshot = (s: z.infer<typeof ZCaseSnapshot>): CaseSnapshot => s;

describe('case contracts', () => {
  test('a recorded measure is accepted; unknown fields and bad dates are named', () => {
    const ok = ZPreventiveMeasure.safeParse({
      id: 'm',
      defendantId: 'd',
      kind: 'custody',
      stage: 'investigation',
      start: '2026-01-01T10:00',
    });
    assert.ok(ok.success);
    assert.equal(asMeasure(ok.data).kind, 'custody');
    const bad = ZPreventiveMeasure.safeParse({
      id: 'm',
      defendantId: 'd',
      kind: 'custody',
      stage: 'investigation',
      start: '2026-02-30',
      extra: 1,
    });
    assert.equal(bad.success, false);
    const fields = bad.success ? [] : toFieldErrors(bad.error.issues).map((e) => e.field);
    assert.deepEqual(fields.sort(), ['extra', 'start']);
  });

  test('a snapshot is accepted as stored, even with data the quality checks will flag', () => {
    const dirty = buildCase({ defendants: [buildDefendant({ idNumber: '12', birthDate: 'unknown' })] });
    const parsed = ZCaseSnapshot.safeParse(dirty);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.equal(asSnapshot(parsed.data).defendants[0]?.idNumber, '12');
    assert.equal(ZCaseSnapshot.safeParse({ ...dirty, stage: 'nowhere' }).success, false);
  });
});
