import type { Role, Secrecy } from '../identity/vocab.ts';

/** Who is acting: an officer signed in, with their place in the office tree. */
export type Actor = {
  officerId: string;
  officeId: string;
  /** Ids of the actor's office and all of its ancestors, root first. */
  officePath: readonly string[];
  roles: readonly Role[];
  clearance: Secrecy;
};

/** Kinds of record the policy decides on; modules add their own kinds here. */
export const RESOURCE_KINDS = ['office', 'officer', 'audit', 'oidc_client', 'case', 'document'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export type Action = 'read' | 'write';

/** What the policy needs to know about one record. */
export type Resource = {
  kind: ResourceKind;
  id: string;
  /** Office that owns (handles) the record. */
  officeId: string;
  /** Ids of the owning office and all of its ancestors, root first. */
  officePath: readonly string[];
  secrecy: Secrecy;
  /** Officers assigned to the record (a case's prosecutors); empty when not applicable. */
  assigneeIds: readonly string[];
};

/**
 * One way of reaching records: which offices' records, and up to which secrecy level.
 * - `all`: every office;
 * - `subtree`: the actor's office and every office below it;
 * - `own_office`: the actor's office only;
 * - `assigned`: records the actor is assigned to, wherever they are;
 * - `self`: the actor's own officer record.
 */
export type Grant = {
  reach: 'all' | 'subtree' | 'own_office' | 'assigned' | 'self';
  maxSecrecy: Secrecy;
};
