import { TZDate } from '@date-fns/tz';
import type { LocalDateTime } from './cells.js';

/** More distinct local hours than any file spans; past it the memo starts over. */
const MAX_HOURS = 10_000;

/**
 * The converter of a station's wall-clock times to UTC instants (ISO). A file of a million events holds
 * a few hundred distinct local hours, and US zones change offset only on the hour, so the offset is
 * worked out once per local hour. A time skipped by a spring-forward change lands an hour later, as
 * clocks show it. A time with its own offset is taken as it says.
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
  return ({ date, time, offsetMinutes }) => {
    const wall = Date.parse(`${date}T${time}Z`);
    const offset = offsetMinutes === null ? offsetAt(date, Number(time.slice(0, 2))) : offsetMinutes * 60_000;
    return new Date(wall - offset).toISOString();
  };
}
