import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vinCheckDigit, vinProblem } from './vin.js';
import { Vin } from './vin-schema.js';

// Check digit rule: 49 CFR 565.15 (transliteration, weights 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2, mod 11).
describe('VIN check digit', () => {
  it('accepts real VINs, including one whose check digit is X', () => {
    expect(vinProblem('1M8GDM9AXKP042788')).toBeNull(); // the worked example of the rule, check digit X
    expect(vinProblem('11111111111111111')).toBeNull(); // 89 mod 11 = 1
    expect(vinProblem('1HGCM82633A004352')).toBeNull(); // a Honda VIN common in examples, check digit 3
    expect(vinProblem('JH4KA7561PC008269')).toBeNull(); // an Acura, check digit 1
  });

  it('names the expected check digit of a VIN with a typo', () => {
    // 1HGCM82633A004352 with its 4th character mistyped (C → N): the sum moves, the 9th must now be 2.
    expect(vinProblem('1HGNM82633A004352')).toBe(
      'The check digit (9th character) of this VIN should be 2, not 3: a character is mistyped.',
    );
  });

  it('computes X for a remainder of 10', () => {
    expect(vinCheckDigit('1M8GDM9A_KP042788'.replace('_', '0'))).toBe('X');
  });

  it('says which character the 9th should be when one is mistyped', () => {
    expect(vinProblem('1M8GDM9A1KP042788')).toBe(
      'The check digit (9th character) of this VIN should be X, not 1: a character is mistyped.',
    );
    expect(vinProblem('11111111211111111')).toContain('should be 1, not 2');
  });

  it('refuses I, O and Q, other characters, and wrong lengths', () => {
    expect(vinProblem('1M8GDM9AXKP04278O')).toBe(
      'A VIN never contains I, O or Q (character 17 is O; did you mean 0?).',
    );
    expect(vinProblem('I1111111111111111')).toContain('did you mean 1?');
    expect(vinProblem('1M8GDM9AXKP04278')).toBe('A VIN has 17 characters; this one has 16.');
    expect(vinProblem('1M8GDM9AXKP0427-8')).toContain('character 16 is “-”');
  });

  it('reads a VIN with spaces and lower case, and reports the problem as a zod issue', () => {
    expect(Vin.parse(' 1m8gdm9axkp 042788 ')).toBe('1M8GDM9AXKP042788');
    const r = Vin.safeParse('1M8GDM9A1KP042788');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('should be X');
  });
});

const VIN_CHARS = [...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'];
const body = fc.array(fc.constantFrom(...VIN_CHARS), { minLength: 17, maxLength: 17 });
const withCheckDigit = (chars: string[]) => {
  const draft = chars.join('');
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
};

describe('VIN check digit properties', () => {
  it('a VIN given its computed check digit is valid', () => {
    fc.assert(fc.property(body, (chars) => vinProblem(withCheckDigit(chars)) === null));
  });

  it('the check digit does not depend on what the 9th position held', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...VIN_CHARS), (chars, ninth) => {
        const other = [...chars];
        other[8] = ninth;
        return vinCheckDigit(chars.join('')) === vinCheckDigit(other.join(''));
      }),
    );
  });

  it('changing one digit of a weighted position to another digit is always caught', () => {
    // Weights 2..10 are invertible mod 11, so any single-digit change alters the sum's remainder.
    const weighted = fc.integer({ min: 0, max: 16 }).filter((i) => i !== 8);
    fc.assert(
      fc.property(body, weighted, fc.integer({ min: 1, max: 9 }), (chars, pos, delta) => {
        const vin = withCheckDigit(chars.map((c, i) => (i === 8 ? c : String(c.charCodeAt(0) % 10))));
        const d = Number(vin[pos]);
        const typo = `${vin.slice(0, pos)}${(d + delta) % 10}${vin.slice(pos + 1)}`;
        return vinProblem(typo) !== null;
      }),
    );
  });
});
