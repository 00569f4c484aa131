import { isStrongPassword, ZOfficeCode, ZUsername, zText } from '@eprocuracy/domain';
import * as officersRepo from '../modules/identity/officers.repo.ts';
import * as officesRepo from '../modules/identity/offices.repo.ts';
import { DEFAULT_LEVELS } from '../modules/identity/seed-data.ts';
import { type AuditContext, appendAudit, diffFields } from '../platform/audit.ts';
import type { Database, Db } from '../platform/db.ts';
import { newId } from '../platform/ids.ts';
import { migrate } from '../platform/migrate.ts';
import { hashPassword } from '../platform/passwords.ts';
import { todayInVietnam } from '../platform/time.ts';

const DEFAULT_ROOT_OFFICE_NAME = 'Viện kiểm sát nhân dân tối cao';
const CLI_AUDIT: AuditContext = { actorId: null, actorName: 'cli', officeId: null, ip: null };

type Input = { username: string; officeCode: string; fullName: string; password: string; rootOfficeName: string };

const parseInput = (args: string[]): Input | string => {
  const [username, officeCode, ...nameParts] = args;
  if (!username || !officeCode || nameParts.length === 0)
    return 'usage: create-admin <username> <office-code> <full name…>';
  const parsedUsername = ZUsername.safeParse(username);
  if (!parsedUsername.success) return `username ${JSON.stringify(username)}: ${ZUsername.description}`;
  const parsedCode = ZOfficeCode.safeParse(officeCode);
  if (!parsedCode.success) return `office code ${JSON.stringify(officeCode)}: ${ZOfficeCode.description}`;
  const fullName = zText(120).safeParse(nameParts.join(' '));
  if (!fullName.success) return 'full name: 1–120 characters without control characters';
  const rootOfficeName = zText(200).safeParse(process.env.ROOT_OFFICE_NAME ?? DEFAULT_ROOT_OFFICE_NAME);
  if (!rootOfficeName.success) return 'ROOT_OFFICE_NAME: 1–200 characters without control characters';
  const password = process.env.ADMIN_PASSWORD ?? '';
  if (!isStrongPassword(password)) return 'ADMIN_PASSWORD must have 12+ characters with upper, lower, digit and symbol';
  return {
    username: parsedUsername.data,
    officeCode: parsedCode.data,
    fullName: fullName.data,
    password,
    rootOfficeName: rootOfficeName.data,
  };
};

/** On a database with no offices yet (a production install without the demo), creates the levels and the root office. */
const createRootOffice = async (tx: Db, code: string, name: string) => {
  await officesRepo.insertOfficeLevels(tx, DEFAULT_LEVELS);
  const id = newId();
  const row = { id, code, name, levelCode: 'supreme', parentId: null, path: `/${id}/`, validFrom: todayInVietnam() };
  await officesRepo.insertOffice(tx, row);
  await appendAudit(tx, CLI_AUDIT, {
    action: 'office.create',
    entityType: 'office',
    entityId: id,
    changes: diffFields(null, row),
  });
  return { id, name };
};

/**
 * Creates an IT administrator; the password comes from ADMIN_PASSWORD, never argv. On an empty
 * database it first creates the root office with the given code (name from ROOT_OFFICE_NAME).
 */
export const createAdmin = async (database: Database, args: string[]): Promise<number> => {
  const input = parseInput(args);
  if (typeof input === 'string') {
    console.error(`create-admin: ${input}`);
    return 64;
  }
  await migrate(database);
  const db = database.db;
  const existing = await officesRepo.findOfficeByCode(db, input.officeCode);
  if (!existing && (await officesRepo.listOffices(db, { includeClosed: true })).length > 0) {
    console.error(`create-admin: no office with code ${input.officeCode}`);
    return 65;
  }
  if (await officersRepo.findOfficerByUsername(db, input.username)) {
    console.error(`create-admin: username ${input.username} already exists`);
    return 65;
  }
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  const office = await db.transaction(async (tx) => {
    const home = existing ?? (await createRootOffice(tx, input.officeCode, input.rootOfficeName));
    await officersRepo.insertOfficer(tx, {
      id,
      username: input.username,
      fullName: input.fullName,
      officeId: home.id,
      position: 'it_admin',
      roles: ['admin'],
      clearance: 'normal',
      passwordHash,
      mustChangePassword: true,
    });
    await officersRepo.insertPosting(tx, {
      officerId: id,
      officeId: home.id,
      position: 'it_admin',
      fromDate: todayInVietnam(),
      toDate: null,
      reason: null,
    });
    await appendAudit(
      tx,
      { ...CLI_AUDIT, officeId: home.id },
      { action: 'officer.create_admin', entityType: 'officer', entityId: id },
    );
    return home;
  });
  console.log(
    `Administrator ${input.username} created in ${office.name}; they must change the password at first sign-in.`,
  );
  return 0;
};
