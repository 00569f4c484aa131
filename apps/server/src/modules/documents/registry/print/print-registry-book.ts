import { formatViDate, mayOpenBook, type RegistryBookQuery } from '@eprocuracy/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import { appendAudit } from '../../../../platform/audit.ts';
import type { Ctx } from '../../../../platform/context.ts';
import { notFound } from '../../../../platform/errors.ts';
import { todayInVietnam } from '../../../../platform/time.ts';
import { getOffice } from '../../../identity/offices.ts';
import * as repo from '../registry.repo.ts';
import { incomingDocuments, outgoingDocuments } from '../registry.schema.ts';
import { incomingReadable, outgoingReadable, presentIncoming, presentOutgoing } from '../registry-records.ts';
import { registryBookPdf } from './registry-book-pdf.ts';
import { bookFileName, type Lang, registryBookSheet } from './registry-book-sheet.ts';
import { registryBookXlsx, XLSX_TYPE } from './registry-book-xlsx.ts';

export type PrintedBook = { body: Buffer; type: string; fileName: string };

/**
 * The actor's office's registry book of a year, printed in the layout of Decree 30 Appendix IV (Art. 16(2)(b) and
 * Art. 22(3)(b): a book kept in the system is printed with every field, signed and bound). It lists what the actor
 * may read; the secret book answers 404 to an officer not cleared for it, and printing it is audited.
 */
export const printRegistryBook = async (
  ctx: Ctx,
  { query, lang }: { query: RegistryBookQuery; lang: Lang },
): Promise<PrintedBook> => {
  if (!mayOpenBook(ctx.actor.clearance, query.book)) throw notFound('document');
  const office = await getOffice(ctx, ctx.actor.officeId);
  const today = todayInVietnam();
  const header = {
    lang,
    officeName: office.name,
    year: query.year,
    isSecret: query.book === 'secret',
    printedOn: formatViDate(today),
  };
  const sheet =
    query.direction === 'incoming'
      ? registryBookSheet(header, {
          direction: 'incoming',
          entries: (
            await repo.incomingBook(
              ctx.db,
              and(
                incomingReadable(ctx),
                eq(incomingDocuments.officeId, office.id),
                eq(incomingDocuments.year, query.year),
                eq(incomingDocuments.book, query.book),
              ) as SQL,
            )
          ).map((row) => presentIncoming(row, today)),
        })
      : registryBookSheet(header, {
          direction: 'outgoing',
          entries: (
            await repo.outgoingBook(
              ctx.db,
              and(
                outgoingReadable(ctx),
                eq(outgoingDocuments.officeId, office.id),
                eq(outgoingDocuments.year, query.year),
                eq(outgoingDocuments.book, query.book),
              ) as SQL,
            )
          ).map(presentOutgoing),
        });
  if (query.book === 'secret')
    await ctx.db.transaction((tx) =>
      appendAudit(tx, ctx.audit, {
        action: 'document_registry.secret_book_printed',
        entityType: 'registry_book',
        entityId: office.id,
        changes: { book: { before: null, after: `${query.direction}/${query.year}/${query.format}` } },
      }),
    );
  if (query.format === 'pdf')
    return {
      body: await registryBookPdf(sheet),
      type: 'application/pdf',
      fileName: bookFileName(sheet, office.code, 'pdf'),
    };
  return { body: await registryBookXlsx(sheet), type: XLSX_TYPE, fileName: bookFileName(sheet, office.code, 'xlsx') };
};
