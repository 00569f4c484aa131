import type { PDFDocument, PDFPage } from 'pdf-lib';

/** A box on a page in PDF points, from the lower-left corner. */
export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Where a signature goes. Decree 30/2020/NĐ-CP Art. 13(7) (the signer's digital signature) and Art. 17(2)
 * (the office's) defer to its Annex I, as summarised in DOCUMENTS.md: the personal signature in the
 * signature block on the last page (the renderer that drew the block knows its box); the office's signature
 * on an electronic copy top-right of page one, with the copy form, the office and the time in ISO 8601.
 */
export type SignaturePlacement =
  | { kind: 'personal'; rect?: Rect }
  | { kind: 'organisational' }
  | { kind: 'custom'; pageIndex: number; rect: Rect };

const MARGIN = 18;
const ORGANISATIONAL = { width: 200, height: 58 };
const PERSONAL = { width: 200, height: 62 };

/** The page and box a placement names; the box is kept inside the page. */
export const resolvePlacement = (doc: PDFDocument, placement: SignaturePlacement): { page: PDFPage; rect: Rect } => {
  const pages = doc.getPages();
  const pick = (index: number) => {
    const page = pages[index];
    if (!page) throw new Error(`PDF: no page ${index + 1}`);
    return page;
  };
  switch (placement.kind) {
    case 'organisational': {
      const page = pick(0);
      const box = page.getCropBox();
      return {
        page,
        rect: {
          x: box.x + box.width - MARGIN - ORGANISATIONAL.width,
          y: box.y + box.height - MARGIN - ORGANISATIONAL.height,
          ...ORGANISATIONAL,
        },
      };
    }
    case 'personal': {
      const page = pick(pages.length - 1);
      const box = page.getCropBox();
      // Without the block's box: the right half low on the page, where Decree 30's layout puts the signature.
      return {
        page,
        rect: placement.rect ?? { x: box.x + box.width - 72 - PERSONAL.width, y: box.y + 110, ...PERSONAL },
      };
    }
    case 'custom':
      return { page: pick(placement.pageIndex), rect: placement.rect };
    default:
      return placement satisfies never;
  }
};
