import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SECRECY_LEVELS, secrecyRank } from '../identity/vocab.ts';
import { ZCaseDocumentFields } from './case-file-contracts.ts';
import { checkFolioRange, checkTypeForKind, effectiveSecrecy, reorderVisible } from './case-file-rules.ts';
import { CASE_DOCUMENT_TYPE_CODES, CASE_DOCUMENT_TYPES } from './document-types.ts';
import { ACCEPTED_FILE_TYPES, acceptedFileType, FILE_KINDS, initialDigitisationStatus } from './file-kinds.ts';

describe('case-file rules', () => {
  test('a document is read at the higher of its own and its case’s secrecy', () => {
    for (const a of SECRECY_LEVELS) {
      for (const b of SECRECY_LEVELS) {
        const level = effectiveSecrecy(a, b);
        assert.equal(secrecyRank(level), Math.max(secrecyRank(a), secrecyRank(b)), `${a} ${b}`);
      }
    }
  });

  test('folio ranges run forwards and need a start', () => {
    assert.deepEqual(checkFolioRange(null, null), []);
    assert.deepEqual(checkFolioRange(3, null), []);
    assert.deepEqual(checkFolioRange(3, 3), []);
    assert.equal(checkFolioRange(5, 4)[0]?.field, 'folioTo');
    assert.equal(checkFolioRange(null, 4)[0]?.field, 'folioFrom');
  });

  test('recordings are filed as recordings, paper records as paper', () => {
    assert.deepEqual(checkTypeForKind('interrogation_recording', 'video'), []);
    assert.deepEqual(checkTypeForKind('interrogation_record', 'pdf'), []);
    const refused = checkTypeForKind('interrogation_record', 'audio');
    assert.equal(refused[0]?.field, 'type');
    assert.match(refused[0]?.vi ?? '', /Biên bản hỏi cung bị can/);
    assert.deepEqual(checkTypeForKind('interrogation_recording', 'pdf').length, 1);
    for (const kind of FILE_KINDS) assert.deepEqual(checkTypeForKind('other', kind), [], `other takes ${kind}`);
  });

  test('every document type has a label in both languages, an article and at least one kind of file', () => {
    assert.equal(new Set(CASE_DOCUMENT_TYPE_CODES).size, CASE_DOCUMENT_TYPES.length);
    for (const type of CASE_DOCUMENT_TYPES) {
      assert.ok(type.label.vi && type.label.en, type.code);
      assert.ok(type.basis.article > 0, type.code);
      assert.ok(type.kinds.length > 0, type.code);
    }
  });

  test('accepted types: recognised extensions only, recordings are not digitised', () => {
    assert.equal(acceptedFileType('pdf')?.kind, 'pdf');
    assert.equal(acceptedFileType('docx')?.kind, 'docx');
    assert.equal(acceptedFileType('exe'), undefined);
    assert.equal(acceptedFileType('zip'), undefined);
    assert.equal(acceptedFileType(undefined), undefined);
    for (const type of ACCEPTED_FILE_TYPES) {
      const status = initialDigitisationStatus(type.kind);
      assert.equal(status === 'not_applicable', type.kind === 'audio' || type.kind === 'video', type.ext);
    }
  });

  test('upload form fields: blanks are absent, numbers come as text, secrecy defaults to normal', () => {
    const parsed = ZCaseDocumentFields.parse({
      type: 'decision',
      title: ' Quyết định khởi tố vụ án ',
      documentDate: '',
      folioFrom: '12',
      folioTo: '',
      secrecy: '',
    });
    assert.deepEqual(parsed, {
      type: 'decision',
      title: 'Quyết định khởi tố vụ án',
      documentDate: undefined,
      folioFrom: 12,
      folioTo: undefined,
      secrecy: 'normal',
    });
    assert.equal(ZCaseDocumentFields.safeParse({ type: 'decision', title: 'x', folioFrom: 'abc' }).success, false);
    assert.equal(ZCaseDocumentFields.safeParse({ type: 'nope', title: 'x' }).success, false);
    assert.equal(ZCaseDocumentFields.safeParse({ type: 'decision', title: 'x', extra: '1' }).success, false);
  });
});

const arbOrder = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }).chain((ids) =>
  fc.record({
    current: fc.constant(ids),
    hidden: fc.subarray(ids),
    seed: fc.integer(),
  }),
);

const shuffle = (items: string[], seed: number) => {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
};

describe('reordering what the actor sees (property)', () => {
  test('hidden documents keep their places; the visible ones take the requested order', () => {
    fc.assert(
      fc.property(arbOrder, ({ current, hidden, seed }) => {
        const hiddenSet = new Set(hidden);
        const visible = new Set(current.filter((id) => !hiddenSet.has(id)));
        const requested = shuffle([...visible], seed);
        const result = reorderVisible(current, visible, requested);
        assert.ok(result.ok);
        assert.equal(result.order.length, current.length);
        assert.deepEqual([...result.order].sort(), [...current].sort());
        current.forEach((id, i) => {
          if (hiddenSet.has(id)) assert.equal(result.order[i], id);
        });
        assert.deepEqual(
          result.order.filter((id) => visible.has(id)),
          requested,
        );
      }),
      { numRuns: 500 },
    );
  });

  test('a request that is not exactly the visible documents is refused', () => {
    fc.assert(
      fc.property(arbOrder, fc.uuid(), ({ current, hidden }, stranger) => {
        const hiddenSet = new Set(hidden);
        const visibleIds = current.filter((id) => !hiddenSet.has(id));
        const visible = new Set(visibleIds);
        if (hidden.length > 0)
          assert.equal(reorderVisible(current, visible, [...visibleIds, hidden[0] as string]).ok, false);
        if (!current.includes(stranger))
          assert.equal(reorderVisible(current, visible, [...visibleIds, stranger]).ok, false);
        if (visibleIds.length > 0) {
          assert.equal(reorderVisible(current, visible, visibleIds.slice(1)).ok, false);
          assert.equal(reorderVisible(current, visible, [...visibleIds, visibleIds[0] as string]).ok, false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
