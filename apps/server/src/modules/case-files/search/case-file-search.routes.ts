import {
  ZCaseFileFindQuery,
  ZCaseFileFindResult,
  ZCaseFileSearchQuery,
  ZCaseFileSearchResult,
  ZId,
} from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../../platform/app-types.ts';
import { requireCtx } from '../../../platform/session-hook.ts';
import { findInCaseFile } from './find-in-case-file.ts';
import { searchCaseFiles } from './search-case-files.ts';

const ZCaseParams = z.strictObject({ id: ZId });

/** Page-level full-text search: across the case files the actor may read, and within one case file. */
export const registerCaseFileSearchRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['case-files'];
  app.get(
    '/api/case-files/search',
    { schema: { tags, querystring: ZCaseFileSearchQuery, response: { 200: ZCaseFileSearchResult } } },
    async (request) => searchCaseFiles(requireCtx(request, db, config), request.query),
  );
  app.get(
    '/api/cases/:id/files/search',
    {
      schema: { tags, params: ZCaseParams, querystring: ZCaseFileFindQuery, response: { 200: ZCaseFileFindResult } },
    },
    async (request) =>
      findInCaseFile(requireCtx(request, db, config), { caseId: request.params.id, query: request.query }),
  );
};
