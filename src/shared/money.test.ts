import { describe, expect, it } from 'vitest';
import { dollarsToCents } from './money.js';

describe('dollarsToCents', () => {
  const hourly = /(?:h|hr|hour)/;

  it('reads dollars as staff type them, with or without $, commas and the unit', () => {
    expect(dollarsToCents('$21.50', hourly)).toBe(2150);
    expect(dollarsToCents('21.5/hr', hourly)).toBe(2150);
    expect(dollarsToCents('$1,250.00 / mo', /(?:mo|month)/)).toBe(125000);
    // A spreadsheet's 19.989999999999998 is still 19.99.
    expect(dollarsToCents('19.989999999999998', hourly)).toBe(1999);
  });

  it('refuses what is not an amount in whole cents, or has another unit', () => {
    expect(dollarsToCents('21.505', hourly)).toBeNull();
    expect(dollarsToCents('twenty', hourly)).toBeNull();
    expect(dollarsToCents('1250/mo', hourly)).toBeNull();
    expect(dollarsToCents('', hourly)).toBeNull();
  });
});
