import {
  PDFArray,
  type PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRef,
} from 'pdf-lib';
import type { UpdatedObject } from './pdf-update.ts';
import type { Rect } from './signature-placement.ts';

/** Annotation flags Print (4) and Locked (128): printed, and not movable by a form filler. */
const WIDGET_FLAGS = 132;
/** SignaturesExist (1) and AppendOnly (2): readers must save incrementally from now on. */
const SIG_FLAGS = 3;

const arrayOf = (doc: PDFDocument, value: unknown): PDFArray => {
  const resolved = value instanceof PDFArray ? value : doc.context.lookup(value as PDFRef);
  return resolved instanceof PDFArray ? resolved : doc.context.obj([]);
};

/**
 * Adds a signature field with its widget on `page` (V: the signature dictionary at `signatureRef`) and lists
 * it in the AcroForm; returns the existing objects this changed, to be written again in the update.
 */
export const addSignatureField = ({
  doc,
  page,
  rect,
  fieldName,
  signatureRef,
  appearanceRef,
}: {
  doc: PDFDocument;
  page: PDFPage;
  rect: Rect;
  fieldName: string;
  signatureRef: PDFRef;
  appearanceRef: PDFRef;
}): UpdatedObject[] => {
  const { context, catalog } = doc;
  const widgetRef = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFHexString.fromText(fieldName),
      Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
      F: WIDGET_FLAGS,
      P: page.ref,
      V: signatureRef,
      AP: { N: appearanceRef },
    }),
  );
  // Arrays are copied into the dictionaries directly, so an indirect /Annots or /Fields need not be rewritten.
  const annots = arrayOf(doc, page.node.get(PDFName.of('Annots')));
  page.node.set(PDFName.of('Annots'), context.obj([...annots.asArray(), widgetRef]));
  const changed: UpdatedObject[] = [[page.ref, page.node]];

  const acroFormEntry = catalog.get(PDFName.of('AcroForm'));
  const acroForm = (acroFormEntry ? context.lookup(acroFormEntry) : undefined) as PDFDict | undefined;
  if (acroForm) {
    const fields = arrayOf(doc, acroForm.get(PDFName.of('Fields')));
    acroForm.set(PDFName.of('Fields'), context.obj([...fields.asArray(), widgetRef]));
    acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(SIG_FLAGS));
    changed.push(acroFormEntry instanceof PDFRef ? [acroFormEntry, acroForm] : [catalogRef(doc), catalog]);
  } else {
    catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [widgetRef], SigFlags: SIG_FLAGS }));
    changed.push([catalogRef(doc), catalog]);
  }
  return changed;
};

const catalogRef = (doc: PDFDocument) => doc.context.trailerInfo.Root as PDFRef;
