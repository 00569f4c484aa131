import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Resource } from '@eprocuracy/domain';
import { desc } from 'drizzle-orm';
import { resolveSession } from '../modules/identity/resolve-session.ts';
import { signedIn } from '../test/client.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { authorize } from './access.ts';
import { auditLog } from './audit.schema.ts';
import type { Ctx } from './context.ts';
import type { AppError } from './errors.ts';

describe('authorize on classified records', () => {
  let t: TestApp;
  const ctxOf = async (username: string): Promise<Ctx> => {
    const client = await signedIn(t.app, username);
    const resolved = await resolveSession(
      { db: t.database.db, config: t.config },
      client.cookies.get('eproc_sid') as string,
    );
    assert.ok(resolved);
    const { actor } = resolved;
    return {
      db: t.database.db,
      config: t.config,
      actor,
      audit: { actorId: actor.officerId, actorName: actor.fullName, officeId: actor.officeId, ip: '127.0.0.1' },
    };
  };
  const lastAudit = async () => (await t.database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0];

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('an allowed read of a secret record is audited; a normal one is not', async () => {
    const head = await ctxOf('vt.quangninh');
    const record: Resource = {
      kind: 'case',
      id: 'case-1',
      officeId: head.actor.officeId,
      officePath: head.actor.officePath,
      secrecy: 'secret',
      assigneeIds: [],
    };
    await authorize(head, 'read', record);
    const entry = await lastAudit();
    assert.equal(entry?.action, 'record.read_classified');
    assert.equal(entry?.entityId, 'case-1');
    assert.equal(entry?.actorId, head.actor.officerId);
    await authorize(head, 'read', { ...record, id: 'case-2', secrecy: 'normal' });
    assert.equal((await lastAudit())?.entityId, 'case-1');
  });

  test('a prosecutor without assignment is refused a secret record of their own office as if it did not exist', async () => {
    const prosecutor = await ctxOf('ksv.quangninh');
    const record: Resource = {
      kind: 'case',
      id: 'case-3',
      officeId: prosecutor.actor.officeId,
      officePath: prosecutor.actor.officePath,
      secrecy: 'secret',
      assigneeIds: [],
    };
    await assert.rejects(authorize(prosecutor, 'read', record), (e: AppError) => e.code === 'NOT_FOUND');
    assert.equal((await lastAudit())?.action, 'access.refused.read');
    await authorize(prosecutor, 'read', { ...record, assigneeIds: [prosecutor.actor.officerId] });
    await assert.rejects(
      authorize(prosecutor, 'read', { ...record, secrecy: 'top_secret', assigneeIds: [prosecutor.actor.officerId] }),
      (e: AppError) => e.code === 'NOT_FOUND',
      'clearance caps even assigned records',
    );
  });
});
