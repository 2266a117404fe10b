import { TZDate } from '@date-fns/tz';
import type { LocalDateTime } from './cells.js';

/** More distinct local hours than any file spans; past it the memo starts over. */
const MAX_HOURS = 10_000;
/** More distinct local minutes than a month's file spans (43,200); past it the memo starts over. */
const MAX_MINUTES = 100_000;

/**
 * The converter of a station's wall-clock times to UTC instants (ISO). A file of a million events holds
 * a few hundred distinct local hours, and US zones change offset only on the hour, so the offset is
 * worked out once per local hour; and a few tens of thousands of distinct minutes, so each local minute's
 * UTC minute is worked out once too: a time's seconds are the same in both (every zone's offset is a
 * whole number of minutes now). A time skipped by a spring-forward change lands an hour later, as clocks
 * show it. A time with its own offset is taken as it says.
 */
export function toUtcIn(timeZone: string): (at: LocalDateTime) => string {
  const offsets = new Map<string, number>();
  const offsetAt = (date: string, hour: number): number => {
    const key = `${date}T${hour}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
      offset = Date.UTC(y, m - 1, d, hour) - new TZDate(y, m - 1, d, hour, 0, 0, timeZone).getTime();
      if (offsets.size >= MAX_HOURS) offsets.clear();
      offsets.set(key, offset);
    }
    return offset;
  };
  const convert = (date: string, time: string, offset: number) =>
    new Date(Date.parse(`${date}T${time}Z`) - offset).toISOString();
  // Local `YYYY-MM-DDTHH:MM` → UTC `YYYY-MM-DDTHH:MM` (the minute's instant, less ":00.000Z").
  const minutes = new Map<string, string>();
  return ({ date, time, offsetMinutes }) => {
    if (offsetMinutes !== null) return convert(date, time, offsetMinutes * 60_000);
    if (time.length !== 8) return convert(date, time, offsetAt(date, Number(time.slice(0, 2))));
    const local = `${date}T${time.slice(0, 5)}`;
    let utc = minutes.get(local);
    if (utc === undefined) {
      const offset = offsetAt(date, Number(time.slice(0, 2)));
      if (offset % 60_000 !== 0) return convert(date, time, offset);
      utc = convert(date, `${time.slice(0, 5)}:00`, offset).slice(0, 16);
      if (minutes.size >= MAX_MINUTES) minutes.clear();
      minutes.set(local, utc);
    }
    return `${utc}${time.slice(5)}.000Z`;
  };
}
