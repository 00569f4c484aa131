import {
  type CreateOfficerInput,
  defaultRolesFor,
  type Officer,
  type OfficerListQuery,
  type Resource,
  type Role,
  type Secrecy,
  secrecyRank,
  type TransferOfficerInput,
  type UpdateOfficerInput,
  ZCreateOfficerInput,
} from '@eprocuracy/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { accessFilter, authorize } from '../../platform/access.ts';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { type Ctx, splitPath } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { officers, offices } from './identity.schema.ts';
import * as repo from './officers.repo.ts';
import { getOffice, officeResource } from './offices.ts';
import { revokeAllSessions } from './sessions.repo.ts';

type OfficerWithOffice = NonNullable<Awaited<ReturnType<typeof repo.findOfficer>>>;

export const officerResource = (row: OfficerWithOffice): Resource => ({
  kind: 'officer',
  id: row.officer.id,
  officeId: row.officer.officeId,
  officePath: splitPath(row.officePath),
  secrecy: 'normal',
  assigneeIds: [],
});

export const presentOfficer = ({ officer, officeName }: OfficerWithOffice): Officer => ({
  id: officer.id,
  username: officer.username,
  fullName: officer.fullName,
  email: officer.email,
  phone: officer.phone,
  officeId: officer.officeId,
  officeName,
  position: officer.position as Officer['position'],
  roles: officer.roles as Role[],
  clearance: officer.clearance as Secrecy,
  status: officer.status as Officer['status'],
  totpEnabled: officer.totpEnabled,
  lockedUntil: officer.lockedUntil?.toISOString() ?? null,
  createdAt: officer.createdAt.toISOString(),
});

/** Fields shown in the audit trail; secrets never appear there. */
const auditable = (row: repo.OfficerRow) => ({
  username: row.username,
  fullName: row.fullName,
  email: row.email,
  phone: row.phone,
  officeId: row.officeId,
  position: row.position,
  roles: row.roles,
  clearance: row.clearance,
  status: row.status,
});

const officerNotFound = () => notFound('officer');

export const getOfficerRow = async (ctx: Ctx, id: string): Promise<OfficerWithOffice> => {
  const row = await repo.findOfficer(ctx.db, id);
  if (!row) throw officerNotFound();
  await authorize(ctx, 'read', officerResource(row));
  return row;
};

export const getOfficer = async (ctx: Ctx, id: string) => presentOfficer(await getOfficerRow(ctx, id));

const officerAccess = (ctx: Ctx, action: 'read' | 'write') =>
  accessFilter(ctx, 'officer', action, { officeId: officers.officeId, officePath: offices.path, id: officers.id });

/** Officers the actor may see, filtered by office (optionally with its subtree), name and status. */
export const listOfficers = async (ctx: Ctx, query: OfficerListQuery) => {
  const conditions: (SQL | undefined)[] = [officerAccess(ctx, 'read')];
  if (query.officeId) {
    const office = await getOffice(ctx, query.officeId);
    conditions.push(
      query.subtree === 'true' ? sql`${offices.path} LIKE ${`${office.path}%`}` : eq(officers.officeId, office.id),
    );
  }
  if (query.status) conditions.push(eq(officers.status, query.status));
  if (query.q) conditions.push(repo.nameMatches(query.q));
  const filter = and(...conditions) as SQL;
  const [rows, total] = await Promise.all([
    repo.listOfficers(ctx.db, filter, query),
    repo.countOfficers(ctx.db, filter),
  ]);
  return { items: rows.map(presentOfficer), total };
};

/** An admin may not hand out more than they hold: clearance above their own, or change their own powers. */
const assertNoEscalation = (ctx: Ctx, targetId: string | null, patch: { roles?: Role[]; clearance?: Secrecy }) => {
  if (patch.clearance && secrecyRank(patch.clearance) > secrecyRank(ctx.actor.clearance)) {
    throw invalid([
      {
        field: 'clearance',
        vi: 'Không thể cấp độ mật cao hơn của chính mình',
        en: 'Cannot grant a clearance above your own',
      },
    ]);
  }
  if (targetId === ctx.actor.officerId && (patch.roles || patch.clearance)) throw forbidden();
};

const assertUsernameFree = async (db: Db, username: string) => {
  if (await repo.findOfficerByUsername(db, username)) {
    throw conflict({ vi: `Tên đăng nhập ${username} đã tồn tại`, en: `Username ${username} already exists` }, [
      { field: 'username', vi: 'Tên đăng nhập đã được dùng', en: 'Username already in use' },
    ]);
  }
};

/** Creates an officer inside the transaction given; bulk import passes a hash made before the transaction. */
export const insertNewOfficer = async (
  ctx: Ctx,
  tx: Db,
  input: ReturnType<typeof ZCreateOfficerInput.parse>,
  passwordHash?: string,
) => {
  await assertUsernameFree(tx, input.username);
  const id = newId();
  const row = {
    id,
    username: input.username,
    fullName: input.fullName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    officeId: input.officeId,
    position: input.position,
    roles: input.roles ?? defaultRolesFor(input.position),
    clearance: input.clearance,
    status: 'active',
    passwordHash: passwordHash ?? (await hashPassword(input.password)),
    mustChangePassword: true,
  };
  await repo.insertOfficer(tx, row);
  await repo.insertPosting(tx, {
    officerId: id,
    officeId: input.officeId,
    position: input.position,
    fromDate: todayInVietnam(),
    toDate: null,
    reason: null,
  });
  await appendAudit(tx, ctx.audit, {
    action: 'officer.create',
    entityType: 'officer',
    entityId: id,
    changes: diffFields(null, auditable(row as repo.OfficerRow)),
  });
  return id;
};

