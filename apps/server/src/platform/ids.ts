import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
// Random bytes drawn 4 KiB at a time: one system call per 256 ids instead of one per id (bulk writes make many).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

const randomBytes16 = (): Buffer => {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
};

/** A UUIDv7 (RFC 9562): time-ordered, so new rows land at the end of B-tree indexes. */
export const newId = (): string => {
  const now = Date.now();
  counter = now === lastMs ? (counter + 1) & 0xfff : 0;
  lastMs = now;
  const bytes = randomBytes16();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
