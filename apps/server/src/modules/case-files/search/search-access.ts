import type { SQL } from 'drizzle-orm';
import { accessFilter } from '../../../platform/access.ts';
import type { Ctx } from '../../../platform/context.ts';
import { isAssignedTo } from '../../cases/cases.repo.ts';
import { cases } from '../../cases/cases.schema.ts';
import * as repo from './case-file-search.repo.ts';

/**
 * Pages the actor may read: the case list's rule (office tree, roles, assignment) applied at the document's
 * level, the higher of its own and its case's, so a result never shows what the document page would refuse.
 */
export const readableDocuments = (ctx: Ctx): SQL =>
  accessFilter(ctx, 'case', 'read', {
    officeId: cases.officeId,
    officePath: repo.officePath,
    secrecy: repo.effectiveSecrecy,
    isAssigned: isAssignedTo,
  });
