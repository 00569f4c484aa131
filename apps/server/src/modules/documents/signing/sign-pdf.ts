import { SignPdf } from '@signpdf/signpdf';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { CadesPdfSigner } from './cades-pdf-signer.ts';
import { appendIncrementalUpdate, reserveObjectNumbers, type UpdatedObject } from './pdf-update.ts';
import { addSignatureAppearance, appearanceLines } from './signature-appearance.ts';
import { addSignatureField } from './signature-field.ts';
import { resolvePlacement, type SignaturePlacement } from './signature-placement.ts';
import type { Signer } from './signer.ts';

/** Room for the CMS in /Contents: the chain of a VGCA-like hierarchy and a timestamp token fit in 12 KB. */
const SIGNATURE_BYTES = 12_288;

export type SignPdfOptions = {
  pdf: Buffer;
  signer: Signer;
  placement: SignaturePlacement;
  /** What the visible box says; the name defaults to the certificate's CN, the office to its O. */
  appearance?: { signerName?: string; position?: string; organisation?: string; copyForm?: string };
  reason?: string;
  location?: string;
  /** The claimed signing time, written to /M (PAdES B-B keeps it out of the CMS). */
  signingTime?: Date;
  /** An RFC 3161 timestamp authority (SIGNING_TSA_URL): the signature becomes PAdES B-T. */
  timestampUrl?: string;
};

const pdfDate = (time: Date) => `D:${time.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
const text = (value: string) => PDFHexString.fromText(value).toString();

/** The signature dictionary with the placeholders @signpdf fills: /ByteRange and a zeroed /Contents. */
const signatureDictionary = ({
  name,
  reason,
  location,
  time,
}: {
  name: string;
  reason?: string;
  location?: string;
  time: Date;
}) =>
  Buffer.from(
    [
      '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
      '/ByteRange [0 /********** /********** /**********]',
      `/Contents <${'0'.repeat(SIGNATURE_BYTES * 2)}>`,
      `/M (${pdfDate(time)}) /Name ${text(name)}`,
      ...(reason ? [`/Reason ${text(reason)}`] : []),
      ...(location ? [`/Location ${text(location)}`] : []),
      '>>',
    ].join('\n'),
    'latin1',
  );

/**
 * Signs a PDF with a PAdES baseline B-B signature (B-T with a timestamp authority) (ETSI EN 319 142-1) in a new incremental update, so
 * signatures already in the file stay valid: a visible box where `placement` says, a signature field, and a
 * CAdES detached CMS over the whole file but the signature itself.
 */
export const signPdf = async ({
  pdf,
  signer,
  placement,
  appearance = {},
  reason,
  location,
  signingTime = new Date(),
  timestampUrl,
}: SignPdfOptions) => {
  const [certificate] = signer.certificateChain;
  if (!certificate) throw new Error('The signer has no certificate');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  reserveObjectNumbers(pdf, doc.context);
  const firstNew = doc.context.largestObjectNumber + 1;
  const { page, rect } = resolvePlacement(doc, placement);
  const signerName = appearance.signerName ?? certificate.identity.commonName;
  const appearanceRef = await addSignatureAppearance(doc, {
    width: rect.width,
    height: rect.height,
    lines: appearanceLines({
      signerName,
      position: appearance.position ?? certificate.identity.title,
      organisation: appearance.organisation ?? certificate.identity.organisation,
      copyForm: appearance.copyForm,
      time: signingTime,
    }),
  });
  const signatureRef = doc.context.nextRef();
  const existingFields = doc.catalog.getAcroForm()?.getAllFields().length ?? 0;
  const changed = addSignatureField({
    doc,
    page,
    rect,
    fieldName: `Chữ ký ${existingFields + 1}`,
    signatureRef,
    appearanceRef,
  });
  await doc.flush();
  const created: UpdatedObject[] = doc.context
    .enumerateIndirectObjects()
    .filter(([ref]) => ref.objectNumber >= firstNew);
  const withPlaceholder = appendIncrementalUpdate(pdf, doc.context, [
    ...changed,
    ...created,
    [signatureRef, signatureDictionary({ name: signerName, reason, location, time: signingTime })],
  ]);
  return new SignPdf().sign(withPlaceholder, new CadesPdfSigner(signer, timestampUrl));
};
