import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';

/** A signature dictionary found in a PDF's form, with what a verifier needs from it. */
export type PdfSignature = {
  fieldName: string;
  subFilter: string;
  byteRange: [number, number, number, number];
  contents: Buffer;
  claimedTime: Date | undefined;
  reason: string | undefined;
  location: string | undefined;
};

const text = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

const date = (value: unknown) => {
  try {
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeDate() : undefined;
  } catch {
    return undefined;
  }
};

/** The signed signature fields of `doc` (AcroForm fields of type /Sig with a value), in the order they were signed. */
export const findSignatures = (doc: PDFDocument): PdfSignature[] => {
  const fields = doc.catalog.getAcroForm()?.getAllFields() ?? [];
  const signatures: PdfSignature[] = [];
  for (const [field] of fields) {
    const type = field.dict.lookup(PDFName.of('FT')) ?? field.getParent()?.dict.lookup(PDFName.of('FT'));
    if (type !== PDFName.of('Sig')) continue;
    const value = field.dict.lookup(PDFName.of('V'));
    if (!(value instanceof PDFDict)) continue;
    const range = value.lookup(PDFName.of('ByteRange'));
    const contents = value.lookup(PDFName.of('Contents'));
    const numbers =
      range instanceof PDFArray ? range.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : Number.NaN)) : [];
    if (numbers.length !== 4 || numbers.some((n) => !Number.isInteger(n) || n < 0)) continue;
    if (!(contents instanceof PDFHexString || contents instanceof PDFString)) continue;
    const subFilter = value.lookup(PDFName.of('SubFilter'));
    signatures.push({
      fieldName: field.getFullyQualifiedName() ?? '',
      subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : '',
      byteRange: numbers as PdfSignature['byteRange'],
      contents: Buffer.from(contents.asBytes()),
      claimedTime: date(value.lookup(PDFName.of('M'))),
      reason: text(value.lookup(PDFName.of('Reason'))),
      location: text(value.lookup(PDFName.of('Location'))),
    });
  }
  return signatures.sort((a, b) => a.byteRange[2] + a.byteRange[3] - (b.byteRange[2] + b.byteRange[3]));
};
