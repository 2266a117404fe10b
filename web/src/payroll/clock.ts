/** Times on a station's wall clock, and hours as payroll reads them. */

function zoneParts(zone: string, at: Date): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** "07:05" on the station's clock for an instant. */
export function clockOf(iso: string, zone: string): string {
  const p = zoneParts(zone, new Date(iso));
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** The date (YYYY-MM-DD) on the station's calendar for an instant. */
export function dateOf(iso: string, zone: string): string {
  const p = zoneParts(zone, new Date(iso));
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * The instant a station's wall clock shows `hhmm` on `date` (ISO, UTC): the zone's offset is read at a
 * first guess, then again at the answer, which settles a daylight-saving change.
 */
export function instantOf(date: string, hhmm: string, zone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (t: number) => {
    const p = zoneParts(zone, new Date(t));
    return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute) - t;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first)).toISOString();
}

/** Minutes as decimal hours for a timecard: 510 → "8.5", 0 → "—". */
export const hours = (minutes: number): string =>
  minutes === 0 ? '—' : (Math.round((minutes / 60) * 100) / 100).toLocaleString('en-US');
