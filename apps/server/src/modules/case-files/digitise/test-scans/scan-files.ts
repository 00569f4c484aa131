import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { findVietnameseFont } from './fonts.ts';

/** Fixed dates keep generated files identical from run to run. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

const writePdf = async (outFile: string, draw: (doc: PDFKit.PDFDocument) => Promise<void> | void) => {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  const done = finished(doc.pipe(createWriteStream(outFile)));
  await draw(doc);
  doc.end();
  await done;
};

/** A scanner's PDF: each page image as a greyscale JPEG filling a page of the size it was scanned at. */
export const writeScanPdf = async (options: { pages: readonly Buffer[]; outFile: string; dpi?: number }) => {
  const dpi = options.dpi ?? 300;
  await writePdf(options.outFile, async (doc) => {
    for (const png of options.pages) {
      const { data, info } = await sharp(png)
        .toColourspace('b-w')
        .jpeg({ quality: 85 })
        .toBuffer({ resolveWithObject: true });
      const size: [number, number] = [(info.width * 72) / dpi, (info.height * 72) / dpi];
      doc.addPage({ size, margin: 0 });
      doc.image(data, 0, 0, { width: size[0], height: size[1] });
    }
  });
};

/** A fax-style multi-page TIFF (LZW, greyscale, 300 dpi); all pages must have the same size. */
export const writeScanTiff = async (options: { pages: readonly Buffer[]; outFile: string }) => {
  const raws = await Promise.all(
    options.pages.map((png) => sharp(png).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true })),
  );
  const first = raws[0]?.info;
  if (!first || raws.some(({ info }) => info.width !== first.width || info.height !== first.height)) {
    throw new Error('writeScanTiff needs at least one page, all of the same size');
  }
  const stacked = Buffer.concat(raws.map(({ data }) => data));
  await sharp(stacked, {
    raw: { width: first.width, height: first.height * raws.length, channels: 1, pageHeight: first.height },
  })
    .toColourspace('b-w')
    .withDensity(300)
    .tiff({ compression: 'lzw' })
    .toFile(options.outFile);
};

/** A born-digital PDF (as a word processor exports it): real text in an embedded Vietnamese font, A4. */
export const writeTextPdf = async (options: { pages: readonly (readonly string[])[]; outFile: string }) => {
  const font = findVietnameseFont();
  await writePdf(options.outFile, (doc) => {
    doc.registerFont('body', font.file);
    for (const paragraphs of options.pages) {
      doc.addPage({ size: 'A4', margin: 56 });
      doc.font('body').fontSize(12);
      for (const paragraph of paragraphs) doc.text(paragraph, { align: 'justify', paragraphGap: 6 });
    }
  });
};
