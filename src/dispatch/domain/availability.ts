import { WEEKDAY_NAMES, weekday } from './calendar.js';

/** A DA's recurring week, Sunday first. No pattern on file means every day, five days wanted. */
export interface AvailabilityPattern {
  weekdays: boolean[];
  preferredWeekdays: boolean[];
  wantsDays: number;
}

export const DEFAULT_PATTERN: AvailabilityPattern = {
  weekdays: [true, true, true, true, true, true, true],
  preferredWeekdays: [false, false, false, false, false, false, false],
  wantsDays: 5,
};

export interface AvailabilityException {
  date: string;
  available: boolean;
  note: string | null;
}

export interface TimeOff {
  firstDate: string;
  lastDate: string;
  status: 'pending' | 'approved' | 'denied' | 'cancelled';
  reason: string | null;
}

export interface DayAvailability {
  available: boolean;
  /** What makes the day unavailable: approved time off, a dated exception or the weekly pattern. */
  cause: 'time_off' | 'exception' | 'pattern' | null;
  /** Why not, in words for the schedule page and the auto-scheduler's explanations. */
  reason: string | null;
  preferred: boolean;
  /** A time-off request still waiting for a manager covers the day. */
  timeOffPending: boolean;
}

const covers = (t: TimeOff, date: string) => t.firstDate <= date && date <= t.lastDate;

/**
 * Whether a DA can work on `date`: approved time off decides first, then a dated exception, then the
 * weekly pattern. A pending request does not block the day; it is shown so the manager decides first.
 */
export function availabilityOn(
  date: string,
  pattern: AvailabilityPattern,
  exceptions: readonly AvailabilityException[],
  timeOff: readonly TimeOff[],
): DayAvailability {
  const day = weekday(date);
  const preferred = pattern.preferredWeekdays[day] === true;
  const timeOffPending = timeOff.some((t) => t.status === 'pending' && covers(t, date));
  const approved = timeOff.find((t) => t.status === 'approved' && covers(t, date));
  if (approved) {
    return {
      available: false,
      cause: 'time_off',
      reason: approved.reason ? `approved time off (${approved.reason})` : 'approved time off',
      preferred,
      timeOffPending,
    };
  }
  const exception = exceptions.find((e) => e.date === date);
  if (exception) {
    const reason = exception.available
      ? null
      : exception.note
        ? `not available that day (${exception.note})`
        : 'not available that day';
    const cause = exception.available ? null : 'exception';
    return { available: exception.available, cause, reason, preferred, timeOffPending };
  }
  if (pattern.weekdays[day] === false) {
    const reason = `not available on ${WEEKDAY_NAMES[day]}s`;
    return { available: false, cause: 'pattern', reason, preferred, timeOffPending };
  }
  return { available: true, cause: null, reason: null, preferred, timeOffPending };
}
