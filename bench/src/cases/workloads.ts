import type { TestClient } from '../../../apps/server/src/test/client.ts';
import type { BenchDatabase } from './bench-db.ts';

type Request = { label: string; client: TestClient; url: string };

/**
 * What officers ask of the case list, in rotation: the default page, a stage, overdue and due-soon work by
 * nearest deadline, their own cases, an article, a defendant's name and a case code, and a leader's view of
 * the office's subtree at one stage. The prosecutor is ksv.quangninh, the leader vt.quangninh.
 */
export const caseListMix = async (
  bench: BenchDatabase,
  prosecutor: TestClient,
  leader: TestClient,
  officeId: string,
): Promise<Request[]> => {
  const { rows } = await bench.raw.query(
    `SELECT p.full_name, c.number, c.year FROM cases c JOIN case_persons p ON p.case_id = c.id
     WHERE c.office_id = $1 AND c.secrecy = 'normal' AND p.role = 'defendant' ORDER BY c.id LIMIT 1 OFFSET 7`,
    [officeId],
  );
  const sample = rows[0] as { full_name: string; number: number; year: number } | undefined;
  if (!sample) throw new Error('no defendant in the featured office');
  const list = (label: string, query: string, client = prosecutor) => ({ label, client, url: `/api/cases?${query}` });
  return [
    list('default (latest updated)', 'limit=20'),
    list('stage = investigation', 'stage=investigation&limit=20'),
    list('overdue, by nearest deadline', 'deadline=overdue&sort=due&limit=20'),
    list('due within 10 days, by nearest deadline', 'deadline=due_soon&sort=due&limit=20'),
    list('mine', 'mine=true&limit=20'),
    list('article 174', 'article=174&limit=20'),
    list('defendant name', `q=${encodeURIComponent(sample.full_name)}&limit=20`),
    list('case code', `q=${encodeURIComponent(`${sample.number}/${sample.year}/QNI`)}&limit=20`),
    list(
      'leader: office subtree, stage = prosecution',
      `officeId=${officeId}&subtree=true&stage=prosecution&limit=20`,
      leader,
    ),
  ];
};

/** Case pages the prosecutor may read (unclassified cases of the office, newest first), one request each. */
export const casePages = async (prosecutor: TestClient): Promise<Request[]> => {
  const reply = await prosecutor.get('/api/cases?limit=200&sort=opened');
  const items = (reply.body as { items: { id: string; secrecy: string }[] }).items.filter(
    (c) => c.secrecy === 'normal',
  );
  if (items.length === 0) throw new Error('no readable case for the case page benchmark');
  return items.slice(0, 50).map((c) => ({ label: 'case page', client: prosecutor, url: `/api/cases/${c.id}` }));
};

/** The leader's office dashboard: everything due, and only what is overdue. */
export const dashboardMix = (leader: TestClient): Request[] => [
  { label: 'scope=office', client: leader, url: '/api/deadlines?scope=office' },
  { label: 'scope=office&state=overdue', client: leader, url: '/api/deadlines?scope=office&state=overdue' },
];
