import type { SignerIdentity } from '@eprocuracy/domain';
import { type Der, decodeOid, decodeString, TAG } from './der.ts';
import { OID } from './oids.ts';

const SHORT: Record<string, string> = {
  [OID.commonName]: 'CN',
  [OID.title]: 'T',
  [OID.organisationalUnit]: 'OU',
  [OID.organisation]: 'O',
  [OID.locality]: 'L',
  [OID.province]: 'ST',
  [OID.country]: 'C',
  [OID.serialNumber]: 'SERIALNUMBER',
  [OID.userId]: 'UID',
  [OID.email]: 'E',
};

/** The attributes of an X.509 Name in order, as [OID, text]. */
export const nameAttributes = (name: Der): [string, string][] =>
  name
    .children()
    .flatMap((rdn) => rdn.children())
    .map((pair) => {
      const [type, value] = pair.children();
      if (!type || type.tag !== TAG.oid || !value) throw new Error('X.509: malformed name');
      return [decodeOid(type), decodeString(value)];
    });

/** A one-line form of a Name ("CN=Nguyễn Văn An, O=…"), most specific first. */
export const formatName = (attributes: [string, string][]) =>
  attributes
    .toReversed()
    .map(([type, value]) => `${SHORT[type] ?? type}=${value}`)
    .join(', ');

/** The fields of a certificate's subject that say who signed. */
export const identityFromName = (
  attributes: [string, string][],
): Omit<SignerIdentity, 'serialNumber' | 'issuer' | 'subject'> => {
  const first = (oid: string) => attributes.find(([type]) => type === oid)?.[1];
  const all = (oid: string) => attributes.filter(([type]) => type === oid).map(([, value]) => value);
  return {
    commonName: first(OID.commonName) ?? '',
    title: first(OID.title),
    organisation: first(OID.organisation),
    organisationalUnits: all(OID.organisationalUnit),
    locality: first(OID.locality) ?? first(OID.province),
    country: first(OID.country),
  };
};
