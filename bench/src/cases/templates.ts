import { foldText, type LegalDate } from '@eprocuracy/domain';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { prepareCaseRows } from '../../../apps/server/src/modules/cases/case-bulk.ts';
import { buildSeedCases } from '../../../apps/server/src/modules/cases/case-seed.ts';
import { SEED_PROVINCES } from '../../../apps/server/src/modules/cases/case-seed-people.ts';
import {
  caseAssignments,
  caseCharges,
  caseDeadlines,
  caseDecisions,
  caseEvents,
  caseEvidence,
  caseMeasures,
  casePersons,
  cases,
} from '../../../apps/server/src/modules/cases/cases.schema.ts';

/**
 * Template cases for the national-scale data: a few thousand cases built by the demo generator (real
 * decision sequences through the domain's ledger) and derived by the bulk writer, with their ids replaced
 * by slots so that SQL can stamp out copies (`clone.ts`). A copy keeps the template's dates, so its derived
 * columns and deadline rows stay exactly those `refreshCaseDerived` computes; only ids, office, number,
 * officers and the case code in the search text change.
 */
export const TEMPLATE_OFFICE = '00000000-0000-4000-8000-0000000000f0';
/** Officers of a template case: two prosecutors (P, Q) and a leader (L), replaced by the target office's. */
export const OFFICER_MARKERS = {
  P: '00000000-0000-4000-8000-0000000000a1',
  Q: '00000000-0000-4000-8000-0000000000a2',
  L: '00000000-0000-4000-8000-0000000000a3',
} as const;
const TEMPLATE_CODE = 'TPL';

/** How each id-like column of a table is rewritten in a copy. */
type Remap = 'self' | 'case' | 'slot' | 'officer' | 'office' | 'key';
export type TableSpec = { name: string; table: PgTable; remap: Record<string, Remap> };

const officerColumns = (names: string[]) => Object.fromEntries(names.map((n) => [n, 'officer' as const]));

export const TABLES: TableSpec[] = [
  {
    name: 'cases',
    table: cases,
    remap: { id: 'case', office_id: 'office', ...officerColumns(['created_by']) },
  },
  { name: 'case_persons', table: casePersons, remap: { id: 'self', case_id: 'case', merged_into: 'slot' } },
  { name: 'case_charges', table: caseCharges, remap: { id: 'self', case_id: 'case', person_id: 'slot' } },
  {
    name: 'case_decisions',
    table: caseDecisions,
    remap: {
      id: 'self',
      case_id: 'case',
      subject_id: 'slot',
      responds_to: 'slot',
      ...officerColumns(['drafted_by', 'decided_by']),
    },
  },
  {
    name: 'case_measures',
    table: caseMeasures,
    remap: { id: 'self', case_id: 'case', person_id: 'slot', decision_id: 'slot' },
  },
  { name: 'case_evidence', table: caseEvidence, remap: { id: 'self', case_id: 'case' } },
  {
    name: 'case_assignments',
    table: caseAssignments,
    remap: { id: 'self', case_id: 'case', ...officerColumns(['officer_id', 'assigned_by']) },
  },
  {
    name: 'case_events',
    table: caseEvents,
    remap: { id: 'self', case_id: 'case', ...officerColumns(['actor_id']) },
  },
  { name: 'case_deadlines', table: caseDeadlines, remap: { case_id: 'case', office_id: 'office', key: 'key' } },
];

const markerOf = new Map<string, string>(Object.entries(OFFICER_MARKERS).map(([k, v]) => [v, k]));

export type TemplateRows = Map<string, Record<string, unknown>[]>;

/**
 * Builds `count` template cases as of `today` and returns, per table, rows keyed by column name with
 * `template_no`, the row's `x_id` slot and one `x_<column>` per remapped column (a slot or an officer marker).
 */
export const buildTemplates = (count: number, today: LegalDate, extraDefendants: number): TemplateRows => {
  const office = {
    id: TEMPLATE_OFFICE,
    province: SEED_PROVINCES.QNI as (typeof SEED_PROVINCES)[string],
    prosecutors: [
      { id: OFFICER_MARKERS.P, fullName: 'Kiểm sát viên A' },
      { id: OFFICER_MARKERS.Q, fullName: 'Kiểm sát viên B' },
    ],
    leaders: [{ id: OFFICER_MARKERS.L, fullName: 'Lãnh đạo C' }],
    weight: 1,
  };
  const out: TemplateRows = new Map(TABLES.map((t) => [t.name, []]));
  const chunk = 500;
  for (let from = 0; from < count; from += chunk) {
    const aggregates = buildSeedCases([office], {
      today,
      count: Math.min(chunk, count - from),
      seed: 7 + from,
      extraDefendants,
    });
    aggregates.forEach((a, i) => {
      a.case.number = from + i + 1;
    });
    const rows = prepareCaseRows(aggregates, new Map([[TEMPLATE_OFFICE, TEMPLATE_CODE]]), today);
    const byTable: Record<string, Record<string, unknown>[]> = {
      cases: rows.cases,
      case_persons: rows.persons,
      case_charges: rows.charges,
      case_decisions: rows.decisions,
      case_measures: rows.measures,
      case_evidence: rows.evidence,
      case_assignments: rows.assignments,
      case_events: rows.events,
      case_deadlines: rows.deadlines,
    };
    // Slot 0 is the case; every other row of the case gets the next slot.
    const slots = new Map<string, number>();
    const caseNo = new Map<string, number>();
    rows.cases.forEach((c, i) => {
      slots.set(c.id, 0);
      caseNo.set(c.id, from + i);
    });
    const next = new Map<string, number>();
    for (const spec of TABLES.slice(1)) {
      for (const row of byTable[spec.name] as { id?: string; caseId: string }[]) {
        if (!row.id) continue;
        const n = (next.get(row.caseId) ?? 0) + 1;
        next.set(row.caseId, n);
        slots.set(row.id, n);
      }
    }
    for (const spec of TABLES) {
      const target = out.get(spec.name) as Record<string, unknown>[];
      for (const row of byTable[spec.name] as Record<string, unknown>[])
        target.push(templateRow(spec, row, slots, caseNo));
    }
  }
  return out;
};

const templateRow = (
  spec: TableSpec,
  row: Record<string, unknown>,
  slots: Map<string, number>,
  caseNo: Map<string, number>,
) => {
  const out: Record<string, unknown> = {};
  const caseId = (spec.name === 'cases' ? row.id : row.caseId) as string;
  out.template_no = caseNo.get(caseId);
  for (const [key, column] of Object.entries(getTableColumns(spec.table))) {
    const value = row[key] ?? null;
    const remap = spec.remap[column.name];
    if (!remap) out[column.name] = value;
    else if (remap === 'self') out.x_id = slots.get(value as string);
    else if (remap === 'slot') out[`x_${column.name}`] = value === null ? null : slots.get(value as string);
    else if (remap === 'officer') out[`x_${column.name}`] = value === null ? null : markerOf.get(value as string);
    else if (remap === 'key') {
      // `measure:<id>` and `approval:<id>` name a row of the case: keep the prefix, remap the id.
      const [prefix, id] = (value as string).split(':') as [string, string];
      const slot = slots.get(id);
      out.key = slot === undefined ? value : prefix;
      out.x_key = slot ?? null;
    }
  }
  if (spec.name === 'cases') {
    // The search text starts with the case code; a copy puts its own code in front of the rest.
    const code = foldText(`${row.number}/${row.year}/${TEMPLATE_CODE}`);
    out.search_text = (row.searchText as string).slice(code.length + 1);
  }
  return out;
};
