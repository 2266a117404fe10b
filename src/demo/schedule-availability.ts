import type { AvailabilityPattern, TimeOff } from '../dispatch/domain/availability.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { DEFAULT_RULES } from '../dispatch/domain/rules.js';
import { daysBetween } from '../shared/days.js';
import { pick } from './random.js';
import type { DaPlan } from './schedule.js';

/** When the demo's DAs can work: weekly patterns, time off asked for and decided, dated exceptions. */

const PART_TIME_NOTES = ['Part-time: classes on the other days.', 'Part-time: second job.', 'Part-time.'];

/**
 * Two fixed days off for most DAs; about one in six is part-time, asking for three or four days and
 * sometimes giving only four. A DA with a login can always work on today's weekday.
 */
export function patternOf(
  rand: () => number,
  workToday: number | null,
): { p: AvailabilityPattern; note: string | null } {
  const partTime = rand() < 0.16;
  const offA = Math.floor(rand() * 7);
  const offB = (offA + 1 + Math.floor(rand() * 6)) % 7;
  const weekdays = Array.from({ length: 7 }, (_, d) => d !== offA && d !== offB);
  if (partTime && rand() < 0.5) weekdays[(offB + 1 + Math.floor(rand() * 5)) % 7] = false;
  if (workToday !== null && !weekdays[workToday]) {
    weekdays[workToday] = true;
    weekdays[(workToday + 3) % 7] = false;
  }
  const open = weekdays.flatMap((ok, d) => (ok ? [d] : []));
  const liked = new Set([pick(rand, open), pick(rand, open)]);
  return {
    p: {
      weekdays,
      preferredWeekdays: weekdays.map((_, d) => liked.has(d)),
      wantsDays: partTime ? 3 + Math.floor(rand() * 2) : DEFAULT_RULES.maxDaysPerWeek,
    },
    note: partTime ? pick(rand, PART_TIME_NOTES) : null,
  };
}

const TIME_OFF_REASONS = ['Vacation', 'Family wedding', 'Moving house', 'Medical appointment', 'Court date'];
const UNAVAILABLE_NOTES = ['Court date', 'Kid’s graduation', 'DMV appointment', 'Car in the shop'];

export interface Span {
  from: string;
  to: string;
}

/**
 * A few requests per station: approved time off in the past weeks and coming up, requests still
 * waiting for a manager (the schedule shows them), one denied; and some dated exceptions either way.
 */
export function timeOffAndExceptions(rand: () => number, das: DaPlan[], today: string, span: Span) {
  const pool = das.filter((d) => d.driver.status === 'active').sort(() => rand() - 0.5);
  const at = (date: string, back: number) =>
    `${addDays(date, -back)}T17:${String(10 + Math.floor(rand() * 49))}:00.000Z`;
  const request = (da: DaPlan | undefined, first: string, days: number, status: TimeOff['status']) => {
    if (!da) return;
    const requestedAt = at(first, 12 + Math.floor(rand() * 18));
    da.timeOff.push({
      firstDate: first,
      lastDate: addDays(first, days - 1),
      reason: pick(rand, TIME_OFF_REASONS),
      status,
      requestedAt,
      decidedAt: status === 'pending' ? null : at(requestedAt.slice(0, 10), -1),
      decisionNote: status === 'denied' ? 'Too many DAs off that week already.' : null,
    });
  };
  const within = (from: string, to: string) =>
    addDays(from, Math.floor(rand() * (daysBetween(from, to) + 1)));
  for (let i = 0; i < 5; i++)
    request(
      pool.pop(),
      within(addDays(span.from, 7), addDays(today, -10)),
      2 + Math.floor(rand() * 4),
      'approved',
    );
  for (let i = 0; i < 3; i++)
    request(pool.pop(), within(addDays(today, 1), span.to), 1 + Math.floor(rand() * 3), 'approved');
  for (let i = 0; i < 3; i++)
    request(
      pool.pop(),
      within(addDays(today, 3), addDays(span.to, 7)),
      1 + Math.floor(rand() * 4),
      'pending',
    );
  request(pool.pop(), within(addDays(today, 5), span.to), 3, 'denied');
  for (let i = 0; i < 6; i++) {
    const da = pool.pop();
    if (!da) break;
    const date = i < 4 ? within(span.from, span.to) : within(addDays(today, 1), span.to);
    // The last two offer a day they normally have off.
    da.exceptions.push(
      i < 4
        ? { date, available: false, note: pick(rand, UNAVAILABLE_NOTES) }
        : { date, available: true, note: 'Can pick up an extra day.' },
    );
  }
}
