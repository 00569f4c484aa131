import { appendAudit } from '../../platform/audit.ts';
import type { BlobRef, BlobStore } from '../../platform/blobs/blob-store.ts';
import type { Db } from '../../platform/db.ts';
import { JOB_AUDIT } from '../../platform/jobs/audit-verify.ts';
import { registerBlob } from './case-files.repo.ts';
import * as repo from './reencrypt.repo.ts';

/**
 * Whether the digitisation of a version has stopped writing. It decides the encryption of its outputs once,
 * from the version row read when it starts, so a version is switched only once it is done with (or has
 * nothing to do): a thumbnail or searchable PDF written later would come out plain again. `failed` is final
 * as well: nothing queues a failed version's digitisation again.
 */
export const isDigitisationSettled = (status: string) => ['done', 'failed', 'not_applicable'].includes(status);

/**
 * The encrypted copy of a plain blob, written from the plain one unless a sound copy is already there (an
 * earlier run stopped after writing it, or the same content was uploaded classified). Null when the plain
 * copy is missing or no longer matches its SHA-256, or a damaged encrypted copy is in the way (a stored blob
 * is never overwritten): the plain copy is then kept, and the integrity check reports the damage.
 */
const sealedCopy = async (db: Db, store: BlobStore, sha256: string): Promise<BlobRef | null> => {
  const sealed = { sha256, encrypted: true };
  const existing = await store.verify(sealed);
  const size = await repo.recordedSize(db, { sha256, encrypted: false });
  if (existing.state === 'ok' && size !== null) return { ...sealed, size };
  if (existing.state !== 'ok' && existing.state !== 'missing') return null;
  const content = await store.open({ sha256, encrypted: false });
  if (!content) return null;
  const staged = await store.stage(content, { encrypt: true });
  // Never store a damaged copy under another address: it would be a blob nothing knows about.
  if (staged.sha256 !== sha256) {
    await staged.discard();
    return null;
  }
  const ref = await staged.commit();
  return { sha256: ref.sha256, encrypted: true, size: ref.size };
};

/**
 * Encrypts what one version still keeps in clear and switches its rows to the encrypted copies in one
 * transaction, with the audit entry. Returns how many references were switched (0 when another run did it).
 */
export const reencryptVersion = async (options: {
  db: Db;
  store: BlobStore;
  documentId: string;
  version: { id: string; version: number };
  signal: AbortSignal;
}): Promise<number> => {
  const { db, store, documentId, version, signal } = options;
  const uses = await repo.plainUsesOf(db, version.id);
  if (uses.length === 0) return 0;
  const sealed: BlobRef[] = [];
  const leftPlain: string[] = [];
  for (const sha256 of new Set(uses.map((use) => use.sha256))) {
    signal.throwIfAborted();
    const ref = await sealedCopy(db, store, sha256);
    if (ref) sealed.push(ref);
    else leftPlain.push(sha256);
  }
  return db.transaction(async (tx) => {
    const row = await repo.lockVersion(tx, version.id);
    if (!row || !isDigitisationSettled(row.digitisationStatus)) return 0;
    for (const ref of sealed) await registerBlob(tx, ref);
    const switched = await repo.switchToEncrypted(
      tx,
      version.id,
      sealed.map((ref) => ref.sha256),
    );
    if (switched === 0 && leftPlain.length === 0) return 0;
    const sealedShas = new Set(sealed.map((ref) => ref.sha256));
    await appendAudit(tx, JOB_AUDIT, {
      action: 'case_file.reencrypted',
      entityType: 'case_document',
      entityId: documentId,
      changes: {
        version: { before: null, after: version.version },
        files: {
          before: uses.map((use) => ({ ...use, encrypted: false })),
          after: uses.map((use) => ({ ...use, encrypted: sealedShas.has(use.sha256) })),
        },
        ...(leftPlain.length > 0 ? { damagedLeftPlain: { before: null, after: leftPlain } } : {}),
      },
    });
    return switched;
  });
};
