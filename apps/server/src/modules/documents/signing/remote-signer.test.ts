import assert from 'node:assert/strict';
import { constants, createPrivateKey, privateEncrypt } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import type { KeyedCertificate } from './demo-ca.ts';
import { remoteSigner } from './remote-signer.ts';
import { signPdf } from './sign-pdf.ts';
import { issueTestIdentities, makeTestPdf, trustOf } from './signing-test-fixtures.ts';
import { verifyPdf } from './verify-pdf.ts';

// DER prefix of DigestInfo { sha256, digest } (RFC 8017 9.2 note 1): what a token signs with CKM_RSA_PKCS.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** A fake signing service holding one key, as an HSM front-end or a token agent would: it sees only digests. */
const startFakeSigner = async (keyed: KeyedCertificate, token: string) => {
  const key = createPrivateKey(keyed.privateKeyPem);
  const seen: string[] = [];
  const server = createServer(async (request, response) => {
    const body = await new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => resolve(text));
    });
    seen.push(`${request.method} ${request.url}`);
    const reply = (status: number, json: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    if (request.headers.authorization !== `Bearer ${token}`) return reply(401, { error: 'unauthorised' });
    if (request.method === 'GET' && request.url === '/keys/ksv-an/certificates') {
      return reply(200, { certificates: [keyed.certificate, ...keyed.chain].map((c) => c.der.toString('base64')) });
    }
    if (request.method === 'POST' && request.url === '/keys/ksv-an/sign') {
      const { digest } = JSON.parse(body) as { digest: string };
      const signature = privateEncrypt(
        { key, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(digest, 'base64')]),
      );
      return reply(200, { signature: signature.toString('base64') });
    }
    return reply(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => server.close() };
};

describe('remote signer', () => {
  const ids = issueTestIdentities();
  const fake = startFakeSigner(ids.officer, 'token-123');
  after(async () => (await fake).close());

  test('signs a PDF through the HTTP contract, and the signature verifies', async () => {
    const { url, seen } = await fake;
    const signer = await remoteSigner({ url, keyId: 'ksv-an', token: 'token-123' });
    const signed = await signPdf({ pdf: await makeTestPdf(2), signer, placement: { kind: 'personal' } });
    const report = await verifyPdf({ pdf: signed, trust: trustOf(ids.authority) });
    assert.equal(report.isValid, true);
    assert.equal(report.signatures[0]?.signer?.commonName, 'Nguyễn Văn An');
    assert.deepEqual(seen.slice(-2), ['GET /keys/ksv-an/certificates', 'POST /keys/ksv-an/sign']);
  });

  test('a refused token is an error, not a signature', async () => {
    const { url } = await fake;
    await assert.rejects(remoteSigner({ url, keyId: 'ksv-an', token: 'wrong' }), /answered 401/);
  });
});
