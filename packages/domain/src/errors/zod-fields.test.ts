import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZCreateOfficerInput, ZLoginInput } from '../identity/contracts.ts';
import { toFieldErrors } from './zod-fields.ts';

test('each failing field gets a Vietnamese and an English message', () => {
  const result = ZCreateOfficerInput.safeParse({
    username: 'A',
    fullName: '',
    officeId: 'x',
    position: 'judge',
    extra: 1,
  });
  assert.ok(!result.success);
  const errors = toFieldErrors(result.error.issues);
  const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
  assert.deepEqual(Object.keys(byField).sort(), ['extra', 'fullName', 'officeId', 'password', 'position', 'username']);
  assert.equal(byField.password?.vi, 'Bắt buộc nhập');
  assert.equal(byField.password?.en, 'Required');
  assert.match(byField.position?.vi ?? '', /chọn một trong: head/);
  assert.equal(byField.extra?.en, 'Unknown field: extra');
  assert.equal(byField.fullName?.vi, 'Cần ít nhất 1 ký tự');
});

test('a prefix names the part of the request', () => {
  const result = ZLoginInput.safeParse({});
  assert.ok(!result.success);
  assert.deepEqual(
    toFieldErrors(result.error.issues, 'body').map((e) => e.field),
    ['body.username', 'body.password'],
  );
});

test('the password policy explains itself', () => {
  const result = ZCreateOfficerInput.shape.password.safeParse('short');
  assert.ok(!result.success);
  assert.match(toFieldErrors(result.error.issues)[0]?.en ?? '', /at least 12 characters/);
});

test('format errors say what the format is, not which regular expression failed', () => {
  const result = ZLoginInput.safeParse({ username: 'Ông Ba', password: 'x' });
  assert.ok(!result.success);
  const [error] = toFieldErrors(result.error.issues);
  assert.equal(error?.field, 'username');
  assert.match(error?.vi ?? '', /chữ thường không dấu/);
  assert.doesNotMatch(error?.en ?? '', /regex/);
});
