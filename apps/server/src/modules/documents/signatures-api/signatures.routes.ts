import { ZSignatureReport } from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import type { App, Deps } from '../../../platform/app-types.ts';
import { requireCtx } from '../../../platform/session-hook.ts';
import { readPdfUpload } from './read-pdf-upload.ts';
import { signingOnFirstUse } from './signing-on-first-use.ts';
import { verifySignatures } from './verify-signatures.ts';

/** Verification reads the whole PDF into memory; signed documents are far below this. */
const VERIFY_MAX_MB = 100;

/** Digital signatures (issue 5): verification of any uploaded signed PDF into the JSON report. */
export const registerSignatureRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['signatures'];
  const signing = signingOnFirstUse({ config, db });
  const maxMb = Math.min(config.UPLOAD_MAX_MB, VERIFY_MAX_MB);
  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);
    scope.post(
      '/api/signatures/verify',
      { schema: { tags, consumes: ['multipart/form-data'], response: { 200: ZSignatureReport } } },
      async (request) => {
        const ctx = requireCtx(request, db, config);
        const pdf = await readPdfUpload(request, maxMb);
        return verifySignatures(ctx, { pdf, signing });
      },
    );
  });
};
