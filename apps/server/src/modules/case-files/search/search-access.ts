import { grantsFor } from '@eprocuracy/domain';
import type { SQL } from 'drizzle-orm';
import { accessFilter, subtreePattern } from '../../../platform/access.ts';
import type { Ctx } from '../../../platform/context.ts';
import { cases } from '../../cases/cases.schema.ts';
import { caseDocumentPages, caseDocuments } from '../case-files.schema.ts';
import * as repo from './case-file-search.repo.ts';

/**
 * Pages the actor may read: the case list's rule (office tree, roles, assignment) applied at the document's
 * level, the higher of its own and its case's, so a result never shows what the document page would refuse.
 * Each reach is written on the page's office column, with the offices it covers looked up first (as constants
 * the planner can count), and `within` (the words) goes into each: each reach is then a scan of the
 * (office, words) index rather than a walk through every page of the offices' cases.
 */
export const readableDocuments = async (ctx: Ctx, within: SQL): Promise<SQL> => {
  const reaches = new Set(grantsFor(ctx.actor, 'case', 'read').map((grant) => grant.reach));
  const pattern = subtreePattern(ctx.actor);
  const [subtree, assigned] = await Promise.all([
    reaches.has('subtree') ? repo.officeIdsUnder(ctx.db, pattern) : [],
    reaches.has('assigned') ? repo.officeIdsOfAssignedCases(ctx.db, ctx.actor.officerId) : [],
  ]);
  return accessFilter(
    ctx,
    'case',
    'read',
    {
      officeId: caseDocumentPages.officeId,
      officePath: repo.officePath,
      inSubtree: repo.inOfficesUnder(subtree, pattern),
      secrecy: [caseDocuments.secrecy, cases.secrecy],
      isAssigned: (officerId) => repo.inAssignedCases(assigned, officerId),
    },
    within,
  );
};
