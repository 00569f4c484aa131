import { addDays, type DocumentType, formatNumberSymbol, officeAbbreviation } from '@eprocuracy/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db.ts';
import { newId } from '../../../platform/ids.ts';
import { numberSequences } from '../../../platform/numbering.schema.ts';
import { officers, offices } from '../../identity/identity.schema.ts';
import { incomingDocumentEvents, incomingDocuments, outgoingDocuments } from './registry.schema.ts';

const INCOMING: { type: DocumentType; symbol: string; body: string; abstract: string }[] = [
  {
    type: 'official_letter',
    symbol: 'CV-CSĐT',
    body: 'Cơ quan Cảnh sát điều tra Công an tỉnh',
    abstract: 'V/v đề nghị gia hạn thời hạn giải quyết nguồn tin về tội phạm',
  },
  {
    type: 'decision',
    symbol: 'QĐ-TA',
    body: 'Tòa án nhân dân tỉnh',
    abstract: 'Quyết định đưa vụ án ra xét xử sơ thẩm',
  },
  { type: 'notice', symbol: 'TB-THA', body: 'Cục Thi hành án dân sự tỉnh', abstract: 'Thông báo kết quả thi hành án' },
  {
    type: 'plan',
    symbol: 'KH-VKSTC',
    body: 'Viện kiểm sát nhân dân tối cao',
    abstract: 'Kế hoạch kiểm tra công tác nghiệp vụ năm',
  },
  {
    type: 'invitation',
    symbol: 'GM-UBND',
    body: 'Ủy ban nhân dân tỉnh',
    abstract: 'Giấy mời dự họp giao ban khối nội chính',
  },
  {
    type: 'report',
    symbol: 'BC-CA',
    body: 'Công an tỉnh',
    abstract: 'Báo cáo tình hình tội phạm và kết quả đấu tranh phòng, chống tội phạm',
  },
];
const PER_OFFICE = INCOMING.length;
const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * Demo registry books for every office with prosecutors: incoming documents received over the last weeks, some
 * just registered, some routed to a prosecutor (two of them overdue), some done with a reply in the outgoing book.
 */
export const seedDocumentRegistry = async (db: Db, { today }: { today: string }) => {
  const staff = await db
    .select({ id: officers.id, fullName: officers.fullName, officeId: officers.officeId, code: offices.code })
    .from(officers)
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(inArray(officers.position, ['prosecutor']));
  const byOffice = Map.groupBy(staff, (s) => s.officeId);
  const year = Number(today.slice(0, 4));
  const incoming: (typeof incomingDocuments.$inferInsert)[] = [];
  const outgoing: (typeof outgoingDocuments.$inferInsert)[] = [];
  const events: (typeof incomingDocumentEvents.$inferInsert)[] = [];
  const counters: (typeof numberSequences.$inferInsert)[] = [];
  for (const [officeId, prosecutors] of byOffice) {
    let replies = 0;
    INCOMING.forEach((template, i) => {
      const id = newId();
      // Within this year's book, however early in January the demo is seeded.
      const receivedOn = maxDate(addDays(today, -3 * (PER_OFFICE - i) - 2), `${year}-01-01`);
      const handler = prosecutors[i % prosecutors.length] as (typeof prosecutors)[number];
      // 0–1 just received; 2–3 routed and overdue; 4 in progress; 5 done with a reply.
      const status = i < 2 ? 'received' : i < 4 ? 'routed' : i === 4 ? 'in_progress' : 'done';
      const routed = status !== 'received';
      const replyId = status === 'done' ? newId() : null;
      incoming.push({
        id,
        officeId,
        year,
        book: 'regular',
        number: i + 1,
        receivedOn,
        channel: i % 2 ? 'electronic' : 'paper',
        numberSymbol: `${10 + i}/${template.symbol}`,
        documentDate: addDays(receivedOn, -1),
        type: template.type,
        abstract: template.abstract,
        issuingBody: template.body,
        signer: null,
        secrecy: 'normal',
        urgency: i === 2 ? 'urgent' : 'normal',
        pageCount: 2 + i,
        attachmentCount: 0,
        status,
        handlerId: routed ? handler.id : null,
        unit: routed ? 'Phòng nghiệp vụ' : null,
        dueOn: routed ? addDays(receivedOn, i < 4 ? 5 : 30) : null,
        instruction: null,
        doneOn: status === 'done' ? receivedOn : null,
        handlingNote: null,
        replyId,
      });
      const event = (kind: string, data: Record<string, unknown>) =>
        events.push({ id: newId(), documentId: id, kind, data, actorId: handler.id, actorName: handler.fullName });
      event('registered', { number: i + 1, year, book: 'regular' });
      if (routed) event('routed', { handlerId: handler.id });
      if (status === 'done' && replyId) {
        event('done', {});
        replies += 1;
        outgoing.push({
          id: replyId,
          officeId,
          year,
          book: 'regular',
          number: replies,
          numberSymbol: formatNumberSymbol({
            number: replies,
            type: 'official_letter',
            officeAbbreviation: officeAbbreviation(handler.code),
            unitAbbreviation: 'VP',
          }),
          issuedOn: receivedOn,
          type: 'official_letter',
          abstract: `V/v trả lời: ${template.abstract}`,
          signer: handler.fullName,
          secrecy: 'normal',
          urgency: 'normal',
          recipients: [template.body, 'Lưu: VT'],
          copies: 2,
          pageCount: 1,
          attachmentCount: 0,
          replyToId: id,
        });
      }
    });
    counters.push({ officeId, kind: 'document_incoming', year, lastNumber: PER_OFFICE });
    counters.push({ officeId, kind: 'document_outgoing', year, lastNumber: replies });
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < incoming.length; i += 500)
      await tx.insert(incomingDocuments).values(incoming.slice(i, i + 500));
    for (let i = 0; i < outgoing.length; i += 500)
      await tx.insert(outgoingDocuments).values(outgoing.slice(i, i + 500));
    for (let i = 0; i < events.length; i += 500)
      await tx.insert(incomingDocumentEvents).values(events.slice(i, i + 500));
    if (counters.length) await tx.insert(numberSequences).values(counters);
  });
  return incoming.length;
};
