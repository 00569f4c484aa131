import type { SignatureReport } from '@eprocuracy/domain';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../platform/db.ts';
import { invalid } from '../../../platform/errors.ts';
import type { Signing } from '../signing/open-signing.ts';

export type SigningOnFirstUse = {
  /** The signing setup (demo CA, trusted roots, CRLs), opened by the first caller and shared after. */
  signing: () => Promise<Signing>;
  /** verifyPdf with the server's trust settings. */
  verify: (pdf: Buffer) => Promise<SignatureReport>;
};

const unreadablePdf = () =>
  invalid([
    {
      field: 'file',
      vi: 'Không đọc được tệp PDF (cấu trúc tệp bị hỏng)',
      en: 'The PDF cannot be read (its structure is damaged)',
    },
  ]);

/**
 * The server's signing setup, opened on first use: pdf-lib, node-forge and @signpdf stay out of an idle
 * server's memory (issue 4), and the demo CA's RSA keys are made only when a signature is first needed.
 * The settings themselves are checked at start with the rest of the configuration (config.ts).
 */
export const signingOnFirstUse = ({ config, db }: { config: Config; db: Db }): SigningOnFirstUse => {
  let opening: Promise<Signing> | null = null;
  const signing = () => {
    opening ??= import('../signing/open-signing.ts')
      .then(({ openSigning }) => openSigning({ config, dataDir: config.DATA_DIR, db }))
      .catch((error: unknown) => {
        opening = null; // a failure (e.g. an unreadable trusted root) is retried on the next request
        throw error;
      });
    return opening;
  };
  return {
    signing,
    verify: async (pdf) => {
      const [{ trust }, { verifyPdf }] = await Promise.all([signing(), import('../signing/verify-pdf.ts')]);
      // verifyPdf throws only when pdf-lib cannot read the file at all; bad signatures are in the report.
      return verifyPdf({ pdf, trust }).catch(() => {
        throw unreadablePdf();
      });
    },
  };
};
