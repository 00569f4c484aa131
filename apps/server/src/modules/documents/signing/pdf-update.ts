import type { PDFContext, PDFObject, PDFRef } from 'pdf-lib';

/**
 * Writes an incremental update (ISO 32000-1, 7.5.6): the original bytes untouched, then the new and changed
 * objects, a cross-reference section for them with /Prev pointing at the previous one, and a trailer. Earlier
 * signatures stay valid because the bytes they cover do not move. The cross-reference section has the form
 * of the previous one (table or stream), as readers expect within one file.
 */

export type UpdatedObject = [ref: PDFRef, object: PDFObject | Buffer];

const serialize = (object: PDFObject | Buffer): Buffer => {
  if (Buffer.isBuffer(object)) return object;
  const bytes = Buffer.alloc(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
};

/**
 * Makes new objects take numbers no revision of the file has used. pdf-lib forgets object and cross-reference
 * streams when it loads a file, so its own count may be too low: take the largest /Size of any trailer too.
 */
export const reserveObjectNumbers = (pdf: Buffer, context: PDFContext) => {
  const text = pdf.toString('latin1');
  let size = 0;
  for (const match of text.matchAll(/\/Size\s+(\d+)/g)) size = Math.max(size, Number(match[1]));
  context.largestObjectNumber = Math.max(context.largestObjectNumber, size - 1);
};

/** The offset the last `startxref` names. */
export const lastStartXref = (pdf: Buffer): number => {
  const at = pdf.lastIndexOf('startxref');
  const match = at >= 0 ? /^startxref\s+(\d+)/.exec(pdf.subarray(at, at + 40).toString('latin1')) : null;
  if (!match) throw new Error('PDF: no startxref');
  return Number(match[1]);
};

const trailerEntries = (context: PDFContext, size: number, prev: number) => {
  const { Root, Info, ID } = context.trailerInfo;
  if (!Root) throw new Error('PDF: no document catalog');
  return `/Size ${size} /Root ${Root}${Info ? ` /Info ${Info}` : ''}${ID ? ` /ID ${ID}` : ''} /Prev ${prev}`;
};

type Entry = { number: number; offset: number; generation: number };

/** Consecutive runs of object numbers: [first, count, entries]. */
const subsections = (entries: Entry[]) => {
  const runs: { first: number; items: Entry[] }[] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && last.first + last.items.length === entry.number) last.items.push(entry);
    else runs.push({ first: entry.number, items: [entry] });
  }
  return runs;
};

const xrefTable = (entries: Entry[], trailer: string) => {
  const lines = ['xref'];
  for (const run of subsections(entries)) {
    lines.push(`${run.first} ${run.items.length}`);
    for (const e of run.items)
      lines.push(`${String(e.offset).padStart(10, '0')} ${String(e.generation).padStart(5, '0')} n\r`);
  }
  return Buffer.from(`${lines.join('\n')}\ntrailer\n<< ${trailer} >>\n`, 'latin1');
};

const xrefStream = (ref: PDFRef, entries: Entry[], trailer: string) => {
  const rows = entries.map((e) => {
    const row = Buffer.alloc(7);
    row.writeUInt8(1, 0);
    row.writeUInt32BE(e.offset, 1);
    row.writeUInt16BE(e.generation, 5);
    return row;
  });
  const index = subsections(entries).flatMap((run) => [run.first, run.items.length]);
  const data = Buffer.concat(rows);
  const dict = `<< /Type /XRef ${trailer} /W [1 4 2] /Index [${index.join(' ')}] /Length ${data.length} >>`;
  return Buffer.concat([
    Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n${dict}\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
};

/** Appends `objects` to `pdf` as one incremental update; `context` is the loaded document's (for the trailer). */
export const appendIncrementalUpdate = (pdf: Buffer, context: PDFContext, objects: UpdatedObject[]): Buffer => {
  if (context.trailerInfo.Encrypt) throw new Error('PDF: encrypted documents cannot be signed');
  const prev = lastStartXref(pdf);
  const isStreamXref = pdf.subarray(prev, prev + 4).toString('latin1') !== 'xref';
  const separator = Buffer.from(pdf.at(-1) === 0x0a ? '' : '\n', 'latin1');
  const parts: Buffer[] = [pdf, separator];
  let offset = pdf.length + separator.length;
  const entries: Entry[] = [];
  for (const [ref, object] of [...objects].sort((a, b) => a[0].objectNumber - b[0].objectNumber)) {
    const bytes = Buffer.concat([
      Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'),
      serialize(object),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    entries.push({ number: ref.objectNumber, offset, generation: ref.generationNumber });
    parts.push(bytes);
    offset += bytes.length;
  }
  const xrefAt = offset;
  if (isStreamXref) {
    const ref = context.nextRef();
    entries.push({ number: ref.objectNumber, offset: xrefAt, generation: 0 });
    parts.push(xrefStream(ref, entries, trailerEntries(context, context.largestObjectNumber + 1, prev)));
  } else {
    parts.push(xrefTable(entries, trailerEntries(context, context.largestObjectNumber + 1, prev)));
  }
  parts.push(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
};
