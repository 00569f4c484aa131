import type {
  CreateOfficeInput,
  MergeOfficesInput,
  Office,
  Resource,
  SplitOfficeInput,
  UpdateOfficeInput,
} from '@eprocuracy/domain';
import { authorize } from '../../platform/access.ts';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { type Ctx, splitPath } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { moveOfficersOut } from './officers.repo.ts';
import * as repo from './offices.repo.ts';

export const officeResource = (row: repo.OfficeRow): Resource => ({
  kind: 'office',
  id: row.id,
  officeId: row.id,
  officePath: splitPath(row.path),
  secrecy: 'normal',
  assigneeIds: [],
});

export const presentOffice = (row: repo.OfficeRow): Office => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  address: row.address,
  levelCode: row.levelCode,
  parentId: row.parentId,
  status: row.status as Office['status'],
  validFrom: row.validFrom,
  validTo: row.validTo,
});

const officeNotFound = () => notFound('office');

/** Reads one office the actor may see, or a 404. */
export const getOffice = async (ctx: Ctx, id: string): Promise<repo.OfficeRow> => {
  const row = await repo.findOffice(ctx.db, id);
  if (!row) throw officeNotFound();
  await authorize(ctx, 'read', officeResource(row));
  return row;
};

/** The whole organisation chart (every officer may read it), optionally with closed offices. */
export const listOffices = async (ctx: Ctx, includeClosed: boolean): Promise<Office[]> =>
  (await repo.listOffices(ctx.db, { includeClosed })).map(presentOffice);

const assertCodeFree = async (db: Db, code: string) => {
  if (await repo.findOfficeByCode(db, code)) {
    throw conflict({ vi: `Mã đơn vị ${code} đã tồn tại`, en: `Office code ${code} already exists` }, [
      { field: 'code', vi: 'Mã đã được dùng', en: 'Code already in use' },
    ]);
  }
};

const assertLevelBelow = async (db: Db, levelCode: string, parent: repo.OfficeRow) => {
  const [level, parentLevel] = await Promise.all([
    repo.findOfficeLevel(db, levelCode),
    repo.findOfficeLevel(db, parent.levelCode),
  ]);
  if (!level) throw invalid([{ field: 'levelCode', vi: 'Cấp đơn vị không tồn tại', en: 'Unknown office level' }]);
  if (parentLevel && level.rank <= parentLevel.rank) {
    throw invalid([
      {
        field: 'levelCode',
        vi: 'Cấp đơn vị phải thấp hơn đơn vị cấp trên',
        en: 'Level must be below the parent level',
      },
    ]);
  }
};

type NewOffice = { code: string; name: string; nameEn?: string | undefined; address?: string | undefined };

const insertUnder = async (tx: Db, parent: repo.OfficeRow, levelCode: string, input: NewOffice, validFrom: string) => {
  await assertCodeFree(tx, input.code);
  const id = newId();
  const row = {
    id,
    code: input.code,
    name: input.name,
    nameEn: input.nameEn ?? null,
    address: input.address ?? null,
    levelCode,
    parentId: parent.id,
    path: `${parent.path}${id}/`,
    status: 'active',
    validFrom,
    validTo: null,
  };
  await repo.insertOffice(tx, row);
  return { ...row, createdAt: new Date() } satisfies repo.OfficeRow;
};

/** Creates an office under a parent the actor administers. */
export const createOffice = async (ctx: Ctx, input: CreateOfficeInput): Promise<Office> => {
  if (!input.parentId) {
    throw invalid([{ field: 'parentId', vi: 'Cần chọn đơn vị cấp trên', en: 'A parent office is required' }]);
  }
  const parent = await getOffice(ctx, input.parentId);
  await authorize(ctx, 'write', officeResource(parent));
  await assertLevelBelow(ctx.db, input.levelCode, parent);
  return ctx.db.transaction(async (tx) => presentOffice(await insertNewOffice(ctx, tx, parent, input)));
};

/** Inserts a checked office under its parent with its history event and audit entry; used by the API and bulk import. */
export const insertNewOffice = async (
  ctx: Ctx,
  tx: Db,
  parent: repo.OfficeRow,
  input: CreateOfficeInput,
): Promise<repo.OfficeRow> => {
  const validFrom = input.validFrom ?? todayInVietnam();
  const row = await insertUnder(tx, parent, input.levelCode, input, validFrom);
  await repo.insertOfficeEvent(tx, {
    id: newId(),
    kind: 'created',
    effectiveDate: validFrom,
    reason: null,
    fromOfficeIds: [],
    toOfficeIds: [row.id],
    actorId: ctx.actor.officerId,
  });
  await appendAudit(tx, ctx.audit, {
    action: 'office.create',
    entityType: 'office',
    entityId: row.id,
    changes: diffFields(null, presentOffice(row)),
  });
  return row;
};

