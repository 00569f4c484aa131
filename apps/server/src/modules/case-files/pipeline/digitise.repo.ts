import { and, eq, sql } from 'drizzle-orm';
import type { BlobRef } from '../../../platform/blobs/blob-store.ts';
import type { Db } from '../../../platform/db.ts';
import { attachSearchablePdf, registerBlob } from '../case-files.repo.ts';
import { caseDocumentPages, caseDocumentVersions } from '../case-files.schema.ts';

export type VersionToDigitise = typeof caseDocumentVersions.$inferSelect;
export type DonePage = { pageNo: number; text: string; meanConfidence: number | null; thumbnail: BlobRef | null };

export const findVersion = async (db: Db, versionId: string): Promise<VersionToDigitise | undefined> =>
  (await db.select().from(caseDocumentVersions).where(eq(caseDocumentVersions.id, versionId)))[0];

const setVersion = (db: Db, versionId: string, patch: Partial<typeof caseDocumentVersions.$inferInsert>) =>
  db.update(caseDocumentVersions).set(patch).where(eq(caseDocumentVersions.id, versionId));

/** An attempt starts: the page count is known, the last attempt's error is cleared. */
export const startVersion = (db: Db, versionId: string, pageCount: number) =>
  setVersion(db, versionId, { digitisationStatus: 'processing', pageCount, digitisationError: null });

/** Back to `queued`, saying why it waits (a tool is missing). */
export const markWaiting = (db: Db, versionId: string, reason: string) =>
  setVersion(db, versionId, { digitisationStatus: 'queued', digitisationError: reason });

export const markFailed = (db: Db, versionId: string, reason: string) =>
  setVersion(db, versionId, { digitisationStatus: 'failed', digitisationError: reason });

/** Failed, unless it already finished (done, failed with its own reason, or nothing to digitise). */
export const markFailedIfUnfinished = (db: Db, versionId: string, reason: string) =>
  db
    .update(caseDocumentVersions)
    .set({ digitisationStatus: 'failed', digitisationError: reason })
    .where(
      and(
        eq(caseDocumentVersions.id, versionId),
        sql`${caseDocumentVersions.digitisationStatus} in ('queued', 'processing')`,
      ),
    );

/** Numbers of the pages already stored as done, so a resumed job skips them. */
export const donePageNumbers = async (db: Db, versionId: string): Promise<Set<number>> =>
  new Set(
    (
      await db
        .select({ pageNo: caseDocumentPages.pageNo })
        .from(caseDocumentPages)
        .where(and(eq(caseDocumentPages.versionId, versionId), eq(caseDocumentPages.status, 'done')))
    ).map((row) => row.pageNo),
  );

/**
 * Stores one finished page and counts it, in one transaction: the page exists exactly once whatever
 * happened to earlier attempts (the (version, page) key), and pages_done is recounted, not incremented,
 * under the version's row lock, so two pages finishing together cannot lose an update.
 */
export const storeDonePage = (db: Db, versionId: string, page: DonePage & { id: string }) =>
  db.transaction(async (tx) => {
    // The version row is locked first: a page finishing alongside waits, and its recount (a new statement,
    // a new snapshot) then sees this page. Without it each would count only itself.
    await tx.execute(
      sql`select 1 from ${caseDocumentVersions} where ${caseDocumentVersions.id} = ${versionId} for update`,
    );
    if (page.thumbnail) await registerBlob(tx, page.thumbnail);
    await tx
      .insert(caseDocumentPages)
      .values({
        id: page.id,
        versionId,
        pageNo: page.pageNo,
        status: 'done',
        text: page.text,
        meanConfidence: page.meanConfidence,
        thumbnailSha256: page.thumbnail?.sha256 ?? null,
        thumbnailEncrypted: page.thumbnail?.encrypted ?? null,
      })
      .onConflictDoNothing({ target: [caseDocumentPages.versionId, caseDocumentPages.pageNo] });
    await tx
      .update(caseDocumentVersions)
      .set({
        pagesDone: sql`(select count(*)::int from ${caseDocumentPages} where ${caseDocumentPages.versionId} = ${versionId} and ${caseDocumentPages.status} = 'done')`,
      })
      .where(eq(caseDocumentVersions.id, versionId));
  });

/** The last step: the searchable PDF (when there is one) attached and the version marked done. */
export const finishVersion = (
  db: Db,
  versionId: string,
  result: { textSource: 'ocr' | 'extracted'; searchablePdf: BlobRef | null },
) =>
  db.transaction(async (tx) => {
    if (result.searchablePdf) await attachSearchablePdf(tx, versionId, result.searchablePdf);
    await setVersion(tx, versionId, {
      digitisationStatus: 'done',
      textSource: result.textSource,
      digitisationError: null,
    });
  });
