import { Readable } from 'node:stream';
import { HEAD_BYTES, TAIL_BYTES, TailKeeper } from './file-inspection.ts';

export type InspectedStream = {
  /** The first megabyte (or the whole file when smaller), read before anything is stored. */
  head: Buffer;
  /** The whole content, head included, to be consumed once. */
  content: Readable;
  /** The last bytes seen, once `content` has been read to the end. */
  tail: () => Buffer;
};

/**
 * Reads the start of an upload so it can be recognised before a byte is stored, then hands on the whole
 * content as one stream, keeping its tail on the way. Destroying `content` stops the upload.
 */
export const openInspectedStream = async (source: Readable): Promise<InspectedStream> => {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first: Buffer[] = [];
  let length = 0;
  let finished = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    first.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(first);
  const tail = new TailKeeper(TAIL_BYTES);
  async function* everything() {
    try {
      tail.add(head);
      if (head.length > 0) yield head;
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else {
          tail.add(next.value);
          yield next.value;
        }
      }
    } finally {
      if (!finished) await iterator.return?.();
    }
  }
  return { head, content: Readable.from(everything(), { objectMode: false }), tail: () => tail.bytes() };
};
