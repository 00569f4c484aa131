import {
  type FieldError,
  type ImportOptions,
  type ImportResult,
  type ImportRowResult,
  toFieldErrors,
} from '@eprocuracy/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authorize } from '../../platform/access.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { invalid, toProblem } from '../../platform/errors.ts';
import { languageOf } from '../../platform/http-errors.ts';
import { findOffice, type OfficeRow } from './offices.repo.ts';
import { officeResource } from './offices.ts';

/** Where an import reports its progress; the server passes its request logger. */
export type ImportLog = { info: (data: Record<string, unknown>, message: string) => void };

/** What an import use-case returns: the report, and whether all_or_nothing refused to write anything. */
export type ImportOutcome = { result: ImportResult; isRejected: boolean };

/** Refuses (403, audited) an actor who may not create this kind of record even in their own office. */
export const authorizeImport = async (ctx: Ctx, kind: 'officer' | 'office') => {
  const own = (await findOffice(ctx.db, ctx.actor.officeId)) as OfficeRow;
  await authorize(ctx, 'write', { ...officeResource(own), kind });
};

export const rowError = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

/** Zod issues of one row, named by the file's column keys instead of the contract's field names. */
export const rowFieldErrors = (
  issues: readonly z.core.$ZodIssue[],
  columnOf: Record<string, string>,
  skip: ReadonlySet<string> = new Set(),
): FieldError[] =>
  toFieldErrors(issues)
    .map((error) => ({ ...error, field: columnOf[error.field.split('.')[0] ?? ''] ?? error.field }))
    .filter((error) => !skip.has(error.field));

/** Counts the report and decides, by the mode, which rows may be written. */
export const decide = (rows: ImportRowResult[], options: ImportOptions) => {
  const failed = rows.filter((r) => !r.ok).length;
  const isRejected = options.mode === 'all_or_nothing' && failed > 0;
  const writable = isRejected ? 0 : rows.length - failed;
  return { failed, isRejected, writable };
};

/** Runs `work` over the items with at most `limit` running at once, keeping order. */
export const mapLimited = async <T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

/** The one audit entry of an import, next to the entries of every record it created. */
export const auditImport = (ctx: Ctx, tx: Db, action: string, importId: string, counts: Record<string, unknown>) =>
  appendAudit(tx, ctx.audit, {
    action,
    entityType: 'import',
    entityId: importId,
    changes: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { before: null, after: v }])),
  });

/** 200 with the report, or, when all_or_nothing refused, 400 INVALID problem+json carrying the report as `rows`. */
export const sendImportOutcome = (
  request: FastifyRequest,
  reply: FastifyReply,
  { result, isRejected }: ImportOutcome,
) => {
  if (!isRejected) return reply.send(result);
  const error = invalid([
    rowError(
      'file',
      `${result.failed}/${result.total} dòng không hợp lệ; chưa nhập dòng nào`,
      `${result.failed} of ${result.total} rows are invalid; nothing was imported`,
    ),
  ]);
  return reply
    .status(400)
    .type('application/problem+json')
    .send({ ...toProblem(error, languageOf(request)), ...result });
};
