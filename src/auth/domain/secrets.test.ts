import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, oneTimePassword } from './secrets.js';

const OTP_CHARS = 'abcdefghjkmnpqrstuvwxyz23456789';
const OTP_FORMAT = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/;

describe('newSecret', () => {
  it('is 32 random bytes in base64url (43 characters) after the prefix', () => {
    expect(newSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret('sh_')).toMatch(/^sh_[A-Za-z0-9_-]{43}$/);
  });

  it('never repeats', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => newSecret()));
    expect(seen.size).toBe(1000);
  });
});

describe('hashSecret', () => {
  it('is SHA-256 in hex (FIPS 180-2 example "abc")', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('property: is deterministic, 64 hex digits, and never the secret itself', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = hashSecret(s);
        expect(h).toMatch(/^[0-9a-f]{64}$/);
        expect(hashSecret(s)).toBe(h);
        expect(h).not.toBe(s);
      }),
    );
  });

  it('property: different secrets give different hashes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(hashSecret(a)).not.toBe(hashSecret(b));
      }),
    );
  });
});

describe('oneTimePassword', () => {
  it('property: is four groups of four readable characters, without look-alikes', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const otp = oneTimePassword();
        expect(otp).toMatch(OTP_FORMAT);
        expect(otp).not.toMatch(/[ilo01]/);
      }),
      { numRuns: 500 },
    );
  });

  it('uses the whole alphabet and does not repeat', () => {
    const many = Array.from({ length: 2000 }, oneTimePassword);
    expect(new Set(many).size).toBe(many.length);
    const used = new Set(many.join('').replaceAll('-', ''));
    expect([...used].sort().join('')).toBe([...OTP_CHARS].sort().join(''));
  });

  it('is long enough for a first password (at least 10 characters without dashes)', () => {
    expect(oneTimePassword().replaceAll('-', '').length).toBeGreaterThanOrEqual(10);
  });
});
