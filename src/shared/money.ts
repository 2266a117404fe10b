import { z } from 'zod';

/** Money is stored as integer cents; an amount a DSP pays or is paid is below $100,000. */
export const Cents = z.number().int('Money is whole cents.').min(0).max(100_000_00);

/**
 * Dollars as DSP staff type them ("$1,250.00", "21.5", "21.50/hr") as integer cents, or null when the
 * text is not an amount in whole cents. `per` is the unit that may follow, e.g. /(?:h|hr|hour)/.
 */
export function dollarsToCents(text: string, per: RegExp): number | null {
  const m = new RegExp(`^\\$?\\s*(\\d{1,7}(?:\\.\\d+)?)\\s*(?:\\/\\s*${per.source})?$`, 'i').exec(
    text.replace(/,/g, ''),
  );
  const dollars = m?.[1] === undefined ? Number.NaN : Number(m[1]);
  const cents = Math.round(dollars * 100);
  // A spreadsheet may hold 19.99 as 19.989999999999998: that is still whole cents; 21.505 is not.
  return Number.isNaN(dollars) || Math.abs(dollars * 100 - cents) > 1e-6 ? null : cents;
}
