import { createHash, randomBytes } from 'node:crypto';
import { child, derNull, octetString, oid, readDer, sequence, TAG, tlv } from './der.ts';
import { OID } from './oids.ts';
import { parseTstInfo } from './timestamp-token.ts';

/**
 * An RFC 3161 client: asks the timestamp authority at `url` to timestamp the signature value (PAdES B-T,
 * ETSI EN 319 142-1 6.4: the token goes in the unsigned attribute signature-time-stamp). The token is
 * checked to answer this request (imprint and nonce) before it is used.
 */
export const requestTimestamp = async ({
  url,
  signature,
  timeoutMs = 30_000,
}: {
  url: string;
  signature: Buffer;
  timeoutMs?: number;
}) => {
  const imprint = createHash('sha256').update(signature).digest();
  const nonce = Buffer.concat([Buffer.from([0x01]), randomBytes(8)]);
  const request = sequence(
    tlv(TAG.integer, Buffer.from([1])),
    sequence(sequence(oid(OID.sha256), derNull()), octetString(imprint)),
    tlv(TAG.integer, nonce),
    tlv(TAG.boolean, Buffer.from([0xff])),
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: new Uint8Array(request), // a Buffer is no BodyInit under the DOM typings (e2e)
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`Timestamp authority answered ${response.status}`);
  const reply = readDer(Buffer.from(await response.arrayBuffer()));
  const status = child(child(reply, 0, 'status'), 0, 'PKIStatus').body.readUIntBE(0, 1);
  // 0 granted, 1 granted with modifications (RFC 3161 2.4.2).
  if (status > 1) throw new Error(`Timestamp authority refused the request (status ${status})`);
  const token = Buffer.from(child(reply, 1, 'timeStampToken').raw);
  const info = parseTstInfo(token);
  if (!info.imprint.equals(imprint) || !info.nonce?.equals(nonce))
    throw new Error('The timestamp does not answer this request');
  return token;
};
