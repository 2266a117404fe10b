import { z } from 'zod';
import { CalendarDate, type DateRange, dateIn } from '../../shared/date-schemas.js';

/** Cells every spreadsheet import reads and every export writes the same way, whatever the slice. */

/** A date as YYYY-MM-DD or as a US spreadsheet writes it, M/D/YYYY. */
export const ImportDate = z
  .string()
  .trim()
  .transform((s) => {
    const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    return us ? `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : s;
  })
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD or M/D/YYYY.'))
  .pipe(CalendarDate);

/** An ImportDate within the range its meaning allows (shared/date-schemas.ts). */
export const importDateIn = (range: DateRange) => ImportDate.pipe(dateIn(range));

/**
 * Spreadsheet programs run a cell that starts with =, +, -, @ as a formula. An export guards such a text
 * with a leading apostrophe (numbers such as +15125550123 or -3 are left alone); an import removes it.
 */
export const guardCell = (text: string): string =>
  /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-]\d[\d.]*$/.test(text)) ? `'${text}` : text;

export const unguardCell = (text: string): string => (/^'[=@\t\r+-]/.test(text) ? text.slice(1) : text);

/** unguardCell on each cell of a row ({field: text}). */
export function unguardCells(cells: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field in cells) out[field] = unguardCell(cells[field] as string);
  return out;
}
