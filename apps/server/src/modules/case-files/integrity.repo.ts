import { and, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { BlobAddress } from '../../platform/blobs/blob-store.ts';
import type { Db } from '../../platform/db.ts';
import { caseDocumentPages, caseDocuments, caseDocumentVersions, caseFileBlobs } from './case-files.schema.ts';

/** Where a case file uses a blob: a document version's original or searchable PDF, or a page's thumbnail. */
export type BlobUse = BlobAddress & {
  documentId: string;
  version: number;
  part: 'original' | 'searchable_pdf' | 'thumbnail';
  pageNo: number | null;
};

const v = caseDocumentVersions;
const p = caseDocumentPages;

/** Every use of a blob in the versions and pages that `where` (over documents, versions, pages) selects. */
const usesWhere = async (
  db: Db,
  versionWhere: SQL | undefined,
  pdfWhere: SQL | undefined,
  pageWhere: SQL | undefined,
) => {
  const base = { documentId: v.documentId, version: v.version };
  const originals = await db
    .select({ ...base, sha256: v.blobSha256, encrypted: v.blobEncrypted })
    .from(v)
    .innerJoin(caseDocuments, eq(caseDocuments.id, v.documentId))
    .where(versionWhere);
  const pdfs = await db
    .select({ ...base, sha256: v.searchablePdfSha256, encrypted: v.searchablePdfEncrypted })
    .from(v)
    .innerJoin(caseDocuments, eq(caseDocuments.id, v.documentId))
    .where(and(isNotNull(v.searchablePdfSha256), pdfWhere));
  const thumbnails = await db
    .select({ ...base, pageNo: p.pageNo, sha256: p.thumbnailSha256, encrypted: p.thumbnailEncrypted })
    .from(p)
    .innerJoin(v, eq(v.id, p.versionId))
    .innerJoin(caseDocuments, eq(caseDocuments.id, v.documentId))
    .where(and(isNotNull(p.thumbnailSha256), pageWhere));
  return [
    ...originals.map((r) => ({ ...r, part: 'original' as const, pageNo: null })),
    ...pdfs.map((r) => ({
      ...r,
      sha256: r.sha256 as string,
      encrypted: r.encrypted ?? false,
      part: 'searchable_pdf' as const,
      pageNo: null,
    })),
    ...thumbnails.map((r) => ({
      ...r,
      sha256: r.sha256 as string,
      encrypted: r.encrypted ?? false,
      part: 'thumbnail' as const,
    })),
  ] satisfies BlobUse[];
};

/** Every blob one case file uses, with where it is used. */
export const blobUsesOfCase = (db: Db, caseId: string): Promise<BlobUse[]> => {
  const ofCase = eq(caseDocuments.caseId, caseId);
  return usesWhere(db, ofCase, ofCase, ofCase);
};

/** Where the case files use one blob. */
export const blobUsesOf = (db: Db, address: BlobAddress): Promise<BlobUse[]> =>
  usesWhere(
    db,
    and(eq(v.blobSha256, address.sha256), eq(v.blobEncrypted, address.encrypted)),
    and(eq(v.searchablePdfSha256, address.sha256), eq(v.searchablePdfEncrypted, address.encrypted)),
    and(eq(p.thumbnailSha256, address.sha256), eq(p.thumbnailEncrypted, address.encrypted)),
  );

/** Blobs not checked since `before`, never-checked first, then the longest unchecked. */
export const blobsDue = (db: Db, before: Date, limit: number) =>
  db
    .select({ sha256: caseFileBlobs.sha256, encrypted: caseFileBlobs.encrypted })
    .from(caseFileBlobs)
    .where(or(isNull(caseFileBlobs.verifiedAt), lt(caseFileBlobs.verifiedAt, before)))
    .orderBy(sql`${caseFileBlobs.verifiedAt} asc nulls first`)
    .limit(limit);

export const recordIntegrity = (tx: Db, address: BlobAddress, integrity: string) =>
  tx
    .update(caseFileBlobs)
    .set({ integrity, verifiedAt: new Date() })
    .where(and(eq(caseFileBlobs.sha256, address.sha256), eq(caseFileBlobs.encrypted, address.encrypted)));

/** Blobs whose last check found them altered, unreadable or gone. */
export const brokenBlobs = (db: Db) =>
  db
    .select({ sha256: caseFileBlobs.sha256, encrypted: caseFileBlobs.encrypted, integrity: caseFileBlobs.integrity })
    .from(caseFileBlobs)
    .where(inArray(caseFileBlobs.integrity, ['mismatch', 'missing', 'unreadable']));
