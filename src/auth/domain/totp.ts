import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Stationhand';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secretBase32) }).toString();
}

/**
 * Checks a 6-digit code with one step of clock drift either way and returns the time step it
 * belongs to, so a caller can refuse a code that was already used (replay).
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  lastStep: number | null,
  at = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const secret = Secret.fromBase32(secretBase32);
  const delta = TOTP.validate({ token, secret, timestamp: at, window: 1 });
  if (delta === null) return null;
  const step = TOTP.counter({ timestamp: at }) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

export const totpCode = (secretBase32: string, at = Date.now()): string =>
  TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: at });
