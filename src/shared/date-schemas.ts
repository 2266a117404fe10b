import { z } from 'zod';
import { localDate } from './dates.js';

/**
 * Dates as requests and files give them, with the range their meaning allows (a hire date is not
 * 9999-12-31, an incident is not tomorrow, a shift is not in 1970). "Today" is read from the system
 * clock (tests set it with vi.setSystemTime). The station is not known where a request is parsed, so a
 * date counts as today while it is today somewhere on Earth (UTC−12 to UTC+14): no date that is
 * today at a station is ever refused; checks against the station's own day stay with the use cases.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (d: string) => {
  const at = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(d);
};

/** A real calendar day as YYYY-MM-DD, of any year: a date to look records up by. */
export const CalendarDate = z
  .string()
  .trim()
  .regex(DAY, 'Use a date as YYYY-MM-DD.')
  .refine(isRealDate, 'Not a real date.');

export interface DateRange {
  yearsBack: number;
  /** 0: today at the latest. */
  yearsAhead: number;
}

/** Done or happened: hire, incident, inspection, service and repair dates, a week's figures. */
export const PAST: DateRange = { yearsBack: 100, yearsAhead: 0 };
/** An expiry (licence, DOT card, document) or the bounds of a term (a lease, a rental). */
export const TERM: DateRange = { yearsBack: 20, yearsAhead: 20 };
/** What a schedule plans or records: shifts, availability, time off, attendance, a day's routes. */
export const PLANNING: DateRange = { yearsBack: 3, yearsAhead: 3 };

// The first and the last zone to reach a date. Etc/GMT+12 is UTC−12 (POSIX signs are reversed).
const LAST_ZONE = 'Etc/GMT+12';
const FIRST_ZONE = 'Pacific/Kiritimati';

let cached: { minute: number; earliest: string; latest: string } | undefined;

/** The dates it is today somewhere on Earth, read once a minute (a file of a million dates asks each). */
export function todayAnywhere(): { earliest: string; latest: string } {
  const now = Date.now();
  const minute = Math.floor(now / 60_000);
  if (cached?.minute !== minute) {
    const at = new Date(now);
    cached = { minute, earliest: localDate(LAST_ZONE, at), latest: localDate(FIRST_ZONE, at) };
  }
  return { earliest: cached.earliest, latest: cached.latest };
}

const yearsFrom = (date: string, years: number) =>
  `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/** Why a real date (YYYY-MM-DD) is outside the range, or undefined when it is inside. */
export function dateOutOfRange(date: string, range: DateRange): string | undefined {
  const { earliest, latest } = todayAnywhere();
  if (range.yearsAhead === 0 && date > latest) return 'Not in the future: today at the latest.';
  const last = yearsFrom(latest, range.yearsAhead);
  if (date > last) return `No later than ${last}, ${range.yearsAhead} years from today.`;
  const first = yearsFrom(earliest, -range.yearsBack);
  if (date < first) return `No earlier than ${first}, ${range.yearsBack} years ago.`;
  return undefined;
}

/** A real date (as a schema before it gives it) within the range, else an issue saying the bound. */
export const dateIn = (range: DateRange) =>
  z.string().superRefine((date, ctx) => {
    const message = dateOutOfRange(date, range);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const PastDate = CalendarDate.pipe(dateIn(PAST));
export const TermDate = CalendarDate.pipe(dateIn(TERM));
export const PlanningDate = CalendarDate.pipe(dateIn(PLANNING));

/** How far a phone's or a camera's clock may run ahead of ours. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** An instant with its offset (stored as UTC text, so instants sort the same on both databases). */
export const Instant = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date and time, e.g. 2026-05-01T14:05:00Z.' })
  .transform((s) => new Date(s).toISOString());

/** An instant that has happened (an incident), within PAST's years. */
export const PastInstant = Instant.superRefine((at, ctx) => {
  const message =
    Date.parse(at) > Date.now() + CLOCK_SLACK_MS
      ? 'Not in the future: check the date and time.'
      : dateOutOfRange(at.slice(0, 10), PAST);
  if (message) ctx.addIssue({ code: 'custom', message });
});

/** A time of day as HH:MM on a 24-hour clock: a wave time, a shift's start, quiet hours. */
export const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM (24 h).');
