import { type Role, type Secrecy, secrecyRank } from '../identity/vocab.ts';
import type { Action, Actor, Grant, Resource, ResourceKind } from './types.ts';

const lower = (a: Secrecy, b: Secrecy): Secrecy => (secrecyRank(a) <= secrecyRank(b) ? a : b);

/**
 * What one role allows on one kind of record, before the actor's clearance caps it.
 * This table is the whole access policy ("phân cấp, phân quyền", DESIGN.md §5).
 */
const roleGrants = (role: Role, kind: ResourceKind, action: Action): Grant[] => {
  const g = (reach: Grant['reach'], maxSecrecy: Secrecy = 'absolute_secret'): Grant => ({ reach, maxSecrecy });
  switch (kind) {
    case 'office':
      // The organisation chart is known to every officer; only admins change it, within their subtree.
      if (action === 'read') return role === 'partner' ? [] : [g('all')];
      return role === 'admin' ? [g('subtree')] : [];
    case 'officer':
      if (action === 'read') {
        if (role === 'admin' || role === 'leader') return [g('subtree'), g('self')];
        if (role === 'partner') return [];
        return [g('own_office'), g('self')];
      }
      if (role === 'partner') return [];
      return role === 'admin' ? [g('subtree'), g('self')] : [g('self')];
    case 'audit':
      return action === 'read' && role === 'admin' ? [g('subtree')] : [];
    case 'oidc_client':
      return role === 'admin' && action === 'read' ? [g('all')] : role === 'admin' ? [g('subtree')] : [];
    case 'case':
    case 'document':
      switch (role) {
        // Leaders direct their office and supervise the offices below it.
        case 'leader':
          return action === 'read' ? [g('subtree')] : [g('own_office')];
        // A prosecutor works on what is assigned and may consult the office's unrestricted records.
        case 'prosecutor':
          return action === 'read' ? [g('assigned'), g('own_office', 'normal')] : [g('assigned')];
        case 'examiner':
          return action === 'read' ? [g('assigned'), g('own_office', 'normal')] : [g('assigned')];
        case 'clerk':
          // Clerks keep the office's registries, secret ones included (DOCUMENTS.md).
          if (kind === 'document') return [g('own_office', 'secret')];
          return action === 'read' ? [g('own_office', 'normal')] : [];
        case 'statistician':
          return action === 'read' ? [g('subtree', 'normal')] : [];
        case 'admin':
        case 'partner':
          return [];
      }
  }
};

/** Every grant the actor holds for an action on a kind of record, capped by their clearance. */
export const grantsFor = (actor: Actor, kind: ResourceKind, action: Action): Grant[] =>
  actor.roles.flatMap((role) =>
    roleGrants(role, kind, action).map((grant) => ({ ...grant, maxSecrecy: lower(grant.maxSecrecy, actor.clearance) })),
  );

/** Does a single grant reach a record? */
export const grantReaches = (grant: Grant, actor: Actor, resource: Resource): boolean => {
  if (secrecyRank(resource.secrecy) > secrecyRank(grant.maxSecrecy)) return false;
  switch (grant.reach) {
    case 'all':
      return true;
    case 'subtree':
      return resource.officePath.includes(actor.officeId);
    case 'own_office':
      return resource.officeId === actor.officeId;
    case 'assigned':
      return resource.assigneeIds.includes(actor.officerId);
    case 'self':
      return resource.kind === 'officer' && resource.id === actor.officerId;
  }
};

/** The one access decision of the platform: may this actor do this action on this record? */
export const can = (actor: Actor, action: Action, resource: Resource): boolean =>
  grantsFor(actor, resource.kind, action).some((grant) => grantReaches(grant, actor, resource));
