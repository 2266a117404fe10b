import { z } from 'zod';
import type { VanOwnership, VanStatus } from '../../db/schema.js';
import { dollarsToCents } from '../../shared/money.js';
import { VAN_TYPES, type VanType } from '../../shared/vans.js';
import { modelYearRange } from './van.js';

/**
 * How the cells of a fleet spreadsheet read, as lessors' and Amazon's fleet reports write them:
 * "45,210 mi", "$1,250.00", "Step van", "Leased", "In shop". Pure: the vehicles import uses them.
 */

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whole miles, with thousands separators and a unit allowed: "45,210", "45210 mi", "45210.0". */
export const Miles = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const m = /^(\d{1,7})(?:\.0+)?\s*(?:mi|miles)?$/i.exec(s.replace(/,/g, ''));
    if (!m?.[1]) {
      ctx.addIssue({ code: 'custom', message: 'Use whole miles, e.g. 45210.' });
      return z.NEVER;
    }
    return Number(m[1]);
  })
  .pipe(z.number().int().max(2_000_000, 'At most 2,000,000 miles.'));

/** A monthly amount in dollars ("$1,250.00", "1250", "1250/mo") as integer cents. */
export const MonthlyDollars = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const cents = dollarsToCents(s, /(?:mo|month)/);
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: 'Use a monthly amount in dollars and cents, e.g. 1250.00.' });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(z.number().int().max(100_000_00, 'At most $100,000 a month.'));

const VAN_NAMES: Record<string, VanType> = {
  edv: 'edv',
  rivian: 'edv',
  rivianedv: 'edv',
  electric: 'edv',
  cdv: 'cdv',
  stepvan: 'step_van',
  step: 'step_van',
  rental: 'rental',
  rentalvan: 'rental',
};

/** One van type: EDV, CDV, Step van or Rental. */
export const VanTypeCell = z.string().transform((s, ctx) => {
  const name = fold(s);
  const type = VAN_NAMES[name] ?? VAN_TYPES.find((t) => fold(t) === name);
  if (!type) {
    ctx.addIssue({
      code: 'custom',
      message: `Unknown van type “${s.trim()}”: use EDV, CDV, Step van or Rental.`,
    });
    return z.NEVER;
  }
  return type;
});

const OWNERSHIP_NAMES: Record<string, VanOwnership> = {
  amazonfleet: 'amazon_fleet',
  amazonfleetprogram: 'amazon_fleet',
  amazon: 'amazon_fleet',
  afp: 'amazon_fleet',
  fleetprogram: 'amazon_fleet',
  leased: 'leased',
  lease: 'leased',
  rental: 'rental',
  rented: 'rental',
  rent: 'rental',
  owned: 'owned',
  own: 'owned',
  purchased: 'owned',
};

export const OwnershipCell = z.string().transform((s, ctx) => {
  const kind = OWNERSHIP_NAMES[fold(s)];
  if (!kind) {
    ctx.addIssue({
      code: 'custom',
      message: `Unknown ownership “${s.trim()}”: use Amazon fleet program, Leased, Rental or Owned.`,
    });
    return z.NEVER;
  }
  return kind;
});

const STATUS_NAMES: Record<string, VanStatus> = {
  active: 'active',
  inservice: 'active',
  grounded: 'grounded',
  outofservice: 'grounded',
  inshop: 'in_shop',
  shop: 'in_shop',
  returned: 'returned',
};

export const VanStatusCell = z.string().transform((s, ctx) => {
  const status = STATUS_NAMES[fold(s)];
  if (!status) {
    ctx.addIssue({ code: 'custom', message: 'Use Active, Grounded, In shop or Returned.' });
    return z.NEVER;
  }
  return status;
});

/** A model year between the first 17-character VINs (1981) and next year's models. */
export const modelYear = (today: string) => {
  const [min, max] = modelYearRange(today);
  return z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'Use a four-digit model year, e.g. 2023.')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `Model years start at ${min} for 17-character VINs.`)
        .max(max, `At most ${max}.`),
    );
};
