import { z } from 'zod';
import { ZId } from './common-contracts.ts';

export const ZAuditQuery = z.strictObject({
  actorId: ZId.optional(),
  officeId: ZId.optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  officeId: ZId.nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;
