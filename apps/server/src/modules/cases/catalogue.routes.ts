import { catalogueFor, DECISION_TYPES, formatBasis, searchOffences, ZLocalDate } from '@eprocuracy/domain';
import { z } from 'zod';
import type { App } from '../../platform/app-types.ts';
import { notFound } from '../../platform/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';

const ZPenalCodeQuery = z.strictObject({
  q: z.string().trim().max(100).default(''),
  on: ZLocalDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** Reference data the case forms need: the Penal Code in force on a day, and the decision catalogue. */
export const registerCatalogueRoutes = (app: App) => {
  app.get('/api/penal-code', { schema: { tags: ['reference'], querystring: ZPenalCodeQuery } }, async (request) => {
    const catalogue = catalogueFor(request.query.on ?? todayInVietnam());
    if (!catalogue) throw notFound();
    const chapters = new Map(catalogue.chapters.map((c) => [c.number, c]));
    const found = request.query.q
      ? searchOffences(request.query.q, catalogue)
      : catalogue.articles.filter((a) => a.isOffence && !a.isRepealed);
    return {
      version: catalogue.version,
      effectiveFrom: catalogue.effectiveFrom,
      total: found.length,
      items: found.slice(0, request.query.limit).map((a) => ({
        ...a,
        chapterName: chapters.get(a.chapter)?.name ?? '',
      })),
    };
  });

  app.get('/api/decision-types', { schema: { tags: ['reference'] } }, async () =>
    DECISION_TYPES.filter((t) => t.appliesTo !== 'crime_report' && !t.respondsTo).map((t) => ({
      code: t.code,
      label: t.label,
      issuer: t.issuer,
      appliesTo: t.appliesTo,
      basis: formatBasis(t.basis).vi,
      basisEn: formatBasis(t.basis).en,
      requiresApproval: t.requiresProcuracyApproval,
      stageAct: t.stageAct ?? null,
      stages: t.stages ?? null,
      measure: t.measure ?? null,
      needsPeriod: t.deadlineEffects.some((e) => e.effect === 'extend') || t.measure?.effect === 'extend',
    })),
  );
};
