import { addDays } from '../../shared/days.js';
import type { PunchKind } from './workday.js';

/**
 * How the payroll providers' timecard exports read (shared payroll-and-money.md): ADP Workforce Now's
 * group timecard (a row per punch pair, "LAST, FIRST", times as "09:17 AM", exact duplicate rows),
 * Paycom's punch file (a row per punch, with its Punch Type code) and Gusto's time export (a row per
 * pair, first and last name in columns of their own).
 */

/** "09:17 AM", "9:17pm", "17:05", "17:05:30" → "HH:MM"; null when it is not a time of day. */
export function clockTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?\.?\s*[Mm]?\.?$/.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (min > 59 || (half ? h < 1 || h > 12 : h > 23)) return null;
  if (half === 'a' && h === 12) h = 0;
  if (half === 'p' && h !== 12) h += 12;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/**
 * Paycom's punch types (ID/OD: in and out for the day; OL/IL: out to and in from lunch; OB/IB: out to
 * and in from a break), and the plain words other files use.
 */
const PUNCH_TYPES: Record<string, PunchKind> = {
  id: 'in',
  in: 'in',
  od: 'out',
  out: 'out',
  ol: 'meal_start',
  'lunch out': 'meal_start',
  'meal start': 'meal_start',
  il: 'meal_end',
  'lunch in': 'meal_end',
  'meal end': 'meal_end',
  ob: 'rest_start',
  'break out': 'rest_start',
  'break start': 'rest_start',
  ib: 'rest_end',
  'break in': 'rest_end',
  'break end': 'rest_end',
};

export const punchType = (text: string): PunchKind | null =>
  PUNCH_TYPES[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;

/** A name as a key to match on: "ACKER, MARY", "Mary Acker" and "mary  acker" are one person. */
export function nameKey(name: string): string {
  const comma = name.indexOf(',');
  const ordered = comma < 0 ? name : `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  return ordered.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The date of a pair's out on its workday: an out earlier than the in is past midnight, the next day. */
export const outDate = (date: string, timeIn: string, timeOut: string): string =>
  timeOut < timeIn ? addDays(date, 1) : date;