/** Hires an officer into an office the actor administers; they must change the password at first sign-in. */
export const createOfficer = async (ctx: Ctx, raw: CreateOfficerInput): Promise<Officer> => {
  const input = ZCreateOfficerInput.parse(raw);
  const office = await getOffice(ctx, input.officeId);
  await authorize(ctx, 'write', { ...officeResource(office), kind: 'officer' });
  assertNoEscalation(ctx, null, { roles: input.roles, clearance: input.clearance });
  const id = await ctx.db.transaction((tx) => insertNewOfficer(ctx, tx, input));
  return getOfficer(ctx, id);
};

/** Changes an officer's details, roles, clearance or status. */
export const updateOfficer = async (ctx: Ctx, id: string, input: UpdateOfficerInput): Promise<Officer> => {
  const before = await getOfficerRow(ctx, id);
  await authorize(ctx, 'write', officerResource(before));
  const isSelf = id === ctx.actor.officerId;
  if (isSelf && (input.position || input.status)) throw forbidden();
  assertNoEscalation(ctx, id, input);
  await ctx.db.transaction(async (tx) => {
    await repo.updateOfficer(tx, id, input);
    if (input.status && input.status !== 'active') await revokeAllSessions(tx, id);
    await appendAudit(tx, ctx.audit, {
      action: 'officer.update',
      entityType: 'officer',
      entityId: id,
      changes: diffFields(auditable(before.officer), auditable({ ...before.officer, ...input } as repo.OfficerRow)),
    });
  });
  return getOfficer(ctx, id);
};

/** Transfers an officer to another office, closing the current posting and opening a new one. */
export const transferOfficer = async (ctx: Ctx, id: string, input: TransferOfficerInput): Promise<Officer> => {
  const before = await getOfficerRow(ctx, id);
  await authorize(ctx, 'write', officerResource(before));
  const target = await getOffice(ctx, input.toOfficeId);
  if (target.status !== 'active') {
    throw invalid([{ field: 'toOfficeId', vi: 'Đơn vị nhận không còn hoạt động', en: 'Target office is not active' }]);
  }
  if (target.id === before.officer.officeId) {
    throw invalid([
      { field: 'toOfficeId', vi: 'Cán bộ đã thuộc đơn vị này', en: 'Officer already belongs to this office' },
    ]);
  }
  await authorize(ctx, 'write', { ...officeResource(target), kind: 'officer' });
  const position = input.position ?? (before.officer.position as Officer['position']);
  await ctx.db.transaction(async (tx) => {
    await repo.closePosting(tx, id, input.effectiveDate);
    await repo.insertPosting(tx, {
      officerId: id,
      officeId: target.id,
      position,
      fromDate: input.effectiveDate,
      toDate: null,
      reason: input.reason,
    });
    await repo.updateOfficer(tx, id, { officeId: target.id, position });
    await appendAudit(tx, ctx.audit, {
      action: 'officer.transfer',
      entityType: 'officer',
      entityId: id,
      changes: diffFields(
        { officeId: before.officer.officeId, position: before.officer.position },
        { officeId: target.id, position },
      ),
    });
  });
  return getOfficer(ctx, id);
};

/** Offices the officer has served in, oldest first. */
export const officerPostings = async (ctx: Ctx, id: string) => {
  await getOfficerRow(ctx, id);
  return (await repo.listPostings(ctx.db, id)).map(({ posting, officeName }) => ({
    officeId: posting.officeId,
    officeName,
    position: posting.position as Officer['position'],
    fromDate: posting.fromDate,
    toDate: posting.toDate,
    reason: posting.reason,
  }));
};

/** Lifts a sign-in lock and sets a temporary password the officer must change. */
export const resetOfficerPassword = async (ctx: Ctx, id: string, password: string): Promise<void> => {
  const before = await getOfficerRow(ctx, id);
  await authorize(ctx, 'write', officerResource(before));
  await ctx.db.transaction(async (tx) => {
    await repo.updateOfficer(tx, id, {
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await revokeAllSessions(tx, id);
    await appendAudit(tx, ctx.audit, { action: 'officer.reset_password', entityType: 'officer', entityId: id });
  });
};

/** Removes an officer's second factor (lost phone); they enrol again at next sign-in if their role requires it. */
export const resetOfficerTotp = async (ctx: Ctx, id: string): Promise<void> => {
  const before = await getOfficerRow(ctx, id);
  await authorize(ctx, 'write', officerResource(before));
  if (id === ctx.actor.officerId) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await repo.updateOfficer(tx, id, {
      totpEnabled: false,
      totpSecret: null,
      totpPendingSecret: null,
      recoveryCodeHashes: [],
    });
    await revokeAllSessions(tx, id);
    await appendAudit(tx, ctx.audit, { action: 'officer.reset_totp', entityType: 'officer', entityId: id });
  });
};
