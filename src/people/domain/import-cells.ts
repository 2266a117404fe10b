import { z } from 'zod';
import { Cents, dollarsToCents } from '../../shared/money.js';
import { VAN_TYPES, type VanType } from '../../shared/vans.js';
import { DRIVER_STATUSES } from './driver.js';

/**
 * How the cells of a DA spreadsheet read, as DSP staff write them: dollars with or without "$",
 * US dates, "yes"/"no", "EDV, CDV, Step van", "Garcia, Maria". Pure: the drivers import uses them.
 */

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** An hourly rate in dollars ("$21.50", "21.5", "21.50/hr") as integer cents (2150). */
export const HourlyRate = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const cents = dollarsToCents(s, /(?:h|hr|hour)/);
    if (cents === null) {
      ctx.addIssue({ code: 'custom', message: 'Use an hourly rate in dollars and cents, e.g. 21.50.' });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(Cents);

const LANGUAGES: Record<string, 'en' | 'es'> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  ingles: 'en',
  es: 'es',
  spa: 'es',
  spanish: 'es',
  espanol: 'es',
};

/** English or Spanish, by code or by name in either language ("Español" too). */
export const Language = z.string().transform((s, ctx) => {
  const code = LANGUAGES[fold(s)];
  if (!code) {
    ctx.addIssue({ code: 'custom', message: 'Use English or Spanish.' });
    return z.NEVER;
  }
  return code;
});

const YES = new Set(['yes', 'y', 'true', '1', 'si']);
const NO = new Set(['no', 'n', 'false', '0']);

export const YesNo = z.string().transform((s, ctx) => {
  const v = fold(s);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  ctx.addIssue({ code: 'custom', message: 'Use yes or no.' });
  return z.NEVER;
});

const VAN_NAMES: Record<string, VanType> = {
  edv: 'edv',
  rivian: 'edv',
  cdv: 'cdv',
  stepvan: 'step_van',
  step: 'step_van',
  rental: 'rental',
  rentalvan: 'rental',
};

/** "EDV, CDV, Step van" (commas, semicolons, slashes or pipes between) as sorted van types; "none" is none. */
export const VanTypeList = z.string().transform((s, ctx) => {
  const types = new Set<VanType>();
  for (const part of s.split(/[,;/|+]/)) {
    const name = fold(part);
    if (name === '' || name === 'none') continue;
    const type = VAN_NAMES[name] ?? (VAN_TYPES as readonly string[]).find((t) => fold(t) === name);
    if (!type) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown van type “${part.trim()}”: use EDV, CDV, Step van or Rental.`,
      });
      return z.NEVER;
    }
    types.add(type as VanType);
  }
  return [...types].sort();
});

export const Status = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(DRIVER_STATUSES, { message: 'Use applicant, onboarding, active, inactive or terminated.' }));

/** A person's name part: spaces collapsed. */
export const namePart = (s: string) => s.replace(/\s+/g, ' ').trim();
export const NamePart = z
  .string()
  .transform(namePart)
  .pipe(z.string().min(1).max(80, 'At most 80 characters.'));

/**
 * One "Name" cell as first and last name: "Garcia, Maria" (payroll exports) at the comma, otherwise
 * at the last space ("Maria Elena Garcia" → "Maria Elena" + "Garcia"). Null when it is one word.
 */
export function splitName(full: string): { firstName: string; lastName: string } | null {
  const s = full.replace(/\s+/g, ' ').trim();
  const comma = s.indexOf(',');
  const [lastName, firstName] =
    comma >= 0
      ? [s.slice(0, comma).trim(), s.slice(comma + 1).trim()]
      : [s.slice(s.lastIndexOf(' ') + 1), s.slice(0, Math.max(s.lastIndexOf(' '), 0))];
  if (!firstName || !lastName || firstName.length > 80 || lastName.length > 80) return null;
  return { firstName, lastName };
}
