import fc from 'fast-check';
import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, totpCode, totpUri } from './totp.js';

const STEP_MS = 30_000;
/** A fixed instant in the middle of a 30-second step; no test depends on the wall clock. */
const AT = Date.UTC(2026, 10, 21, 8, 0, 15);
const stepOf = (at: number) => Math.floor(at / STEP_MS);

/** RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" (base32 below), 8-digit codes. */
const RFC_SECRET = new Secret({ buffer: new TextEncoder().encode('12345678901234567890').buffer }).base32;

describe('TOTP', () => {
  it('encodes the RFC 6238 seed as expected', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('gives the last six digits of the RFC 6238 appendix B code at T=%i', (seconds, code) => {
    expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(code);
  });

  it('makes a fresh 160-bit base32 secret each time', () => {
    const a = newTotpSecret();
    const b = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(a).not.toBe(b);
  });

  it('writes an otpauth:// URI naming the issuer, the account and the secret', () => {
    const secret = newTotpSecret();
    const uri = new URL(totpUri(secret, 'dana@acme.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Stationhand:dana@acme.test');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Stationhand');
  });

  it('accepts a generated code and returns its time step', () => {
    const secret = newTotpSecret();
    expect(matchTotp(secret, totpCode(secret, AT), null, AT)).toBe(stepOf(AT));
  });

  it('accepts a code typed with spaces', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, AT);
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, AT)).toBe(stepOf(AT));
  });

  it('refuses a replayed code: its step, or an earlier one, was already used', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, AT);
    const step = matchTotp(secret, code, null, AT);
    expect(step).not.toBeNull();
    expect(matchTotp(secret, code, step, AT)).toBeNull();
    expect(matchTotp(secret, code, stepOf(AT) + 1, AT)).toBeNull();
    // The step before is fine: a newer code after an older one.
    expect(matchTotp(secret, code, stepOf(AT) - 1, AT)).toBe(stepOf(AT));
  });

  it('allows one step of clock drift either way, and no more', () => {
    const secret = newTotpSecret();
    expect(matchTotp(secret, totpCode(secret, AT - STEP_MS), null, AT)).toBe(stepOf(AT) - 1);
    expect(matchTotp(secret, totpCode(secret, AT + STEP_MS), null, AT)).toBe(stepOf(AT) + 1);
    const far = [AT - 2 * STEP_MS, AT + 2 * STEP_MS].map((t) => totpCode(secret, t));
    const near = [-1, 0, 1].map((d) => totpCode(secret, AT + d * STEP_MS));
    for (const code of far.filter((c) => !near.includes(c)))
      expect(matchTotp(secret, code, null, AT)).toBeNull();
  });

  it('refuses a wrong code', () => {
    const secret = newTotpSecret();
    const valid = new Set([-1, 0, 1].map((d) => totpCode(secret, AT + d * STEP_MS)));
    const wrong = ['000000', '111111', '123456', '999999'].find((c) => !valid.has(c)) as string;
    expect(matchTotp(secret, wrong, null, AT)).toBeNull();
  });

  it('refuses a code from another secret', () => {
    const theirs = 'JBSWY3DPEHPK3PXP';
    const code = totpCode(theirs, AT);
    expect([-1, 0, 1].map((d) => totpCode(RFC_SECRET, AT + d * STEP_MS))).not.toContain(code);
    expect(matchTotp(RFC_SECRET, code, null, AT)).toBeNull();
    expect(matchTotp(theirs, code, null, AT)).toBe(stepOf(AT));
  });

  it.each(['', '12345', '1234567', '12345a', 'abcdef', '12-456', '１２３４５６'])(
    'refuses the malformed code %j even when its digits would match',
    (code) => {
      const secret = newTotpSecret();
      expect(matchTotp(secret, code, null, AT)).toBeNull();
    },
  );

  it('refuses a valid code with a seventh digit added', () => {
    const secret = newTotpSecret();
    expect(matchTotp(secret, `${totpCode(secret, AT)}0`, null, AT)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, AT).slice(0, 5), null, AT)).toBeNull();
  });

  it('property: every generated code is six digits and matches at its own instant', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (bytes, at) => {
          const secret = new Secret({ buffer: bytes.slice().buffer }).base32;
          const code = totpCode(secret, at);
          expect(code).toMatch(/^\d{6}$/);
          expect(matchTotp(secret, code, null, at)).toBe(stepOf(at));
          expect(matchTotp(secret, code, stepOf(at), at)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
