import type { ShiftKind, ShiftStatus, TimeOffStatus } from './api.js';

export const KIND_LABELS: Record<ShiftKind, string> = {
  route: 'Route',
  standby: 'Standby',
  training: 'Training',
  'ride-along': 'Ride-along',
  rescue: 'Rescue',
  office: 'Office',
};

export const STATUS_LABELS: Record<ShiftStatus, string> = {
  scheduled: 'Scheduled',
  called_out: 'Called out',
  no_show: 'No-show',
};

export const TIME_OFF_LABELS: Record<TimeOffStatus, string> = {
  pending: 'Waiting',
  approved: 'Approved',
  denied: 'Denied',
  cancelled: 'Withdrawn',
};

export const TIME_OFF_TONES: Record<TimeOffStatus, 'good' | 'bad' | 'neutral' | 'warn'> = {
  pending: 'warn',
  approved: 'good',
  denied: 'bad',
  cancelled: 'neutral',
};

/** Sunday first, as Amazon's weeks run. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAYS_SHORT = WEEKDAYS.map((d) => d.slice(0, 3));

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** Whether `text` is a calendar date as the server writes them (YYYY-MM-DD). */
export const isDate = (text: string): boolean =>
  /^\d{4}-\d\d-\d\d$/.test(text) && !Number.isNaN(utc(text).getTime());

/** The weekday of a YYYY-MM-DD date, Sunday = 0. */
export const weekdayOf = (date: string): number => utc(date).getUTCDay();

export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Sunday that starts the (Amazon, Sunday-to-Saturday) week holding `date`. */
export const weekStartOf = (date: string): string => addDays(date, -weekdayOf(date));

const monthDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthDayYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Nov 29" */
export const formatMonthDay = (date: string): string => monthDay.format(utc(date));

/** "Sun, Nov 29" */
export const formatDayShort = (date: string): string =>
  `${WEEKDAYS_SHORT[weekdayOf(date)]}, ${formatMonthDay(date)}`;

/** "Nov 29 – Dec 5, 2026" */
export function formatWeek(weekStart: string): string {
  const end = addDays(weekStart, 6);
  return `${formatMonthDay(weekStart)} – ${monthDayYear.format(utc(end))}`;
}

/** A span of dates: "Dec 4" or "Dec 4 – Dec 6". */
export const formatSpan = (first: string, last: string): string =>
  first === last ? formatDayShort(first) : `${formatDayShort(first)} – ${formatDayShort(last)}`;

/** "10 h", "7 h 30 min", "45 min". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
}

/** "98%" (or "97.5%" when the whole number would round a near miss up to the target). */
export function percent(p: number): string {
  const whole = Math.round(p * 100);
  return whole === 100 && p < 1 ? `${(Math.floor(p * 1000) / 10).toFixed(1)}%` : `${whole}%`;
}

/** Minutes as decimal hours for a form, e.g. 600 → "10", 570 → "9.5". */
export const minutesToHours = (minutes: number): string => String(Math.round((minutes / 60) * 100) / 100);

/** Decimal hours from a form as whole minutes; NaN when not a number. */
export const hoursToMinutes = (hours: string): number =>
  hours.trim() === '' ? Number.NaN : Math.round(Number(hours.replace(',', '.')) * 60);
