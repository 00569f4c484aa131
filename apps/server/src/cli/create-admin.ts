import { isStrongPassword } from '@eprocuracy/domain';
import * as officersRepo from '../modules/identity/officers.repo.ts';
import { findOfficeByCode } from '../modules/identity/offices.repo.ts';
import { appendAudit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { newId } from '../platform/ids.ts';
import { migrate } from '../platform/migrate.ts';
import { hashPassword } from '../platform/passwords.ts';
import { todayInVietnam } from '../platform/time.ts';

/** Creates an IT administrator in an existing office; the password comes from ADMIN_PASSWORD, never argv. */
export const createAdmin = async (database: Database, args: string[]): Promise<number> => {
  const [username, officeCode, ...nameParts] = args;
  const password = process.env.ADMIN_PASSWORD ?? '';
  if (!username || !officeCode || nameParts.length === 0) {
    console.error('create-admin: usage: create-admin <username> <office-code> <full name…>');
    return 64;
  }
  if (!isStrongPassword(password)) {
    console.error('create-admin: ADMIN_PASSWORD must have 12+ characters with upper, lower, digit and symbol');
    return 64;
  }
  await migrate(database);
  const office = await findOfficeByCode(database.db, officeCode);
  if (!office) {
    console.error(`create-admin: no office with code ${officeCode}`);
    return 65;
  }
  if (await officersRepo.findOfficerByUsername(database.db, username)) {
    console.error(`create-admin: username ${username} already exists`);
    return 65;
  }
  const id = newId();
  const passwordHash = await hashPassword(password);
  await database.db.transaction(async (tx) => {
    await officersRepo.insertOfficer(tx, {
      id,
      username,
      fullName: nameParts.join(' '),
      officeId: office.id,
      position: 'it_admin',
      roles: ['admin'],
      clearance: 'normal',
      passwordHash,
      mustChangePassword: true,
    });
    await officersRepo.insertPosting(tx, {
      officerId: id,
      officeId: office.id,
      position: 'it_admin',
      fromDate: todayInVietnam(),
      toDate: null,
      reason: null,
    });
    await appendAudit(
      tx,
      { actorId: null, actorName: 'cli', officeId: office.id, ip: null },
      { action: 'officer.create_admin', entityType: 'officer', entityId: id },
    );
  });
  console.log(`Administrator ${username} created in ${office.name}; they must change the password at first sign-in.`);
  return 0;
};
