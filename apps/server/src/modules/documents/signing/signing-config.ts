import { z } from 'zod';

const ZList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .default([]);

/**
 * Signing settings, read from the environment beside the server's config (config.ts):
 * - SIGNING_PROVIDER: `pkcs12` (default: .p12 files under DATA_DIR/signing) or `remote` (a signing service,
 *   e.g. in front of an HSM or the VGCA token of the office; see README.md).
 * - SIGNING_P12_PASSWORD: protects the .p12 files; when absent a random one is kept in the database
 *   (server_keys), so a copied DATA_DIR alone does not give the keys away.
 * - SIGNING_DEMO_CA: the built-in CA of demo and test installs, trusted on verification (default true;
 *   set false in production).
 * - SIGNING_TRUSTED_ROOTS: PEM files of the roots to trust (e.g. the VGCA root), comma-separated.
 * - SIGNING_CRL_FILES: CRL files (DER or PEM) checked on verification, comma-separated.
 * - SIGNING_REMOTE_URL, SIGNING_REMOTE_TOKEN: the remote signer's base URL and bearer token.
 * - SIGNING_TSA_URL: an RFC 3161 timestamp authority; signatures then carry a timestamp (PAdES B-T).
 */
export const ZSigningConfig = z
  .object({
    SIGNING_PROVIDER: z.enum(['pkcs12', 'remote']).default('pkcs12'),
    SIGNING_P12_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    SIGNING_DEMO_CA: z
      .enum(['true', 'false', '1', '0'])
      .transform((v) => v === 'true' || v === '1')
      .default(true),
    SIGNING_TRUSTED_ROOTS: ZList,
    SIGNING_CRL_FILES: ZList,
    SIGNING_REMOTE_URL: z.url().optional(),
    SIGNING_REMOTE_TOKEN: z.string().min(1).optional(),
    SIGNING_TSA_URL: z.url().optional(),
  })
  .superRefine((env, context) => {
    if (env.SIGNING_PROVIDER === 'remote' && !env.SIGNING_REMOTE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['SIGNING_REMOTE_URL'],
        message: 'required when SIGNING_PROVIDER=remote',
      });
    }
  });
export type SigningConfig = z.output<typeof ZSigningConfig>;

/** Parses the signing settings; the error names the first bad variable, like config.ts. */
export const parseSigningConfig = (env: NodeJS.ProcessEnv): SigningConfig => {
  const parsed = ZSigningConfig.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Configuration error: ${String(issue?.path[0] ?? 'SIGNING')}: ${issue?.message}`);
};
