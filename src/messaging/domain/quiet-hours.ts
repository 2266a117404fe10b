import { instantAt, localDate, localTime } from '../../shared/dates.js';
import { addDays } from '../../shared/days.js';

/**
 * When quiet hours end (UTC instant), if `now` falls in them in the station's time zone; null when a
 * text may go now. Hours are local HH:MM; a window whose start is after its end spans midnight
 * (21:00–08:00), and equal times mean no quiet hours. Local times are turned into instants in the zone
 * on the day they happen, so the end moves with daylight saving time.
 */
export function quietUntil(now: Date, timeZone: string, start: string, end: string): string | null {
  if (start === end) return null;
  const time = localTime(now.toISOString(), timeZone);
  const spansMidnight = start > end;
  const quiet = spansMidnight ? time >= start || time < end : time >= start && time < end;
  if (!quiet) return null;
  const today = localDate(timeZone, now);
  // Evening of a window that spans midnight: it ends tomorrow morning.
  const endDate = spansMidnight && time >= start ? addDays(today, 1) : today;
  return instantAt(endDate, end, timeZone);
}
