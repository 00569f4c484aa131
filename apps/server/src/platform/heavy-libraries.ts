/**
 * Libraries that only some requests and jobs use, imported on first use instead of at start so that an idle
 * server does not hold their code (issue 4: the server's resident memory). Import their types with `import type`.
 */

/** exceljs: XLSX import, export, templates and printed indexes. */
export const loadExcelJs = async () => (await import('exceljs')).default;

/** pdfkit: PDF rendering of printed documents. */
export const loadPdfKit = async () => (await import('pdfkit')).default;

/** sharp (libvips): decoding, rendering and measuring page images. */
export const loadSharp = async () => (await import('sharp')).default;
