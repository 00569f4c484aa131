import type { Readable } from 'node:stream';
import type { IncomingEntry, OutgoingEntry } from '@eprocuracy/domain';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import * as repo from './registry.repo.ts';
import { loadIncoming, loadOutgoing, presentIncoming, presentOutgoing } from './registry-records.ts';

export type IncomingDetail = IncomingEntry & {
  events: { kind: string; data: Record<string, unknown>; at: string; actorName: string | null }[];
};

/** An incoming entry with its handling trail. */
export const getIncoming = async (ctx: Ctx, id: string): Promise<IncomingDetail> => {
  const found = await loadIncoming(ctx, id);
  const events = await repo.listIncomingEvents(ctx.db, id);
  return {
    ...presentIncoming(found, todayInVietnam()),
    events: events.map((e) => ({ kind: e.kind, data: e.data, at: e.at.toISOString(), actorName: e.actorName })),
  };
};

export const getOutgoing = async (ctx: Ctx, id: string): Promise<OutgoingEntry> =>
  presentOutgoing(await loadOutgoing(ctx, id));

/** The file an incoming document was registered from, for whoever may read the entry. */
export const downloadIncomingFile = async (
  ctx: Ctx,
  { id, store }: { id: string; store: BlobStore },
): Promise<{ stream: Readable; fileName: string; mime: string; size: number }> => {
  const { row } = await loadIncoming(ctx, id);
  if (!row.fileSha256 || !row.fileName || !row.fileMime) throw notFound('document');
  const stream = await store.open({ sha256: row.fileSha256, encrypted: row.fileEncrypted ?? false });
  if (!stream) throw notFound('document');
  return { stream, fileName: row.fileName, mime: row.fileMime, size: row.fileSize ?? 0 };
};
