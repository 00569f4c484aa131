import { defaultRolesFor, type Position, type Secrecy } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { officeLevels, officerPostings, officers, offices } from './identity.schema.ts';
import * as data from './seed-data.ts';

export const DEMO_PASSWORD = 'EProcuracy@2026';

/** Named demo accounts printed at start, so a visitor can try each kind of work. */
export const DEMO_LOGINS = [
  {
    username: 'admin',
    office: 'VKSTC',
    position: 'it_admin',
    description: 'Quản trị hệ thống, VKSND tối cao (IT admin, Supreme)',
  },
  {
    username: 'vt.quangninh',
    office: 'QNI',
    position: 'head',
    description: 'Viện trưởng VKSND tỉnh Quảng Ninh (head, provincial)',
  },
  {
    username: 'ksv.quangninh',
    office: 'QNI',
    position: 'prosecutor',
    description: 'Kiểm sát viên VKSND tỉnh Quảng Ninh (prosecutor)',
  },
  {
    username: 'ksv.halong',
    office: 'QNI-KV1',
    position: 'prosecutor',
    description: 'Kiểm sát viên VKSND khu vực 1 – Quảng Ninh (regional prosecutor)',
  },
  {
    username: 'ksv.travinh',
    office: 'TVH',
    position: 'prosecutor',
    description: 'Kiểm sát viên VKSND tỉnh Trà Vinh (prosecutor, another province)',
  },
  {
    username: 'qt.quangninh',
    office: 'QNI',
    position: 'it_admin',
    description: 'Quản trị VKSND tỉnh Quảng Ninh (IT admin, provincial)',
  },
  { username: 'vanthu.hanoi', office: 'HNI', position: 'clerk', description: 'Văn thư VKSND thành phố Hà Nội (clerk)' },
  {
    username: 'thongke.hanoi',
    office: 'HNI',
    position: 'statistician',
    description: 'Thống kê VKSND thành phố Hà Nội (statistician)',
  },
] as const;

/** Staff of a demo office by level: how many officers hold each position. */
const STAFFING: Record<string, [Position, number][]> = {
  supreme: [
    ['head', 1],
    ['deputy_head', 3],
    ['prosecutor', 10],
    ['examiner', 4],
    ['clerk', 2],
    ['statistician', 2],
    ['it_admin', 2],
  ],
  high: [
    ['head', 1],
    ['deputy_head', 2],
    ['prosecutor', 7],
    ['examiner', 2],
    ['clerk', 1],
    ['statistician', 1],
  ],
  provincial: [
    ['head', 1],
    ['deputy_head', 2],
    ['prosecutor', 8],
    ['examiner', 2],
    ['clerk', 1],
    ['statistician', 1],
    ['it_admin', 1],
  ],
  regional: [
    ['head', 1],
    ['deputy_head', 1],
    ['prosecutor', 5],
    ['examiner', 1],
    ['clerk', 1],
  ],
};

/** A small deterministic generator, so every demo is the same. */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** ASCII form of a Vietnamese name, for user names ("Đặng Thị Hạnh" → "dang.thi.hanh"). */
export const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(/\s+/)
    .join('.');

const clearanceFor = (position: Position, level: string): Secrecy =>
  position === 'head' || position === 'deputy_head'
    ? level === 'supreme'
      ? 'absolute_secret'
      : 'top_secret'
    : position === 'prosecutor'
      ? 'secret'
      : 'normal';

type OfficeInsert = typeof offices.$inferInsert;

const flatten = (node: data.DemoOffice, parent: OfficeInsert | null, out: OfficeInsert[]) => {
  const id = newId();
  const row: OfficeInsert = {
    id,
    code: node.code,
    name: node.name,
    nameEn: node.nameEn,
    address: node.address,
    levelCode: node.level,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    status: 'active',
    validFrom: '2025-07-01',
  };
  out.push(row);
  for (const child of node.children ?? []) flatten(child, row, out);
  return out;
};

/** Seeds the demo organisation and officers into an empty database; returns false when data exists. */
export const seedIfEmpty = async (db: Db): Promise<boolean> => {
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(offices);
  if (n > 0) return false;
  const random = mulberry32(20251122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const officeRows = flatten(data.DEMO_TREE, null, []);
  const byCode = new Map(officeRows.map((o) => [o.code, o]));
  const officerRows: (typeof officers.$inferInsert)[] = [];
  const usernames = new Set<string>();
  const addOfficer = (office: OfficeInsert, position: Position, username?: string) => {
    const female = random() < 0.45;
    const fullName = `${pick(data.SURNAMES)} ${pick(female ? data.MIDDLE_FEMALE : data.MIDDLE_MALE)} ${pick(female ? data.GIVEN_FEMALE : data.GIVEN_MALE)}`;
    let name = username ?? asciiName(fullName);
    for (let i = 2; usernames.has(name); i++) name = `${asciiName(fullName)}${i}`;
    usernames.add(name);
    officerRows.push({
      id: newId(),
      username: name,
      fullName,
      email: `${name}@vks.gov.vn`,
      officeId: office.id as string,
      position,
      roles: defaultRolesFor(position),
      clearance: clearanceFor(position, office.levelCode),
      passwordHash,
      mustChangePassword: false,
    });
  };
  for (const login of DEMO_LOGINS) addOfficer(byCode.get(login.office) as OfficeInsert, login.position, login.username);
  for (const office of officeRows) {
    for (const [position, count] of STAFFING[office.levelCode] ?? []) {
      for (let i = 0; i < count; i++) addOfficer(office, position);
    }
  }
  await db.transaction(async (tx) => {
    await tx.insert(officeLevels).values(data.DEFAULT_LEVELS);
    await tx.insert(offices).values(officeRows);
    for (let i = 0; i < officerRows.length; i += 200) await tx.insert(officers).values(officerRows.slice(i, i + 200));
    const postings = officerRows.map((o) => ({
      id: newId(),
      officerId: o.id,
      officeId: o.officeId,
      position: o.position,
      fromDate: '2025-07-01',
    }));
    for (let i = 0; i < postings.length; i += 200) await tx.insert(officerPostings).values(postings.slice(i, i + 200));
    await appendAudit(
      tx,
      { actorId: null, actorName: 'seed', officeId: null, ip: null },
      {
        action: 'seed.demo',
        changes: {
          offices: { before: 0, after: officeRows.length },
          officers: { before: 0, after: officerRows.length },
        },
      },
    );
  });
  return true;
};
