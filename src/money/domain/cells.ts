import { z } from 'zod';
import { PlannedDuration } from '../../dispatch/domain/route-cells.js';
import { ImportDate } from '../../imports/domain/sheet-cells.js';

/** How the cells of Amazon's money files read that no other import reads the same way. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Sep 06, 2026" or "Sun, Sep 06, 2026" (as the invoice page writes dates) → "2026-09-06"; else as is. */
function fromMonthName(text: string): string {
  const m = /^(?:[a-z]{3,9},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text.trim());
  const month = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1 : 0;
  if (!m || month === 0) return text;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/** A business date: 2026-09-06, 9/6/2026, Sep 06, 2026 or Sun, Sep 06, 2026 (a year is needed). */
export const MoneyDate = z.string().transform((s, ctx) => {
  const parsed = ImportDate.safeParse(fromMonthName(s));
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: 'A date such as 2026-09-06, 9/6/2026 or Sep 06, 2026.' });
    return z.NEVER;
  }
  return parsed.data;
});

const ISO_DURATION = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+)M)?(?:(\d+)S)?$/i;
/** A spreadsheet's time of day 10:00 is a date on its day zero: the XLSX reader gives it as 1899-12-30T10:00:00. */
const SHEET_TIME = /^1899-12-30T(\d{2}:\d{2}):00$/;

/**
 * WST's Planned Duration in minutes: "10:00" (hours:minutes, as the export writes it, or a time cell of
 * a workbook) or "PT10H" (ISO 8601).
 */
export const WstPlannedDuration = z.string().transform((s, ctx) => {
  const text = s.trim().replace(SHEET_TIME, '$1');
  const iso = ISO_DURATION.exec(text);
  const minutes =
    iso && (iso[1] || iso[2] || iso[3])
      ? Math.round(Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0) + Number(iso[3] ?? 0) / 60)
      : PlannedDuration.safeParse(text).data;
  if (minutes === undefined || minutes <= 0 || minutes > 24 * 60) {
    ctx.addIssue({ code: 'custom', message: 'A planned duration such as 10:00 or PT10H.' });
    return z.NEVER;
  }
  return minutes;
});

/** A count of vans, days or routes: a whole number, thousands separators allowed. */
export const WholeCount = z
  .string()
  .transform((s) => Number(s.replace(/,/g, '').trim()))
  .pipe(z.number({ error: 'A whole number, e.g. 37.' }).int('A whole number, e.g. 37.').min(0).max(100_000));