/** Renames an office or changes its address. */
export const updateOffice = async (ctx: Ctx, id: string, input: UpdateOfficeInput): Promise<Office> => {
  const before = await getOffice(ctx, id);
  await authorize(ctx, 'write', officeResource(before));
  return ctx.db.transaction(async (tx) => {
    await repo.updateOffice(tx, id, input);
    const after = { ...before, ...input };
    await appendAudit(tx, ctx.audit, {
      action: 'office.update',
      entityType: 'office',
      entityId: id,
      changes: diffFields(presentOffice(before), presentOffice(after)),
    });
    return presentOffice(after);
  });
};

const activeSource = async (ctx: Ctx, id: string, field: string) => {
  const row = await getOffice(ctx, id);
  await authorize(ctx, 'write', officeResource(row));
  if (row.status !== 'active' || !row.parentId) {
    throw invalid([{ field, vi: 'Đơn vị không còn hoạt động', en: 'Office is not active' }]);
  }
  return row;
};

/**
 * Merges offices into one. The old offices close and move under the successor, so their records
 * keep pointing at them while the successor's leaders see them; their staff and sub-offices move over.
 */
export const mergeOffices = async (ctx: Ctx, input: MergeOfficesInput): Promise<Office> => {
  const sources: repo.OfficeRow[] = [];
  for (const [i, id] of input.sourceIds.entries()) sources.push(await activeSource(ctx, id, `sourceIds.${i}`));
  const first = sources[0] as repo.OfficeRow;
  const into = input.into;
  if ('existingId' in into && input.sourceIds.includes(into.existingId)) {
    throw invalid([
      {
        field: 'into.existingId',
        vi: 'Đơn vị nhận không được nằm trong danh sách sáp nhập',
        en: 'Target must not be one of the merged offices',
      },
    ]);
  }
  // Every read and access check happens before the transaction: PGlite has a single connection.
  const existing = 'existingId' in into ? await activeSource(ctx, into.existingId, 'into.existingId') : null;
  const parent = existing ? null : await getOffice(ctx, first.parentId as string);
  return ctx.db.transaction(async (tx) => {
    const target =
      existing ??
      (await insertUnder(
        tx,
        parent as repo.OfficeRow,
        first.levelCode,
        (into as { newOffice: NewOffice }).newOffice,
        input.effectiveDate,
      ));
    for (const source of sources) {
      for (const child of await repo.listChildren(tx, source.id)) await repo.moveSubtree(tx, child, target);
      await moveOfficersOut(tx, source.id, target.id, input.effectiveDate, input.reason);
      await repo.updateOffice(tx, source.id, { status: 'merged', validTo: input.effectiveDate });
      const refreshed = (await repo.findOffice(tx, target.id)) as repo.OfficeRow;
      await repo.moveSubtree(tx, (await repo.findOffice(tx, source.id)) as repo.OfficeRow, refreshed);
    }
    await recordReorganisation(ctx, tx, 'merged', input.sourceIds, [target.id], input.effectiveDate, input.reason);
    return presentOffice((await repo.findOffice(tx, target.id)) as repo.OfficeRow);
  });
};

/**
 * Splits an office into new ones under the same parent. The first new office is the main successor:
 * it takes the staff and sub-offices, which administrators then redistribute by transfer.
 */
export const splitOffice = async (ctx: Ctx, input: SplitOfficeInput): Promise<Office[]> => {
  const source = await activeSource(ctx, input.sourceId, 'sourceId');
  const parent = await getOffice(ctx, source.parentId as string);
  return ctx.db.transaction(async (tx) => {
    const created: repo.OfficeRow[] = [];
    for (const office of input.into) {
      created.push(await insertUnder(tx, parent, source.levelCode, office, input.effectiveDate));
    }
    const main = created[0] as repo.OfficeRow;
    for (const child of await repo.listChildren(tx, source.id)) await repo.moveSubtree(tx, child, main);
    await moveOfficersOut(tx, source.id, main.id, input.effectiveDate, input.reason);
    await repo.updateOffice(tx, source.id, { status: 'split', validTo: input.effectiveDate });
    const ids = created.map((o) => o.id);
    await recordReorganisation(ctx, tx, 'split', [source.id], ids, input.effectiveDate, input.reason);
    return created.map(presentOffice);
  });
};

const recordReorganisation = async (
  ctx: Ctx,
  tx: Db,
  kind: 'merged' | 'split',
  fromOfficeIds: string[],
  toOfficeIds: string[],
  effectiveDate: string,
  reason: string,
) => {
  const id = newId();
  await repo.insertOfficeEvent(tx, {
    id,
    kind,
    effectiveDate,
    reason,
    fromOfficeIds,
    toOfficeIds,
    actorId: ctx.actor.officerId,
  });
  await appendAudit(tx, ctx.audit, {
    action: `office.${kind === 'merged' ? 'merge' : 'split'}`,
    entityType: 'office_event',
    entityId: id,
    changes: { from: { before: null, after: fromOfficeIds }, to: { before: null, after: toOfficeIds } },
  });
};

/** History of an office: creation, merges and splits it took part in. */
export const officeHistory = async (ctx: Ctx, id: string) => {
  await getOffice(ctx, id);
  return repo.listOfficeEvents(ctx.db, id);
};
