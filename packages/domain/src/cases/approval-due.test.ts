import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { approvalDueAt } from './approval-due.ts';

describe('approval deadlines', () => {
  test('a custody extension is decided within 12 hours of receipt (Art. 118(2)), across midnight', () => {
    const due = approvalDueAt({ typeCode: 'extend_custody' }, '2026-01-30T20:15');
    assert.ok(due.ok, JSON.stringify(due));
    assert.equal(due.due, '2026-01-31T08:15');
    assert.equal(due.kind, 'approval');
    assert.match(due.basis, /Điều 118 khoản 2/);
  });

  test('an emergency arrest is decided within 12 hours (Art. 110(6))', () => {
    const due = approvalDueAt({ typeCode: 'emergency_arrest' }, '2026-03-01T23:30');
    assert.ok(due.ok);
    assert.equal(due.due, '2026-03-02T11:30');
    assert.equal(due.basisEn, 'Art. 110(6) CPC');
  });

  test('charging a suspect is approved within 3 days, the day of receipt not counted (Art. 134, 179(3))', () => {
    const due = approvalDueAt({ typeCode: 'charge_suspect' }, '2026-01-05T16:00');
    assert.ok(due.ok);
    assert.equal(due.due, '2026-01-08');
    // a period in days is not moved off a weekend (Art. 134(1) moves periods in months only)
    const weekend = approvalDueAt({ typeCode: 'detention' }, '2026-01-07');
    assert.ok(weekend.ok);
    assert.equal(weekend.due, '2026-01-10');
  });

  test('the procuracy reviews a termination within 15 days (Art. 230(3))', () => {
    const due = approvalDueAt({ typeCode: 'terminate_investigation' }, '2026-02-01');
    assert.ok(due.ok);
    assert.equal(due.kind, 'review');
    assert.equal(due.due, '2026-02-16');
  });

  test('refusals name the field', () => {
    const noTime = approvalDueAt({ typeCode: 'extend_custody' }, '2026-01-30');
    assert.equal(noTime.ok, false);
    assert.equal(noTime.ok ? '' : noTime.field, 'receivedAt');
    const none = approvalDueAt({ typeCode: 'residence_ban' }, '2026-01-30');
    assert.equal(none.ok ? '' : none.field, 'typeCode');
    const unknown = approvalDueAt({ typeCode: 'nope' }, '2026-01-30');
    assert.equal(unknown.ok ? '' : unknown.field, 'typeCode');
    assert.equal(approvalDueAt({ typeCode: 'charge_suspect' }, '2026-02-30').ok, false);
  });
});
