/** Calendar arithmetic on business dates (YYYY-MM-DD): whole days, no time of day, no time zone. */

const DAY_MS = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` after `date` (negative: before). */
export const addDays = (date: string, days: number): string =>
  new Date(toMs(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => new Date(toMs(date)).getUTCDay();
