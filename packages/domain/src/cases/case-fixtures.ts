import type { CaseSnapshot, SnapshotDefendant } from './case-snapshot.ts';

/** Test data: a defendant with complete identity, charged with theft (Penal Code Art. 173(1)). */
export const buildDefendant = (fields: Partial<SnapshotDefendant> = {}): SnapshotDefendant => ({
  id: 'd1',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-05-12',
  sex: 'male',
  idNumber: '022090001234',
  address: 'Phường Hồng Gai, Quảng Ninh',
  province: 'Quảng Ninh',
  chargedOn: '2026-02-10',
  charges: [{ article: 173, clause: 1 }],
  measures: [],
  ...fields,
});

/** Test data: a case at prosecution with every required field. */
export const buildCase = (fields: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  id: 'case-1',
  officeId: 'QNI',
  stage: 'prosecution',
  reportReceivedOn: '2026-01-20',
  offenceDate: '2026-01-15',
  opening: { number: '12/QĐ-CSĐT', date: '2026-02-01' },
  investigatingBody: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
  charges: [{ article: 173, clause: 1 }],
  defendants: [buildDefendant()],
  victims: [{ id: 'v1', fullName: 'Trần Thị Bình' }],
  evidenceCount: 4,
  assignedProsecutorIds: ['ksv-1'],
  secrecy: 'normal',
  conclusion: { number: '45/KLĐT', date: '2026-04-01' },
  ...fields,
});
