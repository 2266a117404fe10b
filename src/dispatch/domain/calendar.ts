import { addDays, weekday } from '../../shared/days.js';

/** Sunday first, as Amazon's weeks run. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** The Sunday that starts the (Amazon, Sunday-to-Saturday) week holding `date`. */
export const weekStartOf = (date: string): string => addDays(date, -weekday(date));

/** The seven business dates of the week starting on `weekStart`. */
export const weekDates = (weekStart: string): string[] =>
  Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));

/** Minutes after midnight of a local `HH:MM`. */
export const minutesOfDay = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

/** `HH:MM` of minutes after midnight (wrapping past midnight). */
export const timeOfMinutes = (minutes: number): string => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** "Tue 12/08" for messages and explanations. */
export const shortDay = (date: string): string =>
  `${WEEKDAY_NAMES[weekday(date)]?.slice(0, 3)} ${date.slice(5, 7)}/${date.slice(8, 10)}`;

/** "7 h 30 min" for people, from minutes. */
export const hoursText = (minutes: number): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`;
};

export { addDays, weekday };
