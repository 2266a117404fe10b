import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cents } from '../../shared/money.js';
import { LicenseState, Phone, TransporterId } from './driver.js';

// Issue 3: "Amazon Transporter ID (unique in the org; 'A' + 12–13 letters/digits), phone (E.164, validated)".

describe('TransporterId', () => {
  it("issue 3: 'A' + 12–13 letters/digits, upper-cased and trimmed", () => {
    expect(TransporterId.parse('A1B2C3D4E5F6G')).toBe('A1B2C3D4E5F6G'); // 12 after the A
    expect(TransporterId.parse(' a1b2c3d4e5f6g7 ')).toBe('A1B2C3D4E5F6G7'); // 13 after the A
  });

  it("issue 3: refuses 11 or 14 characters after the 'A', another first letter, and punctuation", () => {
    for (const bad of ['A1B2C3D4E5F6', 'A1B2C3D4E5F6G7H', 'B1B2C3D4E5F6G7', 'A1B2C3D4-5F6G7', '']) {
      expect(TransporterId.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("issue 3: any 'A' + 12–13 letters/digits, in any case, is accepted as the upper-case id", () => {
    const id = fc
      .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz'), {
        minLength: 12,
        maxLength: 13,
      })
      .map((chars) => `a${chars.join('')}`);
    fc.assert(fc.property(id, (s) => TransporterId.parse(s) === s.toUpperCase()));
  });
});

describe('Phone', () => {
  it('issue 3: phone (E.164, validated): a US number with punctuation becomes +1…', () => {
    expect(Phone.parse('(512) 555-0123')).toBe('+15125550123');
    expect(Phone.parse('1-512-555-0123')).toBe('+15125550123');
    expect(Phone.parse('+1 512.555.0123')).toBe('+15125550123');
    expect(Phone.parse('+44 20 7946 0958')).toBe('+442079460958');
  });

  it('issue 3: phone (E.164, validated): refuses what is not a phone number', () => {
    for (const bad of ['555-0123', 'call me', '+0 512 555 0123', '12345678901234567', '']) {
      expect(Phone.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('issue 3: any 10-digit US number, in any of the usual punctuations, normalises to +1 and its digits', () => {
    const d = fc.integer({ min: 0, max: 9 }).map(String);
    const n = fc.integer({ min: 2, max: 9 }).map(String); // area codes and exchanges start 2–9
    const number = fc.tuple(n, d, d, n, d, d, d, d, d, d).map((ds) => ds.join(''));
    const styles: ((a: string, b: string, c: string) => string)[] = [
      (a, b, c) => `${a}${b}${c}`,
      (a, b, c) => `(${a}) ${b}-${c}`,
      (a, b, c) => `(${a})${b}-${c}`,
      (a, b, c) => `${a}-${b}-${c}`,
      (a, b, c) => `${a}.${b}.${c}`,
      (a, b, c) => `${a} ${b} ${c}`,
      (a, b, c) => `1 ${a} ${b} ${c}`,
      (a, b, c) => `1-${a}-${b}-${c}`,
      (a, b, c) => `+1 (${a}) ${b}-${c}`,
      (a, b, c) => `+1${a}${b}${c}`,
      (a, b, c) => ` ${a}-${b}-${c} `,
    ];
    fc.assert(
      fc.property(number, fc.constantFrom(...styles), (digits, style) => {
        const typed = style(digits.slice(0, 3), digits.slice(3, 6), digits.slice(6));
        expect(Phone.parse(typed)).toBe(`+1${digits}`);
      }),
    );
  });
});

describe('LicenseState and Cents', () => {
  it("issue 3: driver's license state is a two-letter US state", () => {
    expect(LicenseState.parse(' tx ')).toBe('TX');
    expect(LicenseState.safeParse('Texas').success).toBe(false);
    expect(LicenseState.safeParse('XX').success).toBe(false);
  });

  it('issue 3: hourly rate (cents) is whole, non-negative cents', () => {
    expect(Cents.parse(2150)).toBe(2150);
    expect(Cents.safeParse(21.5).success).toBe(false);
    expect(Cents.safeParse(-1).success).toBe(false);
  });
});
