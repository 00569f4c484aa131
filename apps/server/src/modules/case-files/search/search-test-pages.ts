import { createHash } from 'node:crypto';
import type { Db } from '../../../platform/db.ts';
import { newId } from '../../../platform/ids.ts';
import * as caseFiles from '../case-files.repo.ts';
import { caseDocumentPages } from '../case-files.schema.ts';

export type PagedDocument = {
  caseId: string;
  type: string;
  title: string;
  documentDate?: string;
  secrecy?: string;
  /** The page texts of each version, oldest first; the last version is the current one. */
  versions: string[][];
};

/**
 * Files a document whose pages already hold their text, as the digitisation jobs leave them, without running
 * them: search tests are about what is found, not how the text got there.
 */
export const addPagedDocument = async (db: Db, document: PagedDocument): Promise<{ documentId: string }> =>
  db.transaction(async (tx) => {
    const documentId = newId();
    await caseFiles.lockCaseFile(tx, document.caseId);
    await caseFiles.insertDocument(tx, {
      id: documentId,
      caseId: document.caseId,
      position: await caseFiles.nextPosition(tx, document.caseId),
      type: document.type,
      title: document.title,
      documentDate: document.documentDate ?? null,
      secrecy: document.secrecy ?? 'normal',
      currentVersion: document.versions.length,
    });
    for (const [index, pages] of document.versions.entries()) {
      const content = Buffer.from(pages.join('\f'));
      const sha256 = createHash('sha256').update(content).update(documentId).digest('hex');
      await caseFiles.registerBlob(tx, { sha256, encrypted: false, size: content.length });
      const versionId = newId();
      await caseFiles.insertVersion(tx, {
        id: versionId,
        documentId,
        version: index + 1,
        blobSha256: sha256,
        blobEncrypted: false,
        blobSize: content.length,
        mime: 'application/pdf',
        kind: 'pdf',
        fileName: `${document.title}.pdf`,
        digitisationStatus: 'done',
        pageCount: pages.length,
        pagesDone: pages.length,
        textSource: 'extracted',
      });
      await tx
        .insert(caseDocumentPages)
        .values(pages.map((text, i) => ({ id: newId(), versionId, pageNo: i + 1, status: 'done', text })));
    }
    return { documentId };
  });
