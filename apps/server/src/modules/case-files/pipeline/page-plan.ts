import type { FileKind } from '@eprocuracy/domain';
import { extractDocxPages } from '../digitise/docx-text.ts';
import { readPdfTextLayer } from '../digitise/pdf-text-layer.ts';
import { countScanPages, type ScanFormat } from '../digitise/scan-pages.ts';

/**
 * How one page gets its text: OCR of its image, or the text the file already carries. A PDF page to OCR
 * may still carry a little text (a page number, a legacy-font layer), which its image must then show.
 */
export type PagePlan =
  | { pageNo: number; how: 'ocr'; hasOwnText: boolean }
  | { pageNo: number; how: 'text'; text: string; hasImage: boolean };

export type DocumentPlan = { format: ScanFormat | 'docx'; pages: PagePlan[] };

const IMAGE_FORMATS: Record<string, ScanFormat> = { 'image/tiff': 'tif', 'image/jpeg': 'jpg', 'image/png': 'png' };

/**
 * Decides page by page: a DOCX is all text; a PDF page with a usable text layer is read as it is (a typed
 * PDF needs no OCR, a mixed one only OCRs its scanned pages); every other page is a scan to OCR.
 */
export const planPages = async (file: string, kind: FileKind, mime: string): Promise<DocumentPlan> => {
  if (kind === 'docx') {
    const texts = await extractDocxPages(file);
    return { format: 'docx', pages: texts.map((text, i) => ({ pageNo: i + 1, how: 'text', text, hasImage: false })) };
  }
  if (kind === 'pdf') {
    const layer = await readPdfTextLayer(file);
    return {
      format: 'pdf',
      pages: layer.map((page) =>
        page.hasTextLayer
          ? { pageNo: page.page, how: 'text', text: page.text, hasImage: true }
          : { pageNo: page.page, how: 'ocr', hasOwnText: page.text.length > 0 },
      ),
    };
  }
  const format = IMAGE_FORMATS[mime];
  if (kind !== 'image' || !format) throw new Error(`No digitisation for ${kind} files (${mime})`);
  const count = await countScanPages({ file, format });
  const pages = Array.from({ length: count }, (_, i) => ({ pageNo: i + 1, how: 'ocr' as const, hasOwnText: false }));
  return { format, pages };
};
