import { weekStartOf } from '../../dispatch/domain/calendar.js';
import { addDays, daysBetween, weekday } from '../../shared/days.js';

export { weekStartOf };

/**
 * Amazon's weeks run Sunday to Saturday and are named by the Sunday they start on here. Amazon
 * numbers them from week 1, the week holding January 1 (so week 1 of 2026 starts on Sunday
 * 2025-12-28): "2026-W48" is the 48th such week.
 */

export const isSunday = (date: string): boolean => weekday(date) === 0;

const firstWeekStart = (year: number) => weekStartOf(`${String(year).padStart(4, '0')}-01-01`);

/** The Sunday of Amazon's week `week` of `year`, or null when the year has no such week. */
export function amazonWeekStart(year: number, week: number): string | null {
  if (!Number.isInteger(week) || week < 1 || year < 1900 || year > 9999) return null;
  const start = addDays(firstWeekStart(year), (week - 1) * 7);
  // Past the year's last week comes the next year's week 1 (the one holding its January 1).
  return start < firstWeekStart(year + 1) ? start : null;
}

/** Amazon's year and number of the week starting on `weekStart` (a Sunday). */
export function amazonWeekOf(weekStart: string): { year: number; week: number } {
  const year = Number(addDays(weekStart, 6).slice(0, 4));
  return { year, week: daysBetween(firstWeekStart(year), weekStart) / 7 + 1 };
}

/** "2026-W48", as Amazon's files name weeks. */
export function weekLabel(weekStart: string): string {
  const { year, week } = amazonWeekOf(weekStart);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The week an Amazon export's file name gives: `DSP_Overview_Dashboard_<DSP>_<STATION>_2026-W48.csv`,
 * or the scorecard's `…_Week48_2026_…`. Null when the name says no week.
 */
export function weekFromFileName(fileName: string): string | null {
  const isoLike = /(?:^|[^0-9])(\d{4})-W(\d{1,2})(?![0-9])/i.exec(fileName);
  const scorecard = /Week(\d{1,2})_(\d{4})(?![0-9])/i.exec(fileName);
  if (isoLike) return amazonWeekStart(Number(isoLike[1]), Number(isoLike[2]));
  if (scorecard) return amazonWeekStart(Number(scorecard[2]), Number(scorecard[1]));
  return null;
}

/** The `count` weeks ending with the one starting `weekStart`, oldest first. */
export const weeksEndingAt = (weekStart: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addDays(weekStart, (i - count + 1) * 7));

/** The last day (Saturday) of the week starting `weekStart`. */
export const weekEnd = (weekStart: string): string => addDays(weekStart, 6);
