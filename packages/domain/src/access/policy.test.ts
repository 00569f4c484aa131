import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ROLES, type Role, SECRECY_LEVELS, type Secrecy, secrecyRank } from '../identity/vocab.ts';
import { can, grantsFor } from './policy.ts';
import { type Action, type Actor, RESOURCE_KINDS, type Resource, type ResourceKind } from './types.ts';

// A small tree: root ─ province P ─ region R; and a sibling province Q.
const ROOT = 'root';
const P = 'prov-p';
const R = 'region-r';
const Q = 'prov-q';
const PATHS: Record<string, string[]> = { [ROOT]: [ROOT], [P]: [ROOT, P], [R]: [ROOT, P, R], [Q]: [ROOT, Q] };

/** Where a record sits relative to an actor working in province P. */
const RELATIONS = ['assigned', 'own_office', 'below', 'above', 'sibling'] as const;
type Relation = (typeof RELATIONS)[number];

const actorIn = (roles: Role[], clearance: Secrecy, officeId = P): Actor => ({
  officerId: 'me',
  officeId,
  officePath: PATHS[officeId] as string[],
  roles,
  clearance,
});

const recordAt = (kind: ResourceKind, relation: Relation, secrecy: Secrecy): Resource => {
  const officeId = { assigned: Q, own_office: P, below: R, above: ROOT, sibling: Q }[relation];
  return {
    kind,
    id: kind === 'officer' && relation === 'assigned' ? 'me' : `rec-${relation}`,
    officeId,
    officePath: PATHS[officeId] as string[],
    secrecy,
    assigneeIds: relation === 'assigned' ? ['me'] : [],
  };
};

/**
 * The policy written out as a table: for case records, which (role, action, relation) pairs are allowed
 * and up to which secrecy level (before the actor's clearance caps it). Absent means refused.
 */
const CASE_TABLE: Partial<Record<Role, Partial<Record<Action, Partial<Record<Relation, Secrecy>>>>>> = {
  leader: {
    read: { own_office: 'absolute_secret', below: 'absolute_secret' },
    write: { own_office: 'absolute_secret' },
  },
  prosecutor: {
    read: { assigned: 'absolute_secret', own_office: 'normal' },
    write: { assigned: 'absolute_secret' },
  },
  examiner: {
    read: { assigned: 'absolute_secret', own_office: 'normal' },
    write: { assigned: 'absolute_secret' },
  },
  clerk: { read: { own_office: 'normal' } },
  statistician: { read: { own_office: 'normal', below: 'normal' } },
};

const expected = (role: Role, action: Action, relation: Relation, secrecy: Secrecy, clearance: Secrecy): boolean => {
  const max = CASE_TABLE[role]?.[action]?.[relation];
  if (!max) return false;
  return secrecyRank(secrecy) <= Math.min(secrecyRank(max), secrecyRank(clearance));
};

describe('access policy on case records: every role × action × relation × secrecy × clearance', () => {
  for (const role of ROLES) {
    for (const action of ['read', 'write'] as const) {
      test(`${role} ${action}`, () => {
        for (const relation of RELATIONS) {
          for (const secrecy of SECRECY_LEVELS) {
            for (const clearance of SECRECY_LEVELS) {
              const actor = actorIn([role], clearance);
              const got = can(actor, action, recordAt('case', relation, secrecy));
              assert.equal(
                got,
                expected(role, action, relation, secrecy, clearance),
                `${relation} ${secrecy} clearance=${clearance}`,
              );
            }
          }
        }
      });
    }
  }
});

