/** Wall-clock times at a station as UTC instants, for the demo's generated history. */

const offsets = new Map<string, number>();

/** How far a zone's clock is ahead of UTC on a date, read at noon (no DST change crosses the working day). */
function offsetOn(zone: string, date: string): number {
  const key = `${zone} ${date}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const noon = new Date(`${date}T12:00:00Z`);
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(noon);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    offset = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - noon.getTime();
    offsets.set(key, offset);
  }
  return offset;
}

/** UTC instant of a wall-clock time (minutes after midnight, may pass 24 h) at a station on a business date. */
export const atLocal = (zone: string, date: string, minutes: number): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000 - offsetOn(zone, date));

/** The same as an ISO string, as instants are stored. */
export const isoAtLocal = (zone: string, date: string, minutes: number): string =>
  atLocal(zone, date, minutes).toISOString();

/** Minutes after local midnight of an instant on a business date (past 1440 for the next day). */
export const localMinutes = (zone: string, date: string, at: Date): number =>
  Math.floor((at.getTime() + offsetOn(zone, date) - Date.parse(`${date}T00:00:00Z`)) / 60_000);

/** An hour of a date in UTC, as the demo dates the records a person filled in that day. */
export const atUtcHour = (date: string, hour: number): string =>
  `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
