import {
  ZAddChargeInput,
  ZAssignCaseInput,
  ZCaseExportQuery,
  ZCaseListQuery,
  ZDecisionActionInput,
  ZEvidenceInput,
  ZId,
  ZMergeCaseInput,
  ZMergePersonInput,
  ZOpenCaseInput,
  ZPersonInput,
  ZRecordDecisionInput,
  ZSavedFilterInput,
  ZUpdateCaseInput,
  ZUpdatePersonInput,
} from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { languageOf } from '../../platform/http-errors.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { actOnDecision, recordDecision } from './case-decisions.ts';
import { findCaseDuplicates, mergePersons } from './case-duplicates.ts';
import { exportCases } from './case-export.ts';
import { listCases } from './case-list.ts';
import { mergeCaseInto } from './case-merge.ts';
import * as parties from './case-parties.ts';
import { getCase } from './case-writes.ts';
import { openCase, updateCase } from './cases.ts';
import { deleteSavedFilter, listSavedFilters, saveFilter } from './saved-filters.ts';

const ZIdParams = z.strictObject({ id: ZId });

/** Criminal cases: open, read, list, and every act recorded on them. */
export const registerCaseRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['cases'];
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, db, config);

  app.get('/api/cases', { schema: { tags, querystring: ZCaseListQuery } }, async (request) =>
    listCases(ctxOf(request), request.query),
  );
  app.get('/api/cases/export', { schema: { tags, querystring: ZCaseExportQuery } }, async (request, reply) => {
    const file = await exportCases(ctxOf(request), request.query, languageOf(request));
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.type(file.type).send(file.body);
  });
  app.get('/api/saved-filters', { schema: { tags } }, async (request) => listSavedFilters(ctxOf(request)));
  app.post('/api/saved-filters', { schema: { tags, body: ZSavedFilterInput } }, async (request, reply) =>
    reply.status(201).send(await saveFilter(ctxOf(request), request.body)),
  );
  app.delete('/api/saved-filters/:id', { schema: { tags, params: ZIdParams } }, async (request, reply) => {
    await deleteSavedFilter(ctxOf(request), request.params.id);
    return reply.status(204).send();
  });
  app.get('/api/cases/:id', { schema: { tags, params: ZIdParams } }, async (request) =>
    getCase(ctxOf(request), request.params.id),
  );
  app.post('/api/cases', { schema: { tags, body: ZOpenCaseInput } }, async (request, reply) =>
    reply.status(201).send(await openCase(ctxOf(request), { input: request.body })),
  );
  app.patch('/api/cases/:id', { schema: { tags, params: ZIdParams, body: ZUpdateCaseInput } }, async (request) =>
    updateCase(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.post('/api/cases/:id/persons', { schema: { tags, params: ZIdParams, body: ZPersonInput } }, async (request) =>
    parties.addPerson(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.patch(
    '/api/cases/:id/persons/:personId',
    { schema: { tags, params: z.strictObject({ id: ZId, personId: ZId }), body: ZUpdatePersonInput } },
    async (request) => parties.updatePerson(ctxOf(request), { ...request.params, input: request.body }),
  );
  app.post(
    '/api/cases/:id/persons/:personId/merge',
    { schema: { tags, params: z.strictObject({ id: ZId, personId: ZId }), body: ZMergePersonInput } },
    async (request) => mergePersons(ctxOf(request), { ...request.params, ...request.body }),
  );
  app.get('/api/cases/:id/duplicates', { schema: { tags, params: ZIdParams } }, async (request) =>
    findCaseDuplicates(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/cases/:id/merge-into',
    { schema: { tags, params: ZIdParams, body: ZMergeCaseInput } },
    async (request) => mergeCaseInto(ctxOf(request), { id: request.params.id, ...request.body }),
  );
  app.post('/api/cases/:id/charges', { schema: { tags, params: ZIdParams, body: ZAddChargeInput } }, async (request) =>
    parties.addCharge(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/cases/:id/charges/:chargeId/withdraw',
    { schema: { tags, params: z.strictObject({ id: ZId, chargeId: ZId }) } },
    async (request) => parties.withdrawCharge(ctxOf(request), request.params),
  );
  app.post('/api/cases/:id/evidence', { schema: { tags, params: ZIdParams, body: ZEvidenceInput } }, async (request) =>
    parties.addEvidence(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/cases/:id/assignments',
    { schema: { tags, params: ZIdParams, body: ZAssignCaseInput } },
    async (request) => parties.assignOfficer(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.delete(
    '/api/cases/:id/assignments/:officerId',
    { schema: { tags, params: z.strictObject({ id: ZId, officerId: ZId }) } },
    async (request) => parties.unassignOfficer(ctxOf(request), request.params),
  );
  app.post(
    '/api/cases/:id/decisions',
    { schema: { tags, params: ZIdParams, body: ZRecordDecisionInput } },
    async (request) => recordDecision(ctxOf(request), { id: request.params.id, input: request.body }),
  );
  app.post(
    '/api/cases/:id/decisions/:decisionId/actions',
    { schema: { tags, params: z.strictObject({ id: ZId, decisionId: ZId }), body: ZDecisionActionInput } },
    async (request) => actOnDecision(ctxOf(request), { ...request.params, input: request.body }),
  );
};
