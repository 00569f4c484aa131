import {
  ZAssignProsecutorInput,
  ZCrimeReportListQuery,
  ZId,
  ZRecordExtensionInput,
  ZRegisterCrimeReportInput,
  ZResumeSettlementInput,
  ZSettleCrimeReportInput,
  ZSuspendSettlementInput,
} from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import * as actions from './crime-report-actions.ts';
import * as reports from './crime-reports.ts';

const ZIdParams = z.strictObject({ id: ZId });

/** Tố giác, tin báo về tội phạm, kiến nghị khởi tố: register, assign, extend, suspend, resume, settle. */
export const registerCrimeReportRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['crime-reports'];
  app.get('/api/crime-reports', { schema: { tags, querystring: ZCrimeReportListQuery } }, async (request) =>
    reports.listCrimeReports(requireCtx(request, db, config), request.query),
  );

  app.get('/api/crime-reports/:id', { schema: { tags, params: ZIdParams } }, async (request) =>
    reports.getCrimeReport(requireCtx(request, db, config), request.params.id),
  );

  app.post('/api/crime-reports', { schema: { tags, body: ZRegisterCrimeReportInput } }, async (request, reply) =>
    reply.status(201).send(await reports.registerCrimeReport(requireCtx(request, db, config), { input: request.body })),
  );

  app.post(
    '/api/crime-reports/:id/assignments',
    { schema: { tags, params: ZIdParams, body: ZAssignProsecutorInput } },
    async (request) =>
      actions.assignProsecutor(requireCtx(request, db, config), { id: request.params.id, input: request.body }),
  );

  app.delete(
    '/api/crime-reports/:id/assignments/:officerId',
    { schema: { tags, params: z.strictObject({ id: ZId, officerId: ZId }) } },
    async (request) =>
      actions.unassignProsecutor(requireCtx(request, db, config), {
        id: request.params.id,
        officerId: request.params.officerId,
      }),
  );

  app.post(
    '/api/crime-reports/:id/extensions',
    { schema: { tags, params: ZIdParams, body: ZRecordExtensionInput } },
    async (request) =>
      actions.recordExtension(requireCtx(request, db, config), { id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/crime-reports/:id/suspend',
    { schema: { tags, params: ZIdParams, body: ZSuspendSettlementInput } },
    async (request) =>
      actions.suspendSettlement(requireCtx(request, db, config), { id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/crime-reports/:id/resume',
    { schema: { tags, params: ZIdParams, body: ZResumeSettlementInput } },
    async (request) =>
      actions.resumeSettlement(requireCtx(request, db, config), { id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/crime-reports/:id/settle',
    { schema: { tags, params: ZIdParams, body: ZSettleCrimeReportInput } },
    async (request) =>
      actions.settleCrimeReport(requireCtx(request, db, config), { id: request.params.id, input: request.body }),
  );
};
