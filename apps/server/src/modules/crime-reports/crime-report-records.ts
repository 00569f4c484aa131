import {
  type CrimeReport,
  type CrimeReportKind,
  type CrimeReportStatus,
  catalogueFor,
  categoryOfCharge,
  findArticle,
  findClause,
  type ProcedureCategory,
  type Resource,
  type Secrecy,
} from '@eprocuracy/domain';
import { authorize } from '../../platform/access.ts';
import { type Ctx, splitPath } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { type DeadlineEvent, settlementDeadline } from './crime-report-deadline.ts';
import * as repo from './crime-reports.repo.ts';

/** A report row with its office, as the use-cases load it. */
export type Found = NonNullable<Awaited<ReturnType<typeof repo.findCrimeReport>>>;
/** The 404 of a missing or unreadable report. */
export const reportNotFound = () => notFound('crime_report');

/** What the access policy needs to know about a report; reports use the `case` resource kind. */
export const resourceOf = (found: Found, assigneeIds: readonly string[]): Resource => ({
  kind: 'case',
  id: found.report.id,
  officeId: found.report.officeId,
  officePath: splitPath(found.officePath),
  secrecy: found.report.secrecy as Secrecy,
  assigneeIds,
});

/** The suspected offence checked against the Penal Code in force on the day the report was received. */
export const checkOffence = (offence: { article: string; clause?: number | null } | undefined, receivedOn: string) => {
  if (!offence) return null;
  const catalogue = catalogueFor(receivedOn);
  const article = catalogue && findArticle(offence.article, catalogue);
  if (!catalogue || !article?.isOffence || article.isRepealed) {
    throw invalid([
      {
        field: 'suspectedOffence.article',
        vi: `Bộ luật Hình sự có hiệu lực ngày ${receivedOn} không có tội danh tại Điều ${offence.article}`,
        en: `The Penal Code in force on ${receivedOn} has no offence at Article ${offence.article}`,
      },
    ]);
  }
  if (!findClause(offence.article, offence.clause ?? null, catalogue)) {
    throw invalid([
      {
        field: 'suspectedOffence.clause',
        vi: `Điều ${offence.article} không có khoản ${offence.clause ?? '(không ghi)'}`,
        en: `Article ${offence.article} has no clause ${offence.clause ?? '(none given)'}`,
      },
    ]);
  }
  return { article: offence.article, clause: offence.clause ?? null, name: article.name };
};

/** The Art. 9 category that the Art. 147 rule is read for; the rule is the same for every category. */
export const categoryOf = (row: repo.CrimeReportRow): ProcedureCategory => {
  if (!row.offenceArticle) return 'minor';
  const catalogue = catalogueFor(row.receivedOn);
  return (
    (catalogue && categoryOfCharge({ article: row.offenceArticle, clause: row.offenceClause }, catalogue)) || 'minor'
  );
};

/** The API view of a report, with the deadline computed as of `today`. */
export const present = (
  found: Found,
  assignees: CrimeReport['assignees'],
  events: readonly DeadlineEvent[],
  today: string,
): CrimeReport => {
  const r = found.report;
  const catalogue = catalogueFor(r.receivedOn);
  const article = r.offenceArticle && catalogue ? findArticle(r.offenceArticle, catalogue) : undefined;
  return {
    id: r.id,
    officeId: r.officeId,
    officeName: found.officeName,
    number: r.number,
    year: r.year,
    code: `${r.number}/${r.year}/${found.officeCode}`,
    kind: r.kind as CrimeReportKind,
    receivedOn: r.receivedOn,
    source: r.source,
    summary: r.summary,
    suspectedOffence: r.offenceArticle
      ? { article: r.offenceArticle, clause: r.offenceClause, name: article?.name ?? '' }
      : null,
    investigatingBody: { name: r.investigatingBodyName, code: r.investigatingBodyCode },
    secrecy: r.secrecy as Secrecy,
    status: r.status as CrimeReportStatus,
    outcome: r.outcome as CrimeReport['outcome'],
    assignees,
    deadline: settlementDeadline(r.receivedOn, events, categoryOf(r), today),
    createdAt: r.createdAt.toISOString(),
  };
};

/** Fields of a report shown in the audit trail. */
export const auditable = (r: Partial<repo.CrimeReportRow>) => ({
  number: r.number,
  year: r.year,
  kind: r.kind,
  receivedOn: r.receivedOn,
  source: r.source,
  summary: r.summary,
  offenceArticle: r.offenceArticle,
  offenceClause: r.offenceClause,
  investigatingBodyName: r.investigatingBodyName,
  investigatingBodyCode: r.investigatingBodyCode,
  secrecy: r.secrecy,
  status: r.status,
  outcome: r.outcome,
});

/** Loads a report the actor may read (404 otherwise), with its current assignees and its events. */
export const loadReadable = async (ctx: Ctx, id: string) => {
  const found = await repo.findCrimeReport(ctx.db, id);
  if (!found) throw reportNotFound();
  const assignees = await repo.currentAssignments(ctx.db, [id]);
  const resource = resourceOf(
    found,
    assignees.map((a) => a.officerId),
  );
  await authorize(ctx, 'read', resource);
  const events = await repo.listEvents(ctx.db, [id]);
  return { found, assignees, events, resource };
};

/** Loads a report the actor may change: 404 when unreadable, 403 when read-only. */
export const loadWritable = async (ctx: Ctx, id: string) => {
  const loaded = await loadReadable(ctx, id);
  await authorize(ctx, 'write', loaded.resource);
  return loaded;
};
