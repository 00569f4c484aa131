/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { penaltyText, termText } from './penalty-text.ts';
import { casesEn, casesVi } from './texts.ts';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'vi',
  resources: { vi: { translation: { cases: casesVi } }, en: { translation: { cases: casesEn } } },
  interpolation: { escapeValue: false },
});
const vi = i18n.getFixedT('vi');
const en = i18n.getFixedT('en');

test('terms read in years and months', () => {
  assert.equal(termText(vi, 6), '6 tháng');
  assert.equal(termText(vi, 36), '3 năm');
  assert.equal(termText(vi, 30), '2 năm 6 tháng');
  assert.equal(termText(en, 13), '1 year 1 month');
});

test('Art. 173(1) PC reads as the Code writes it', () => {
  const range = {
    kinds: ['non_custodial_reform', 'imprisonment'] as const,
    minMonths: 6,
    maxMonths: 36,
    reformMaxMonths: 36,
  };
  assert.equal(
    penaltyText(vi, { ...range, kinds: [...range.kinds] }),
    'Phạt cải tạo không giam giữ đến 3 năm hoặc phạt tù từ 6 tháng đến 3 năm',
  );
  assert.equal(
    penaltyText(en, { ...range, kinds: [...range.kinds] }),
    'Non-custodial reform up to 3 years or imprisonment from 6 months to 3 years',
  );
});

test('fines, life and death', () => {
  assert.equal(
    penaltyText(vi, { kinds: ['fine', 'imprisonment'], fineMin: 20_000_000, fineMax: 100_000_000, maxMonths: 24 }),
    'Phạt tiền từ 20.000.000 đến 100.000.000 đồng hoặc phạt tù đến 2 năm',
  );
  assert.equal(
    penaltyText(vi, { kinds: ['imprisonment', 'life', 'death'], minMonths: 240, maxMonths: 240 }),
    'Phạt tù từ 20 năm đến 20 năm hoặc tù chung thân hoặc tử hình',
  );
  assert.equal(penaltyText(vi, undefined), '');
});
