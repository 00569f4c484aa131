/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveNext } from './safe-next.ts';

const origin = 'https://vks.example.gov.vn';

test('OpenID Connect paths on the same origin leave the app', () => {
  assert.deepEqual(resolveNext('/oidc/interaction/abc?x=1', origin), { external: '/oidc/interaction/abc?x=1' });
});

test('other same-origin paths stay inside the app', () => {
  assert.deepEqual(resolveNext('/officers?q=An', origin), { internal: '/officers?q=An' });
  assert.deepEqual(resolveNext(null, origin), { internal: '/' });
  assert.deepEqual(resolveNext('/login', origin), { internal: '/' });
  assert.deepEqual(resolveNext('/api/me', origin), { internal: '/' });
});

test('addresses on other origins never become the destination', () => {
  for (const next of [
    'https://evil.example/oidc/x',
    '//evil.example/oidc/x',
    '/\\evil.example/oidc/x',
    'javascript:alert(1)',
    'oidc/relative',
  ]) {
    assert.deepEqual(resolveNext(next, origin), { internal: '/' }, next);
  }
});
