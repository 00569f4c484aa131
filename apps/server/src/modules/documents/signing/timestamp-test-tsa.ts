import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildCadesSignature } from './cades.ts';
import type { KeyedCertificate } from './demo-ca.ts';
import { child, oid, readDer, sequence, TAG, tlv } from './der.ts';
import { OID } from './oids.ts';
import { keyedSigner } from './pkcs12-signer.ts';

const generalizedTime = (time: Date) =>
  tlv(TAG.generalizedTime, Buffer.from(`${time.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`, 'latin1'));

/** An RFC 3161 timestamp authority for tests, over HTTP on 127.0.0.1, signing with `tsa` at `clock()`. */
export const startTestTsa = async (tsa: KeyedCertificate, clock = () => new Date()) => {
  const signer = keyedSigner(tsa);
  let requests = 0;
  const server = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', async () => {
      requests++;
      const query = readDer(Buffer.concat(parts));
      const imprint = child(query, 1, 'messageImprint').raw;
      const nonce = query.children().find((item, index) => index > 1 && item.tag === TAG.integer);
      const info = sequence(
        tlv(TAG.integer, Buffer.from([1])),
        oid('1.3.6.1.4.1.99999.1'),
        imprint,
        tlv(TAG.integer, Buffer.concat([Buffer.from([0x01]), randomBytes(8)])),
        generalizedTime(clock()),
        ...(nonce ? [nonce.raw] : []),
      );
      const token = await buildCadesSignature({
        documentDigest: createHash('sha256').update(info).digest(),
        signer,
        encapsulated: { contentType: OID.tstInfo, content: info },
      });
      response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
      response.end(sequence(sequence(tlv(TAG.integer, Buffer.from([0]))), token));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`,
    requests: () => requests,
    close: () => server.close(),
  };
};
