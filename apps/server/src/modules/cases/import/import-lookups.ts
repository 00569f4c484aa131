import type { Db } from '../../../platform/db.ts';
import * as repo from './case-imports.repo.ts';
import type { CaseGroup } from './import-group.ts';

export type ImportOffice = Awaited<ReturnType<typeof repo.findOfficesByCodes>>[number];
export type ImportOfficer = Awaited<ReturnType<typeof repo.findOfficersByUsernames>>[number];
export type ExistingCase = Awaited<ReturnType<typeof repo.findCasesByRefs>>[number];

/** What the checks of a file read from the database, once for the whole file. */
export type ImportLookups = {
  offices: Map<string, ImportOffice>;
  officers: Map<string, ImportOfficer>;
  /** Cases already stored, by `${officeId}|${externalRef}`: re-importing them updates them in place. */
  existing: Map<string, ExistingCase>;
};

export const existingKey = (officeId: string, ref: string) => `${officeId}|${ref}`;

/** Loads the offices, officers and existing cases the groups name, in a few queries. */
export const loadLookups = async (db: Db, groups: readonly CaseGroup[]): Promise<ImportLookups> => {
  const codes = new Set<string>();
  const usernames = new Set<string>();
  for (const { fields } of groups) {
    if (fields.officeCode) codes.add(fields.officeCode);
    for (const username of fields.prosecutors ?? []) usernames.add(username);
  }
  const offices = new Map((await repo.findOfficesByCodes(db, [...codes])).map((o) => [o.code, o]));
  const officers = new Map((await repo.findOfficersByUsernames(db, [...usernames])).map((o) => [o.username, o]));
  const officeIds = [...offices.values()].map((o) => o.id);
  const refs = groups.map((g) => g.ref);
  const existing = new Map(
    (await repo.findCasesByRefs(db, officeIds, refs)).map((c) => [existingKey(c.officeId, c.externalRef ?? ''), c]),
  );
  return { offices, officers, existing };
};
