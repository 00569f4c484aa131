import { type AcceptedFileType, acceptedFileType } from '@eprocuracy/domain';
import { fileTypeFromBuffer } from 'file-type';

/**
 * How much of the start of a file is kept to recognise it: enough for the sniffer to walk a ZIP's first
 * entries to the `word/` folder that makes it a DOCX rather than any ZIP.
 */
export const HEAD_BYTES = 1024 * 1024;
/** How much of the end is kept: a ZIP's end-of-central-directory record lies within 22 + 65,535 bytes. */
export const TAIL_BYTES = 22 + 65_535;

export type Recognised = { accepted: AcceptedFileType } | { accepted: null; detected: string | null };

/** Recognises a file from its first bytes (magic numbers), never from its name or the client's MIME type. */
export const recogniseFile = async (head: Buffer): Promise<Recognised> => {
  const detected = head.length === 0 ? undefined : await fileTypeFromBuffer(head);
  const accepted = acceptedFileType(detected?.ext);
  return accepted ? { accepted } : { accepted: null, detected: detected?.ext ?? null };
};

const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** The first IFD of a TIFF must lie inside the file. */
const tiffIsWhole = (head: Buffer, size: number) => {
  if (head.length < 8) return false;
  const offset = head[0] === 0x49 ? head.readUInt32LE(4) : head.readUInt32BE(4);
  return offset >= 8 && offset + 2 <= size;
};

/**
 * Cheap structural checks where a format has them, to refuse a file cut short in transit or damaged:
 * a PDF ends with `%%EOF`, a PNG with its IEND chunk, a DOCX (ZIP) with its central directory, and a
 * TIFF's first directory is inside the file. JPEG, audio and video have no such cheap test (cameras
 * append data after a JPEG's end marker); the digitisation jobs find the rest.
 */
export const isWellFormed = (type: AcceptedFileType, head: Buffer, tail: Buffer, size: number): boolean => {
  switch (type.ext) {
    case 'pdf':
      return tail.subarray(-1024).includes('%%EOF');
    case 'png':
      return tail.subarray(-PNG_END.length).equals(PNG_END);
    case 'docx':
      return tail.includes(ZIP_END);
    case 'tif':
      return tiffIsWhole(head, size);
    default:
      return true;
  }
};

/** Keeps the last `limit` bytes of a stream, holding at most `limit` plus one chunk. */
export class TailKeeper {
  private chunks: Buffer[] = [];
  private length = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  add(chunk: Buffer) {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.chunks.length > 1 && this.length - (this.chunks[0] as Buffer).length >= this.limit) {
      this.length -= (this.chunks.shift() as Buffer).length;
    }
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks).subarray(-this.limit);
  }
}
