import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { sha256 } from '../../platform/passwords.ts';

const ISSUER = 'eProcuracy';

const totpFor = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** A new TOTP secret with its otpauth:// URI and a QR code (data URL) for authenticator apps. */
export const newTotpEnrolment = async (label: string) => {
  const secret = new Secret({ size: 20 }).base32;
  const uri = totpFor(secret, label).toString();
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri) };
};

/** True when the code matches the current 30-second step or the one before or after it. */
export const isValidTotp = (secret: string, code: string): boolean =>
  totpFor(secret, ISSUER).validate({ token: code, window: 1 }) !== null;

/** The current code; used by tests and by nothing else. */
export const currentTotp = (secret: string): string => totpFor(secret, ISSUER).generate();

/** Ten single-use recovery codes (shown once) and their hashes (stored). */
export const newRecoveryCodes = () => {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(6).toString('hex');
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  });
  return { codes, hashes: codes.map(normalizedHash) };
};

export const normalizedHash = (code: string): string => sha256(code.trim().toLowerCase());
