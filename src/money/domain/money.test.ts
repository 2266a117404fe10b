import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountMatches, formatDollars, lineAmountCents, parseCents, parseQuantity } from './money.js';

describe('parseCents: money as invoices write it, in integer cents', () => {
  it.each([
    ['$1,234.50', 123450],
    ['1234.5', 123450],
    ['(12.00)', -1200],
    ['($12.00)', -1200],
    ['-$12.00', -1200],
    ['$-12.00', -1200],
    ['$ 88,556.70', 8855670],
    ['0.06', 6],
    ['$0', 0],
    ['-0.00', 0],
    ['.5', 50],
    ['19.989999999999998', 1999], // a spreadsheet's 19.99
  ])('%j → %d', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
  });

  it.each(['', '$', '12.005', '1,23.00', '--12', '(-12.00)', 'twelve', '12.00.1', '$1 2'])(
    '%j is not money',
    (text) => {
      expect(parseCents(text)).toBeNull();
    },
  );

  it('reads back any amount written with two decimals, thousands separators and brackets', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const dollars = (Math.abs(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
        expect(parseCents(cents < 0 ? `(${dollars})` : `$${dollars}`)).toBe(cents);
        expect(parseCents(formatDollars(cents))).toBe(cents);
      }),
    );
  });
});

describe('parseQuantity', () => {
  it('reads whole and decimal quantities with thousands separators', () => {
    expect(parseQuantity('30')).toBe(30);
    expect(parseQuantity('55,428')).toBe(55428);
    expect(parseQuantity('0.37')).toBe(0.37);
    expect(parseQuantity('-1')).toBe(-1);
    for (const bad of ['', 'x', '1.23456', '1,2', '$3']) expect(parseQuantity(bad), bad).toBeNull();
  });
});

describe('lineAmountCents and amountMatches: quantity × rate', () => {
  it('money.md: unplanned delay 0.37 h × $32.49 = $12.02; 30 Rivian blocks × $325 = $9,750', () => {
    expect(lineAmountCents(0.37, 3249)).toBe(1202);
    expect(lineAmountCents(30, 32500)).toBe(975000);
    expect(amountMatches(0.37, 3249, 1202)).toBe(true);
  });

  it('takes a fraction of a cent rounded either way, never a whole cent off', () => {
    expect(lineAmountCents(0.5, 3249)).toBe(1625); // 1624.5: halves away from zero
    expect(lineAmountCents(-0.5, 3249)).toBe(-1625);
    expect(amountMatches(0.5, 3249, 1624)).toBe(true);
    expect(amountMatches(0.5, 3249, 1625)).toBe(true);
    expect(amountMatches(0.5, 3249, 1623)).toBe(false);
    expect(amountMatches(400, 6, 2340)).toBe(false);
  });

  it('matches its own rounding and nothing two cents off, exactly where floating point is not', () => {
    expect(lineAmountCents(0.29, 100)).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (units, rate) => {
          const quantity = units / 100;
          const amount = lineAmountCents(quantity, rate);
          expect(amountMatches(quantity, rate, amount)).toBe(true);
          expect(amountMatches(quantity, rate, amount + 2)).toBe(false);
          expect(amountMatches(quantity, rate, amount - 2)).toBe(false);
        },
      ),
    );
  });
});

describe('formatDollars', () => {
  it('writes cents as dollars for people', () => {
    expect(formatDollars(8855670)).toBe('$88,556.70');
    expect(formatDollars(-1200)).toBe('-$12.00');
    expect(formatDollars(6)).toBe('$0.06');
  });
});
