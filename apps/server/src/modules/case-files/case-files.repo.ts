import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.schema.ts';
import type { BlobRef } from '../../platform/blobs/blob-store.ts';
import type { Db } from '../../platform/db.ts';
import {
  caseDocumentPages,
  caseDocuments,
  caseDocumentVersions,
  caseFileBlobs,
  caseFileChecks,
} from './case-files.schema.ts';

export type DocumentRow = typeof caseDocuments.$inferSelect;
export type VersionRow = typeof caseDocumentVersions.$inferSelect;
export type PageRow = typeof caseDocumentPages.$inferSelect;
export type IntegrityRow = { integrity: string; verifiedAt: Date | null };
export type DocumentWithVersion = { document: DocumentRow; version: VersionRow; blob: IntegrityRow };

/** Serialises writes to one case file (positions, versions) for the rest of the transaction. */
export const lockCaseFile = (tx: Db, caseId: string) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`case_file:${caseId}`}, 0))`);

/** Records that a case file points at a blob; the first record of an address wins. */
export const registerBlob = (tx: Db, ref: BlobRef) =>
  tx
    .insert(caseFileBlobs)
    .values({ sha256: ref.sha256, encrypted: ref.encrypted, size: ref.size })
    .onConflictDoNothing();

export const nextPosition = async (tx: Db, caseId: string): Promise<number> => {
  const [row] = await tx
    .select({ last: sql<number | null>`max(${caseDocuments.position})` })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId));
  return Number(row?.last ?? 0) + 1;
};

export const insertDocument = (tx: Db, row: typeof caseDocuments.$inferInsert) => tx.insert(caseDocuments).values(row);
export const insertVersion = (tx: Db, row: typeof caseDocumentVersions.$inferInsert) =>
  tx.insert(caseDocumentVersions).values(row);

export const updateDocument = (tx: Db, id: string, patch: Partial<typeof caseDocuments.$inferInsert>) =>
  tx
    .update(caseDocuments)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(caseDocuments.id, id));

const withVersion = { document: caseDocuments, version: caseDocumentVersions, blob: caseFileBlobs };
const currentVersionJoin = and(
  eq(caseDocumentVersions.documentId, caseDocuments.id),
  eq(caseDocumentVersions.version, caseDocuments.currentVersion),
);
const blobJoin = (sha: typeof caseDocumentVersions.blobSha256, encrypted: typeof caseDocumentVersions.blobEncrypted) =>
  and(eq(caseFileBlobs.sha256, sha), eq(caseFileBlobs.encrypted, encrypted));

/** The documents of a case file in index order, each with its current version. */
export const listDocuments = async (db: Db, caseId: string): Promise<DocumentWithVersion[]> =>
  db
    .select(withVersion)
    .from(caseDocuments)
    .innerJoin(caseDocumentVersions, currentVersionJoin)
    .innerJoin(caseFileBlobs, blobJoin(caseDocumentVersions.blobSha256, caseDocumentVersions.blobEncrypted))
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.position));

export const findDocument = async (db: Db, caseId: string, id: string): Promise<DocumentWithVersion | undefined> =>
  (
    await db
      .select(withVersion)
      .from(caseDocuments)
      .innerJoin(caseDocumentVersions, currentVersionJoin)
      .innerJoin(caseFileBlobs, blobJoin(caseDocumentVersions.blobSha256, caseDocumentVersions.blobEncrypted))
      .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, id)))
  )[0];

/** Every version of a document, newest first, with the integrity of its original. */
export const listVersions = (db: Db, documentId: string) =>
  db
    .select({ version: caseDocumentVersions, blob: caseFileBlobs })
    .from(caseDocumentVersions)
    .innerJoin(caseFileBlobs, blobJoin(caseDocumentVersions.blobSha256, caseDocumentVersions.blobEncrypted))
    .where(eq(caseDocumentVersions.documentId, documentId))
    .orderBy(desc(caseDocumentVersions.version));

export const listPages = (db: Db, versionId: string) =>
  db
    .select()
    .from(caseDocumentPages)
    .where(eq(caseDocumentPages.versionId, versionId))
    .orderBy(asc(caseDocumentPages.pageNo));

/**
 * Writes the new order of a case file. Positions are unique per case, so they move out of the way
 * (negative) first, then take their places.
 */
export const setPositions = async (tx: Db, caseId: string, order: readonly string[]) => {
  const write = (position: (index: number) => number) => {
    const values = sql.join(
      order.map((id, i) => sql`(${id}::uuid, ${position(i)}::int)`),
      sql`, `,
    );
    return tx.execute(sql`UPDATE case_documents AS d SET position = v.position, updated_at = now()
      FROM (VALUES ${values}) AS v(id, position) WHERE d.id = v.id AND d.case_id = ${caseId}`);
  };
  await write((i) => -(i + 1));
  await write((i) => i + 1);
};

/** The SHA-256 of a version's searchable PDF, once the digitisation jobs have assembled it. */
export const attachSearchablePdf = async (tx: Db, versionId: string, ref: BlobRef) => {
  await registerBlob(tx, ref);
  await tx
    .update(caseDocumentVersions)
    .set({ searchablePdfSha256: ref.sha256, searchablePdfEncrypted: ref.encrypted, searchablePdfSize: ref.size })
    .where(eq(caseDocumentVersions.id, versionId));
};

export const insertCheck = (tx: Db, row: typeof caseFileChecks.$inferInsert) => tx.insert(caseFileChecks).values(row);

/** The changes of the officer's latest audit entry of `action` on an entity within the last minutes, if any. */
export const lastAuditChanges = async (
  db: Db,
  query: { actorId: string; action: string; entity: { type: string; id: string }; withinMinutes: number },
): Promise<unknown> => {
  const [last] = await db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, query.entity.type),
        eq(auditLog.entityId, query.entity.id),
        eq(auditLog.action, query.action),
        eq(auditLog.actorId, query.actorId),
        sql`${auditLog.at} > now() - ${query.withinMinutes} * interval '1 minute'`,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last?.changes ?? null;
};