describe('access policy on the organisation', () => {
  const admin = actorIn(['admin'], 'normal');
  const prosecutor = actorIn(['prosecutor'], 'secret');
  test('every officer reads the office tree; only admins change it, within their subtree', () => {
    for (const relation of RELATIONS) assert.ok(can(prosecutor, 'read', recordAt('office', relation, 'normal')));
    assert.ok(can(admin, 'write', recordAt('office', 'own_office', 'normal')));
    assert.ok(can(admin, 'write', recordAt('office', 'below', 'normal')));
    assert.ok(!can(admin, 'write', recordAt('office', 'above', 'normal')));
    assert.ok(!can(admin, 'write', recordAt('office', 'sibling', 'normal')));
    assert.ok(!can(prosecutor, 'write', recordAt('office', 'own_office', 'normal')));
  });
  test('officers: colleagues see their office, leaders and admins their subtree, everyone themselves', () => {
    assert.ok(can(prosecutor, 'read', recordAt('officer', 'own_office', 'normal')));
    assert.ok(!can(prosecutor, 'read', recordAt('officer', 'below', 'normal')));
    assert.ok(!can(prosecutor, 'read', recordAt('officer', 'sibling', 'normal')));
    assert.ok(can(prosecutor, 'read', recordAt('officer', 'assigned', 'normal')), 'self');
    assert.ok(can(prosecutor, 'write', recordAt('officer', 'assigned', 'normal')), 'self');
    assert.ok(!can(prosecutor, 'write', recordAt('officer', 'own_office', 'normal')));
    const leader = actorIn(['leader'], 'top_secret');
    assert.ok(can(leader, 'read', recordAt('officer', 'below', 'normal')));
    assert.ok(!can(leader, 'read', recordAt('officer', 'above', 'normal')));
    assert.ok(can(admin, 'write', recordAt('officer', 'below', 'normal')));
    assert.ok(!can(admin, 'write', recordAt('officer', 'sibling', 'normal')));
  });
  test('only admins read the audit, within their subtree', () => {
    assert.ok(can(admin, 'read', recordAt('audit', 'below', 'normal')));
    assert.ok(!can(admin, 'read', recordAt('audit', 'sibling', 'normal')));
    assert.ok(!can(admin, 'write', recordAt('audit', 'own_office', 'normal')));
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      assert.ok(!can(actorIn([role], 'absolute_secret'), 'read', recordAt('audit', 'own_office', 'normal')));
    }
  });
  test('partner systems see nothing through the officer policy', () => {
    const partner = actorIn(['partner'], 'absolute_secret');
    for (const kind of RESOURCE_KINDS) {
      for (const relation of RELATIONS)
        assert.ok(!can(partner, 'read', recordAt(kind, relation, 'normal')), `${kind} ${relation}`);
    }
  });
});

const arbActor = fc.record({
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 4 }),
  clearance: fc.constantFrom(...SECRECY_LEVELS),
  officeId: fc.constantFrom(ROOT, P, R, Q),
});
const arbResource = fc.record({
  kind: fc.constantFrom(...RESOURCE_KINDS),
  relation: fc.constantFrom(...RELATIONS),
  secrecy: fc.constantFrom(...SECRECY_LEVELS),
});

// The domains are small: many runs make each property close to exhaustive.
const RUNS = { numRuns: 3000 };

describe('access policy properties', () => {
  test('no grant ever reaches above the actor’s clearance', () => {
    fc.assert(
      fc.property(arbActor, arbResource, fc.constantFrom('read', 'write'), (a, r, action: Action) => {
        const actor = actorIn(a.roles, a.clearance, a.officeId);
        const resource = recordAt(r.kind, r.relation, r.secrecy);
        if (secrecyRank(r.secrecy) > secrecyRank(a.clearance)) assert.equal(can(actor, action, resource), false);
        for (const grant of grantsFor(actor, r.kind, action))
          assert.ok(secrecyRank(grant.maxSecrecy) <= secrecyRank(a.clearance));
      }),
      RUNS,
    );
  });
  test('adding a role never takes access away, and no roles means no access to records', () => {
    fc.assert(
      fc.property(
        arbActor,
        fc.constantFrom(...ROLES),
        arbResource,
        fc.constantFrom('read', 'write'),
        (a, extra, r, action: Action) => {
          const resource = recordAt(r.kind, r.relation, r.secrecy);
          const before = can(actorIn(a.roles, a.clearance, a.officeId), action, resource);
          const after = can(actorIn([...a.roles, extra], a.clearance, a.officeId), action, resource);
          if (before) assert.ok(after);
          if (r.kind !== 'office') assert.equal(can(actorIn([], a.clearance, a.officeId), action, resource), false);
        },
      ),
      RUNS,
    );
  });
  test('whoever may write a case or document may also read it', () => {
    fc.assert(
      fc.property(arbActor, arbResource, (a, r) => {
        const actor = actorIn(a.roles, a.clearance, a.officeId);
        const resource = recordAt(r.kind === 'office' ? 'case' : r.kind, r.relation, r.secrecy);
        if (can(actor, 'write', resource)) assert.ok(can(actor, 'read', resource));
      }),
      RUNS,
    );
  });
  test('lowering a record’s secrecy never takes access away', () => {
    fc.assert(
      fc.property(arbActor, arbResource, fc.constantFrom('read', 'write'), (a, r, action: Action) => {
        const actor = actorIn(a.roles, a.clearance, a.officeId);
        const rank = secrecyRank(r.secrecy);
        if (!can(actor, action, recordAt(r.kind, r.relation, r.secrecy))) return;
        for (const lower of SECRECY_LEVELS.slice(0, rank))
          assert.ok(can(actor, action, recordAt(r.kind, r.relation, lower)));
      }),
      RUNS,
    );
  });
});
