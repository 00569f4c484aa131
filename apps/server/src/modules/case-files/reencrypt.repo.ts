import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BlobAddress } from '../../platform/blobs/blob-store.ts';
import type { Db } from '../../platform/db.ts';
import { incomingDocuments } from '../documents/registry/registry.schema.ts';
import { caseFileArchives } from './archive/case-file-archives.schema.ts';
import { caseDocumentPages, caseDocuments, caseDocumentVersions, caseFileBlobs } from './case-files.schema.ts';

const v = caseDocumentVersions;
const p = caseDocumentPages;

export type PlainUse = { sha256: string; part: 'original' | 'searchable_pdf' | 'thumbnail' };

/** The documents of a case (or the one named), with their own level. */
export const documentsOf = (db: Db, caseId: string, documentId?: string) =>
  db
    .select({ id: caseDocuments.id, secrecy: caseDocuments.secrecy })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), documentId ? eq(caseDocuments.id, documentId) : undefined))
    .orderBy(caseDocuments.position);

/** A document's versions, oldest first, with where their digitisation stands. */
export const versionsOf = (db: Db, documentId: string) =>
  db
    .select({ id: v.id, version: v.version, digitisationStatus: v.digitisationStatus })
    .from(v)
    .where(eq(v.documentId, documentId))
    .orderBy(v.version);

/** The blobs a version still points at in clear: its original, its searchable PDF, its pages' thumbnails. */
export const plainUsesOf = async (db: Db, versionId: string): Promise<PlainUse[]> => {
  const [row] = await db.select().from(v).where(eq(v.id, versionId));
  if (!row) return [];
  const uses: PlainUse[] = [];
  if (!row.blobEncrypted) uses.push({ sha256: row.blobSha256, part: 'original' });
  if (row.searchablePdfSha256 && row.searchablePdfEncrypted === false)
    uses.push({ sha256: row.searchablePdfSha256, part: 'searchable_pdf' });
  const thumbnails = await db
    .selectDistinct({ sha256: sql<string>`${p.thumbnailSha256}` })
    .from(p)
    .where(and(eq(p.versionId, versionId), eq(p.thumbnailEncrypted, false)));
  for (const { sha256 } of thumbnails) uses.push({ sha256, part: 'thumbnail' });
  return uses;
};

/** The size recorded for a blob, or null when no row records it. */
export const recordedSize = async (db: Db, address: BlobAddress): Promise<number | null> =>
  (
    await db
      .select({ size: caseFileBlobs.size })
      .from(caseFileBlobs)
      .where(and(eq(caseFileBlobs.sha256, address.sha256), eq(caseFileBlobs.encrypted, address.encrypted)))
  )[0]?.size ?? null;

/** Locks a version's row for the switch, so a concurrent switch of the same version waits and then finds it done. */
export const lockVersion = async (tx: Db, versionId: string) =>
  (await tx.select({ digitisationStatus: v.digitisationStatus }).from(v).where(eq(v.id, versionId)).for('update'))[0];

/** Points a version's original, searchable PDF and thumbnails that are still plain in `shas` at their encrypted copies. */
export const switchToEncrypted = async (tx: Db, versionId: string, shas: readonly string[]): Promise<number> => {
  if (shas.length === 0) return 0;
  const original = await tx
    .update(v)
    .set({ blobEncrypted: true })
    .where(and(eq(v.id, versionId), eq(v.blobEncrypted, false), inArray(v.blobSha256, [...shas])))
    .returning({ id: v.id });
  const pdf = await tx
    .update(v)
    .set({ searchablePdfEncrypted: true })
    .where(and(eq(v.id, versionId), eq(v.searchablePdfEncrypted, false), inArray(v.searchablePdfSha256, [...shas])))
    .returning({ id: v.id });
  const pages = await tx
    .update(p)
    .set({ thumbnailEncrypted: true, updatedAt: new Date() })
    .where(and(eq(p.versionId, versionId), eq(p.thumbnailEncrypted, false), inArray(p.thumbnailSha256, [...shas])))
    .returning({ id: p.id });
  return original.length + pdf.length + pages.length;
};

