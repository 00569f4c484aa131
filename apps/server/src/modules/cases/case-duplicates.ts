import {
  type CaseDetail,
  type CaseStage,
  findDuplicateCases,
  findDuplicatePersons,
  foldText,
  matchPersons,
  SAME_PERSON_SCORE,
} from '@eprocuracy/domain';
import type { CaseDuplicate, CaseDuplicates, PersonDuplicate } from '@eprocuracy/domain/cases/case-merge';
import { and, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import { diffFields } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { caseCode, snapshotOf } from './case-derived.ts';
import { loadReadable } from './case-records.ts';
import { changeCase } from './case-writes.ts';
import * as repo from './cases.repo.ts';
import { caseCharges, caseDecisions, caseMeasures, casePersons, cases } from './cases.schema.ts';

type PersonLike = Pick<repo.PersonRow, 'id' | 'fullName' | 'birthDate' | 'sex' | 'idNumber' | 'address' | 'province'>;

/** A stored person as the domain's matching rules take it. */
export const asRecord = (p: PersonLike) => ({
  id: p.id,
  fullName: p.fullName,
  ...(p.birthDate ? { birthDate: p.birthDate } : {}),
  ...(p.sex ? { sex: p.sex as 'male' | 'female' } : {}),
  ...(p.idNumber ? { idNumber: p.idNumber } : {}),
  ...(p.address ? { address: p.address } : {}),
  ...(p.province ? { province: p.province } : {}),
});

const readable = (ctx: Ctx): SQL =>
  accessFilter(ctx, 'case', 'read', {
    officeId: cases.officeId,
    officePath: repo.officePathColumn,
    secrecy: cases.secrecy,
    isAssigned: repo.isAssignedTo,
  }) as SQL;

/**
 * Possible duplicates (sạch) of a case's people and of the case itself, among the live records the actor may
 * read (a case merged or joined into another is history, not a candidate). Other cases' people are candidates
 * when they share a CCCD or an exact birth date, then scored by the domain (`matchPersons`); cases when they
 * share the opening decision or the same defendants.
 */
export const findCaseDuplicates = async (ctx: Ctx, id: string): Promise<CaseDuplicates> => {
  const { found, officers } = await loadReadable(ctx, id);
  const parts = await repo.loadParts(ctx.db, id);
  const people = parts.persons.filter((p) => p.mergedInto === null);
  const within = findDuplicatePersons(people.map(asRecord));
  const ids = people.map((p) => p.idNumber).filter((x): x is string => x !== null);
  const births = people.map((p) => p.birthDate).filter((x): x is string => x !== null);
  const candidates =
    ids.length + births.length === 0
      ? []
      : await ctx.db
          .select({
            person: casePersons,
            caseId: cases.id,
            number: cases.number,
            year: cases.year,
            officeCode: repo.officesTable.code,
          })
          .from(casePersons)
          .innerJoin(cases, eq(cases.id, casePersons.caseId))
          .innerJoin(repo.officesTable, repo.joinOffice)
          .where(
            and(
              ne(casePersons.caseId, id),
              isNull(casePersons.mergedInto),
              isNull(cases.mergedInto),
              or(
                ids.length ? inArray(casePersons.idNumber, ids) : undefined,
                births.length ? inArray(casePersons.birthDate, births) : undefined,
              ),
              readable(ctx),
            ),
          )
          .limit(500);
  const persons = people.map(
    (p): PersonDuplicate => ({
      personId: p.id,
      fullName: p.fullName,
      sameCase: within
        .filter((pair) => pair.a === p.id || pair.b === p.id)
        .map((pair) => {
          const other = people.find((q) => q.id === (pair.a === p.id ? pair.b : pair.a));
          return {
            personId: other?.id ?? '',
            fullName: other?.fullName ?? '',
            score: pair.score,
            reasons: pair.reasons,
          };
        }),
      otherCases: candidates.flatMap((c) => {
        const match = matchPersons(asRecord(p), asRecord(c.person));
        return match
          ? [
              {
                caseId: c.caseId,
                caseCode: caseCode(c, c.officeCode),
                personId: c.person.id,
                fullName: c.person.fullName,
                role: c.person.role,
                score: match.score,
                reasons: match.reasons,
              },
            ]
          : [];
      }),
    }),
  );
  return {
    persons: persons.filter((p) => p.sameCase.length + p.otherCases.length > 0),
    cases: await duplicateCases(ctx, found, officers, parts, persons),
  };
};

const duplicateCases = async (
  ctx: Ctx,
  found: Awaited<ReturnType<typeof loadReadable>>['found'],
  officers: Awaited<ReturnType<typeof loadReadable>>['officers'],
  parts: Awaited<ReturnType<typeof repo.loadParts>>,
  persons: PersonDuplicate[],
): Promise<CaseDuplicate[]> => {
  const row = found.row;
  const samePeople = persons.flatMap((p) =>
    p.otherCases.filter((c) => c.score >= SAME_PERSON_SCORE).map((c) => c.caseId),
  );
  const opening = row.openingNumber ? foldText(row.openingNumber).replace(/\s+/g, '') : null;
  const sameOpening = opening
    ? sql`${cases.officeId} = ${row.officeId} AND ${cases.year} = ${row.year} AND replace(lower(f_unaccent(${cases.openingNumber})), ' ', '') = ${opening}`
    : undefined;
  const where = or(samePeople.length ? inArray(cases.id, samePeople) : undefined, sameOpening);
  if (!where) return [];
  const others = await ctx.db
    .select(repo.withOffice)
    .from(cases)
    .innerJoin(repo.officesTable, repo.joinOffice)
    .where(and(ne(cases.id, row.id), isNull(cases.mergedInto), where, readable(ctx)))
    .limit(50);
  if (others.length === 0) return [];
  const snapshotFor = async (other: (typeof others)[number]) => {
    const p = await repo.loadDerivationParts(ctx.db, [other.row.id]);
    return snapshotOf({
      row: other.row,
      officeCode: other.officeCode,
      persons: p.persons,
      charges: p.charges,
      measures: p.measures,
      pendingDecisions: [],
      assignedProsecutorIds: [],
      evidenceCount: 0,
    });
  };
  const self = snapshotOf({
    row,
    officeCode: found.officeCode,
    persons: parts.persons,
    charges: parts.charges,
    measures: parts.measures,
    pendingDecisions: [],
    assignedProsecutorIds: officers.map((o) => o.officerId),
    evidenceCount: parts.evidence.length,
  });
  const results: CaseDuplicate[] = [];
  for (const other of others) {
    const [pair] = findDuplicateCases([self, await snapshotFor(other)]);
    if (pair)
      results.push({
        caseId: other.row.id,
        caseCode: caseCode(other.row, other.officeCode),
        title: other.row.title,
        stage: other.row.stage as CaseStage,
        score: pair.score,
        reasons: pair.reasons,
      });
  }
  return results.sort((a, b) => b.score - a.score);
};

/**
 * Merges a person recorded twice in the same case into the record kept: charges, measures and decisions
 * move to it, and the duplicate is kept, marked as merged (nothing is deleted).
 */
export const mergePersons = (
  ctx: Ctx,
  options: { id: string; personId: string; intoPersonId: string },
): Promise<CaseDetail> =>
  changeCase(ctx, options.id, async (tx, row) => {
    if (options.personId === options.intoPersonId) {
      throw invalid([
        { field: 'intoPersonId', vi: 'Không thể hợp nhất với chính mình', en: 'Cannot merge a person into themselves' },
      ]);
    }
    const duplicate = await repo.findPersonOfCase(tx, row.id, options.personId);
    const kept = await repo.findPersonOfCase(tx, row.id, options.intoPersonId);
    if (!duplicate)
      throw invalid([{ field: 'personId', vi: 'Không có người này trong vụ án', en: 'No such person in the case' }]);
    if (!kept)
      throw invalid([
        { field: 'intoPersonId', vi: 'Không có người này trong vụ án', en: 'No such person in the case' },
      ]);
    if (duplicate.role !== kept.role || duplicate.kind !== kept.kind) {
      throw invalid([
        { field: 'intoPersonId', vi: 'Hai người khác tư cách tố tụng', en: 'The two have different procedural roles' },
      ]);
    }
    await tx.update(caseCharges).set({ personId: kept.id }).where(eq(caseCharges.personId, duplicate.id));
    await tx.update(caseMeasures).set({ personId: kept.id }).where(eq(caseMeasures.personId, duplicate.id));
    await tx.update(caseDecisions).set({ subjectId: kept.id }).where(eq(caseDecisions.subjectId, duplicate.id));
    await repo.updatePerson(tx, duplicate.id, { mergedInto: kept.id });
    const data = {
      personId: duplicate.id,
      fullName: duplicate.fullName,
      intoPersonId: kept.id,
      intoFullName: kept.fullName,
    };
    return {
      event: { kind: 'person_merged', data },
      audit: { action: 'case.person_merged', changes: diffFields(null, data) },
    };
  });
