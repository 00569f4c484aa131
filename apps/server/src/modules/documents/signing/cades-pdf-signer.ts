import { createHash } from 'node:crypto';
import { Signer as PdfSigner } from '@signpdf/signpdf';
import { attribute, buildCadesSignature } from './cades.ts';
import { OID } from './oids.ts';
import type { Signer } from './signer.ts';
import { requestTimestamp } from './timestamp-client.ts';

/** The bridge to @signpdf: it hands over the bytes of the byte ranges, we answer with a CAdES signature. */
export class CadesPdfSigner extends PdfSigner {
  readonly #signer: Signer;
  readonly #timestampUrl: string | undefined;
  /** With `timestampUrl`, the signature gets an RFC 3161 timestamp from that authority (PAdES B-T). */
  constructor(signer: Signer, timestampUrl?: string) {
    super();
    this.#signer = signer;
    this.#timestampUrl = timestampUrl;
  }
  override async sign(signedBytes: Buffer): Promise<Buffer> {
    const documentDigest = createHash('sha256').update(signedBytes).digest();
    const url = this.#timestampUrl;
    return buildCadesSignature({
      documentDigest,
      signer: this.#signer,
      ...(url
        ? {
            unsignedAttributes: async (signature: Buffer) => [
              attribute(OID.signatureTimeStampToken, await requestTimestamp({ url, signature })),
            ],
          }
        : {}),
    });
  }
}
