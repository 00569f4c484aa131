import { createHash } from 'node:crypto';
import type { ChangesAfterSigning } from '@eprocuracy/domain';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';

/**
 * What the incremental updates after a signature changed, found by comparing every object of the signed
 * revision with the same object in the final file. Allowed, as for a DocMDP level 2 signature (ISO 32000-1,
 * 12.8.2.2): new signature fields with their widgets and appearances, the catalog's /AcroForm and /DSS,
 * the form's field list and flags, and pages gaining signature widgets in /Annots. Anything else is "other".
 */

const fingerprint = (object: PDFObject | undefined, without: string[] = []): string => {
  if (object instanceof PDFStream) {
    return `${fingerprint(object.dict)}|${createHash('sha256').update(object.getContents()).digest('hex')}`;
  }
  if (object instanceof PDFDict) {
    return object
      .entries()
      .filter(([key]) => !without.includes(key.asString()))
      .map(([key, value]) => `${key.asString()} ${value.toString()}`)
      .sort()
      .join('\n');
  }
  return object?.toString() ?? '∅';
};

const refsOf = (doc: PDFDocument, value: PDFObject | undefined): string[] => {
  const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return array instanceof PDFArray ? array.asArray().map((item) => item.toString()) : [];
};

const isSignatureWidget = (doc: PDFDocument, ref: string) => {
  const [, number, generation] = /^(\d+) (\d+) R$/.exec(ref) ?? [];
  const dict = doc.context.lookup(PDFRef.of(Number(number), Number(generation)));
  if (!(dict instanceof PDFDict)) return false;
  const parent = dict.lookup(PDFName.of('Parent'));
  const type =
    dict.lookup(PDFName.of('FT')) ?? (parent instanceof PDFDict ? parent.lookup(PDFName.of('FT')) : undefined);
  return type === PDFName.of('Sig');
};

/** Compares the revision ending at `end` with the final document `final` (loaded from `pdf`). */
export const changesAfterSigning = async ({
  pdf,
  end,
  final,
  hasLaterSignatures,
}: {
  pdf: Buffer;
  end: number;
  final: PDFDocument;
  hasLaterSignatures: boolean;
}): Promise<ChangesAfterSigning> => {
  if (pdf.subarray(end).toString('latin1').trim() === '') return 'none';
  if (!hasLaterSignatures) return 'other';
  const signed = await PDFDocument.load(pdf.subarray(0, end), { updateMetadata: false });
  const catalogRef = signed.context.trailerInfo.Root?.toString();
  const acroFormRef = signed.catalog.get(PDFName.of('AcroForm'));
  const pageRefs = new Set(signed.getPages().map((page) => page.ref.toString()));
  for (const [ref, before] of signed.context.enumerateIndirectObjects()) {
    const after = final.context.lookup(ref);
    const key = ref.toString();
    let without: string[] = [];
    if (key === catalogRef) without = ['/AcroForm', '/DSS'];
    else if (acroFormRef instanceof PDFRef && key === acroFormRef.toString())
      without = ['/Fields', '/SigFlags', '/DR', '/DA'];
    else if (pageRefs.has(key)) without = ['/Annots'];
    if (fingerprint(before, without) === fingerprint(after, without)) {
      if (!pageRefs.has(key)) continue;
      const old = new Set(refsOf(signed, (before as PDFDict).get(PDFName.of('Annots'))));
      const now = refsOf(final, (after as PDFDict).get(PDFName.of('Annots')));
      if ([...old].some((annot) => !now.includes(annot))) return 'other';
      if (now.filter((annot) => !old.has(annot)).some((annot) => !isSignatureWidget(final, annot))) return 'other';
      continue;
    }
    // An indirect /Annots or /Fields array may only grow.
    if (before instanceof PDFArray && after instanceof PDFArray) {
      const now = refsOf(final, after);
      if (refsOf(signed, before).every((item) => now.includes(item))) continue;
    }
    return 'other';
  }
  return 'signatures_only';
};
