import { z } from 'zod';

/**
 * Amounts and quantities as Amazon's invoices write them, read exactly: money as integer cents, a
 * quantity (0.37 hours of unplanned delay) as a decimal of at most four places.
 */

/** Most places a quantity may have: 0.37 h, 1.25 blocks; a product with a rate stays an exact integer. */
const QUANTITY_PLACES = 4;
const QUANTITY_SCALE = 10 ** QUANTITY_PLACES;

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** The value of unsigned digits with thousands separators, in units of 10^-places, or null. */
function scaled(text: string, places: number): number | null {
  const m = DIGITS.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const whole = Number((m[1] ?? '0').replace(/,/g, ''));
  const fraction = m[2] ?? '';
  if (fraction.length > places) {
    // A spreadsheet may hold 19.99 as 19.989999999999998: still whole cents; 1.005 is not.
    const value = Number(`${whole}.${fraction}`) * 10 ** places;
    return Math.abs(value - Math.round(value)) < 1e-6 ? Math.round(value) : null;
  }
  return whole * 10 ** places + Number(fraction.padEnd(places, '0') || '0');
}

/** "$1,234.50" → 123450, "(12.00)" or "-$12.00" → -1200, "1234.5" → 123450; null when it is not money. */
export function parseCents(text: string): number | null {
  let s = text.trim();
  let sign = 1;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    s = (bracketed[1] ?? '').trim();
    sign = -1;
  }
  const [, before = '', after = '', digits = ''] = /^(-?)\s*\$?\s*(-?)(.*)$/.exec(s) ?? [];
  const minus = before + after;
  if (minus.length > 1 || (bracketed && minus)) return null;
  if (minus) sign = -1;
  const cents = scaled(digits, 2);
  if (cents === null || !Number.isSafeInteger(cents)) return null;
  return sign * cents || 0;
}

/** A quantity: "30", "55,428", "0.37", "-1"; null when it is not one. */
export function parseQuantity(text: string): number | null {
  const s = text.trim();
  const negative = s.startsWith('-');
  const units = scaled(negative ? s.slice(1) : s, QUANTITY_PLACES);
  if (units === null || !Number.isSafeInteger(units)) return null;
  return ((negative ? -1 : 1) * units) / QUANTITY_SCALE || 0;
}

export const MoneyCell = z.string().transform((s, ctx) => {
  const cents = parseCents(s);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: 'An amount in dollars and cents, e.g. $1,234.50 or (12.00).' });
    return z.NEVER;
  }
  return cents;
});

export const QuantityCell = z.string().transform((s, ctx) => {
  const quantity = parseQuantity(s);
  if (quantity === null) {
    ctx.addIssue({
      code: 'custom',
      message: `A number with at most ${QUANTITY_PLACES} decimals, e.g. 30, 55,428 or 0.37.`,
    });
    return z.NEVER;
  }
  return quantity;
});

/** quantity × rate in cents, exactly, in units of 1/10,000 of a cent. */
const exactProduct = (quantity: number, rateCents: number): number =>
  Math.round(quantity * QUANTITY_SCALE) * rateCents;

/** quantity × rate rounded to the cent, halves away from zero: 0.37 h × $32.49 = $12.02. */
export function lineAmountCents(quantity: number, rateCents: number): number {
  const product = exactProduct(quantity, rateCents);
  return Math.sign(product) * Math.floor((Math.abs(product) + QUANTITY_SCALE / 2) / QUANTITY_SCALE);
}

/**
 * Whether an amount is quantity × rate to the cent, rounded either way: an invoice may round a fraction
 * of a cent down where we round it half up, and that is no money owed.
 */
export const amountMatches = (quantity: number, rateCents: number, amountCents: number): boolean =>
  Math.abs(amountCents * QUANTITY_SCALE - exactProduct(quantity, rateCents)) < QUANTITY_SCALE;

/** Cents as dollars for people: 123450 → "$1,234.50", -1200 → "-$12.00". */
export function formatDollars(cents: number): string {
  const dollars = (Math.abs(cents) / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${cents < 0 ? '-' : ''}$${dollars}`;
}

/** A quantity for people: 55404 → "55,404", 0.37 → "0.37". */
export const formatQuantity = (quantity: number): string =>
  quantity.toLocaleString('en-US', { maximumFractionDigits: QUANTITY_PLACES });
