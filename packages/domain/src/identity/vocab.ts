import { z } from 'zod';

/** Secrecy levels of a record, ordered from least to most restricted (thường, mật, tối mật, tuyệt mật). */
export const SECRECY_LEVELS = ['normal', 'secret', 'top_secret', 'absolute_secret'] as const;
export const ZSecrecy = z.enum(SECRECY_LEVELS);
export type Secrecy = z.infer<typeof ZSecrecy>;

/** Rank of a secrecy level; a higher rank is more restricted. */
export const secrecyRank = (level: Secrecy): number => SECRECY_LEVELS.indexOf(level);

/** Positions an officer holds in an office (GLOSSARY.md). */
export const POSITIONS = [
  'head',
  'deputy_head',
  'prosecutor',
  'examiner',
  'clerk',
  'statistician',
  'it_admin',
] as const;
export const ZPosition = z.enum(POSITIONS);
export type Position = z.infer<typeof ZPosition>;

/** Roles decide what an officer may do; positions suggest roles but an admin sets them. */
export const ROLES = ['leader', 'prosecutor', 'examiner', 'clerk', 'statistician', 'admin', 'partner'] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

/** Roles an officer gets by default when hired into a position. */
export const defaultRolesFor = (position: Position): Role[] => {
  switch (position) {
    case 'head':
    case 'deputy_head':
      return ['leader', 'prosecutor'];
    case 'prosecutor':
      return ['prosecutor'];
    case 'examiner':
      return ['examiner'];
    case 'clerk':
      return ['clerk'];
    case 'statistician':
      return ['statistician'];
    case 'it_admin':
      return ['admin'];
  }
};

export const OFFICER_STATUSES = ['active', 'transferred', 'retired'] as const;
export const ZOfficerStatus = z.enum(OFFICER_STATUSES);
export type OfficerStatus = z.infer<typeof ZOfficerStatus>;

export const OFFICE_STATUSES = ['active', 'merged', 'split', 'closed'] as const;
export const ZOfficeStatus = z.enum(OFFICE_STATUSES);
export type OfficeStatus = z.infer<typeof ZOfficeStatus>;
