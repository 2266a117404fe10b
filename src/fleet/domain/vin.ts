/**
 * The Vehicle Identification Number of ISO 3779 as 49 CFR 565 requires it on US vehicles: 17 letters
 * and digits without I, O or Q (they read as 1 and 0), the 9th being a check digit over the other 16.
 */

/** 49 CFR 565.15: each letter counts as a digit; I, O and Q have none because they are never used. */
const LETTER_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Weight of each position; the 9th (the check digit itself) weighs 0. */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

const charValue = (ch: string): number | undefined => (/^[0-9]$/.test(ch) ? Number(ch) : LETTER_VALUES[ch]);

/**
 * The check digit the 9th position must hold: the weighted sum of the values modulo 11, written 'X'
 * when it is 10. Undefined when a character has no value (not a VIN character).
 */
export function vinCheckDigit(vin: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(vin[i] ?? '');
    if (v === undefined) return undefined;
    sum += v * (WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** A VIN as typed or pasted, spaces and case forgiven. */
export const normalVin = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase();

/** What is wrong with a VIN (already trimmed and upper-cased), in words a fleet manager can act on; null when valid. */
export function vinProblem(vin: string): string | null {
  if (vin.length !== 17) return `A VIN has 17 characters; this one has ${vin.length}.`;
  const banned = /[IOQ]/.exec(vin);
  if (banned) {
    return `A VIN never contains I, O or Q (character ${banned.index + 1} is ${banned[0]}; did you mean ${banned[0] === 'I' ? '1' : '0'}?).`;
  }
  const bad = /[^A-Z0-9]/.exec(vin);
  if (bad) return `A VIN has only letters and digits (character ${bad.index + 1} is “${bad[0]}”).`;
  const expected = vinCheckDigit(vin);
  if (expected !== vin[8]) {
    return `The check digit (9th character) of this VIN should be ${expected}, not ${vin[8]}: a character is mistyped.`;
  }
  return null;
}

/** A 17-character draft with its 9th character replaced by the check digit the rest calls for. */
export function withCheckDigit(draft: string): string {
  const digit = vinCheckDigit(`${draft.slice(0, 8)}0${draft.slice(9)}`);
  if (draft.length !== 17 || digit === undefined) throw new Error(`Not a VIN draft: ${draft}`);
  return `${draft.slice(0, 8)}${digit}${draft.slice(9)}`;
}
