import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeSettlementDeadline, settlementDeadline } from './crime-report-deadline.ts';

const extension = (months: number, grantedOn: string) => ({
  kind: 'extension_granted',
  data: { months, grantedOn, grantedBy: 'Thủ trưởng CQĐT' },
});

describe('settlement deadline from the events', () => {
  test('runs 20 days from receipt and counts the days left against today', () => {
    const d = settlementDeadline('2026-03-02', [{ kind: 'registered', data: {} }], 'minor', '2026-03-20');
    assert.equal(d.state, 'running');
    if (d.state !== 'running') return;
    assert.equal(d.due, '2026-03-22');
    assert.equal(d.daysLeft, 2);
    assert.equal(d.overdue, false);
    assert.equal(d.basis, 'Điều 147 khoản 1 BLTTHS');
    const late = settlementDeadline('2026-03-02', [], 'minor', '2026-03-23');
    assert.ok(late.state === 'running' && late.overdue && late.daysLeft === -1);
  });

  test('stops while suspended and once settled', () => {
    const suspended = settlementDeadline(
      '2026-03-02',
      [{ kind: 'suspended', data: { date: '2026-03-10' } }],
      'minor',
      '2026-04-01',
    );
    assert.equal(suspended.state, 'stopped');
    assert.ok(suspended.state === 'stopped' && /Điều 148/.test(suspended.reason.vi));
    const settled = settlementDeadline(
      '2026-03-02',
      [{ kind: 'settled', data: { outcome: 'refused' } }],
      'minor',
      '2026-04-01',
    );
    assert.equal(settled.state, 'stopped');
  });

  test('a resumption restarts the period; extensions before it no longer count', () => {
    const events = [
      extension(2, '2026-03-20'),
      { kind: 'suspended', data: { date: '2026-03-25' } },
      { kind: 'resumed', data: { date: '2026-06-01' } },
    ];
    const d = settlementDeadline('2026-03-02', events, 'serious', '2026-06-02');
    assert.ok(d.state === 'running');
    assert.equal(d.due, '2026-06-21');
    assert.match(d.steps[0]?.vi ?? '', /Điều 149/);
    const { result } = computeSettlementDeadline('2026-03-02', events, 'serious', {
      months: 2,
      grantedOn: '2026-06-15',
    });
    assert.ok(result.ok);
    assert.equal(result.due, '2026-08-03'); // two months from 01/06 is Saturday 01/08, moved to Monday
  });

  test('a third extension is refused under Art. 147', () => {
    const events = [extension(2, '2026-03-20'), extension(2, '2026-04-28')];
    const { result } = computeSettlementDeadline('2026-03-02', events, 'minor', { months: 1, grantedOn: '2026-07-01' });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.basis?.startsWith('Điều 147'));
  });
});