/**
 * The plain twins, still registered, of the encrypted blobs a document points at: what a run switched, or
 * an earlier run switched and was stopped before deleting.
 */
export const registeredPlainTwins = async (db: Db, documentId: string): Promise<string[]> => {
  const rows = await db.execute(sql`
    SELECT DISTINCT b.sha256 FROM case_file_blobs b
    WHERE NOT b.encrypted AND b.sha256 IN (
      SELECT blob_sha256 FROM case_document_versions WHERE document_id = ${documentId} AND blob_encrypted
      UNION SELECT searchable_pdf_sha256 FROM case_document_versions
        WHERE document_id = ${documentId} AND searchable_pdf_encrypted
      UNION SELECT pg.thumbnail_sha256 FROM case_document_pages pg
        JOIN case_document_versions cv ON cv.id = pg.version_id
        WHERE cv.document_id = ${documentId} AND pg.thumbnail_encrypted)`);
  return (rows as unknown as { rows: { sha256: string }[] }).rows.map((row) => row.sha256);
};

/**
 * Locks the rows of plain blobs until the end of the transaction and returns those still there. Every insert
 * of a row pointing at a blob checks its foreign key under a share lock of the blob's row, so while the lock
 * is held no new reference can appear, and once the row is deleted a reference that was waiting fails
 * instead of dangling. Sorted, so two runs locking overlapping sets cannot deadlock.
 */
export const lockPlainBlobRows = async (tx: Db, shas: readonly string[]): Promise<string[]> => {
  if (shas.length === 0) return [];
  const rows = await tx
    .select({ sha256: caseFileBlobs.sha256 })
    .from(caseFileBlobs)
    .where(and(inArray(caseFileBlobs.sha256, [...shas].sort()), eq(caseFileBlobs.encrypted, false)))
    .orderBy(caseFileBlobs.sha256)
    .for('update');
  return rows.map((row) => row.sha256);
};

/**
 * Of these plain blobs, those some row points at: a version's original or searchable PDF, a page's
 * thumbnail, an uploaded scan archive, or an incoming document's file (the registry keeps its files in the
 * same content-addressed store).
 */
export const referencedPlain = async (tx: Db, shas: readonly string[]): Promise<Set<string>> => {
  if (shas.length === 0) return new Set();
  const list = sql.join(
    shas.map((sha) => sql`${sha}`),
    sql`, `,
  );
  const a = caseFileArchives;
  const r = incomingDocuments;
  const result = await tx.execute(sql`
    SELECT ${v.blobSha256} AS sha256 FROM ${v} WHERE ${v.blobSha256} IN (${list}) AND NOT ${v.blobEncrypted}
    UNION SELECT ${v.searchablePdfSha256} FROM ${v}
      WHERE ${v.searchablePdfSha256} IN (${list}) AND NOT ${v.searchablePdfEncrypted}
    UNION SELECT ${p.thumbnailSha256} FROM ${p} WHERE ${p.thumbnailSha256} IN (${list}) AND NOT ${p.thumbnailEncrypted}
    UNION SELECT ${a.archiveSha256} FROM ${a} WHERE ${a.archiveSha256} IN (${list}) AND NOT ${a.archiveEncrypted}
    UNION SELECT ${r.fileSha256} FROM ${r} WHERE ${r.fileSha256} IN (${list}) AND NOT ${r.fileEncrypted}`);
  return new Set((result as unknown as { rows: { sha256: string }[] }).rows.map((row) => row.sha256));
};

/** Forgets plain blobs whose stored copies were deleted, under the lock of `lockPlainBlobRows`. */
export const deletePlainBlobRows = (tx: Db, shas: readonly string[]) =>
  shas.length === 0
    ? Promise.resolve()
    : tx
        .delete(caseFileBlobs)
        .where(and(inArray(caseFileBlobs.sha256, [...shas]), eq(caseFileBlobs.encrypted, false)))
        .then(() => undefined);
