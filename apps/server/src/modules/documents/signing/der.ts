/**
 * Just enough DER to build and read CMS: a TLV encoder and a reader that keeps each element's raw bytes,
 * so signed parts (signed attributes, issuer names) are hashed and copied exactly as they were received.
 */

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

/** A context-specific tag: [n] constructed (0xa0 + n) or primitive (0x80 + n). */
export const contextTag = (n: number, constructed = true) => (constructed ? 0xa0 : 0x80) + n;

const lengthBytes = (length: number): Buffer => {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
};

/** One element: tag, length, contents. */
export const tlv = (tag: number, ...contents: Buffer[]): Buffer => {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
};

export const sequence = (...items: Buffer[]) => tlv(TAG.sequence, ...items);

/** A DER SET OF: the elements sorted by their encodings (X.690 11.6). */
export const setOf = (...items: Buffer[]) => tlv(TAG.set, ...[...items].sort(Buffer.compare));

export const octetString = (bytes: Buffer) => tlv(TAG.octetString, bytes);
export const derNull = () => Buffer.from([TAG.null, 0]);

export const oid = (dotted: string): Buffer => {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [40 * first + second];
  for (const arc of rest) {
    const groups: number[] = [];
    for (let value = arc; ; value = Math.floor(value / 128)) {
      groups.unshift(value % 128);
      if (value < 128) break;
    }
    bytes.push(...groups.map((group, index) => (index < groups.length - 1 ? group | 0x80 : group)));
  }
  return tlv(TAG.oid, Buffer.from(bytes));
};

/** An element read from DER: `raw` is the whole TLV, `body` its contents. */
export type Der = { tag: number; raw: Buffer; body: Buffer; children: () => Der[] };

/** Reads the element at `offset`; trailing bytes after it (the zero padding of /Contents) are ignored. */
export const readDer = (bytes: Buffer, offset = 0): Der => {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) throw new Error('DER: truncated element');
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error('DER: element runs past the end');
  const body = bytes.subarray(start, end);
  return { tag, raw: bytes.subarray(offset, end), body, children: () => readChildren(body) };
};

const readChildren = (body: Buffer): Der[] => {
  const items: Der[] = [];
  for (let offset = 0; offset < body.length; ) {
    const item = readDer(body, offset);
    items.push(item);
    offset += item.raw.length;
  }
  return items;
};

export const decodeOid = (element: Der): string => {
  const body = element.body;
  const arcs: number[] = [];
  let value = 0;
  for (const byte of body) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join('.');
};

/** The text of a directory string (UTF8String, PrintableString, BMPString…). */
export const decodeString = (element: Der): string => {
  if (element.tag === TAG.bmpString) return Buffer.from(element.body).swap16().toString('utf16le');
  if (element.tag === TAG.universalString) {
    return String.fromCodePoint(
      ...Array.from({ length: element.body.length / 4 }, (_, i) => element.body.readUInt32BE(i * 4)),
    );
  }
  if (element.tag === TAG.t61String) return element.body.toString('latin1');
  return element.body.toString('utf8');
};

/** UTCTime or GeneralizedTime (the forms RFC 5280 allows: Z, with seconds). */
export const decodeTime = (element: Der): Date => {
  const text = element.body.toString('latin1');
  const full = element.tag === TAG.utcTime ? `${Number(text.slice(0, 2)) >= 50 ? '19' : '20'}${text}` : text;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(full);
  if (!m) throw new Error(`DER: unsupported time ${text}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
};

/** The nth child, or an error naming what was expected. */
export const child = (element: Der, index: number, what: string): Der => {
  const item = element.children()[index];
  if (!item) throw new Error(`DER: missing ${what}`);
  return item;
};
