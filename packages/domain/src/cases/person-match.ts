import { foldText } from '../penal-code/catalogue.ts';
import type { SnapshotPerson } from './case-snapshot.ts';

/** A Vietnamese name folded for comparison: no diacritics (NFD, marks stripped, đ → d), lower case, letters and digits only, single spaces. */
export const normalizePersonName = (name: string): string =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const jaro = (a: string, b: string): number => {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k += 1;
    if (a[i] !== b[k]) halfTranspositions += 1;
    k += 1;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - halfTranspositions / 2) / m) / 3;
};

/**
 * Jaro–Winkler similarity of two names after `normalizePersonName`, in [0, 1]. The pair is put in a
 * fixed order first because greedy matching can differ by direction; that keeps it symmetric.
 */
export const nameSimilarity = (a: string, b: string): number => {
  const [x, y] = [normalizePersonName(a), normalizePersonName(b)].sort();
  const j = jaro(x as string, y as string);
  let prefix = 0;
  while (prefix < 4 && x?.[prefix] !== undefined && x[prefix] === y?.[prefix]) prefix += 1;
  return Math.min(1, j + prefix * 0.1 * (1 - j));
};

export const MATCH_REASONS = [
  'same_id_number',
  'same_name_birth_date',
  'different_id_number',
  'same_name_no_birth_date',
  'similar_name',
  'same_birth_year',
  'same_province',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];
export type PersonMatch = { score: number; reasons: MatchReason[] };

/** Names at least this similar, born the same year in the same province, are candidates. */
export const SIMILAR_NAME_THRESHOLD = 0.9;

const idOf = (p: SnapshotPerson): string | undefined => p.idNumber?.replace(/\s+/g, '') || undefined;
const yearOf = (p: SnapshotPerson): string | undefined => p.birthDate?.slice(0, 4);
const provinceOf = (p: SnapshotPerson): string | undefined =>
  p.province ? normalizePersonName(p.province) : undefined;

/**
 * Whether two person records may be the same person (sạch): same CCCD; else same name and birth date
 * (weaker when their CCCDs differ, likely a typo); else same name where a birth date is missing; else a
 * similar name, same birth year and same province. Undefined when none holds.
 */
export const matchPersons = (a: SnapshotPerson, b: SnapshotPerson): PersonMatch | undefined => {
  const idA = idOf(a);
  const idB = idOf(b);
  if (idA && idA === idB) return { score: 1, reasons: ['same_id_number'] };
  const nameA = normalizePersonName(a.fullName ?? '');
  const nameB = normalizePersonName(b.fullName ?? '');
  if (!nameA || !nameB) return undefined;
  const idsDiffer = idA !== undefined && idB !== undefined;
  if (nameA === nameB && a.birthDate && a.birthDate === b.birthDate) {
    return idsDiffer
      ? { score: 0.7, reasons: ['same_name_birth_date', 'different_id_number'] }
      : { score: 0.95, reasons: ['same_name_birth_date'] };
  }
  if (idsDiffer) return undefined;
  if (nameA === nameB && (!a.birthDate || !b.birthDate)) return { score: 0.6, reasons: ['same_name_no_birth_date'] };
  const similarity = nameSimilarity(nameA, nameB);
  const province = provinceOf(a);
  if (
    similarity >= SIMILAR_NAME_THRESHOLD &&
    yearOf(a) &&
    yearOf(a) === yearOf(b) &&
    province &&
    province === provinceOf(b)
  ) {
    return { score: Math.round(similarity * 85) / 100, reasons: ['similar_name', 'same_birth_year', 'same_province'] };
  }
  return undefined;
};

export type PersonRecord = SnapshotPerson & { id: string };
export type DuplicatePair = { a: string; b: string; score: number; reasons: MatchReason[] };

/**
 * Candidate duplicate pairs among person records, best first. Only records sharing a CCCD, a folded
 * name or a birth year are compared, which is exactly what every rule of `matchPersons` needs.
 */
export const findDuplicatePersons = (people: readonly PersonRecord[], minScore = 0): DuplicatePair[] => {
  const buckets = new Map<string, number[]>();
  const put = (key: string | undefined, i: number): void => {
    if (!key) return;
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  };
  people.forEach((p, i) => {
    put(idOf(p) && `id:${idOf(p)}`, i);
    put(normalizePersonName(p.fullName ?? '') && `name:${normalizePersonName(p.fullName ?? '')}`, i);
    put(yearOf(p) && `year:${yearOf(p)}`, i);
  });
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const members of buckets.values()) {
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const [i, j] = [members[x] as number, members[y] as number];
        const key = `${i}:${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = people[i] as PersonRecord;
        const b = people[j] as PersonRecord;
        const match = matchPersons(a, b);
        if (match && match.score >= minScore) pairs.push({ a: a.id, b: b.id, ...match });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score);
};
