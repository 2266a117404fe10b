import { TZDate } from '@date-fns/tz';

/** One formatter per time zone: building an Intl.DateTimeFormat costs ~0.3 ms, using one ~1 µs. */
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
};

/** The business date (YYYY-MM-DD) at an instant in a station's time zone. */
export function localDate(timeZone: string, at: Date = new Date()): string {
  return formatterFor(timeZone).format(at);
}

const parseDate = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * The UTC instant (ISO) of a local wall-clock time `HH:MM` on a business date in a station's zone.
 * A time skipped by a spring-forward change lands an hour later, as clocks show it.
 */
export function instantAt(date: string, time: string, timeZone: string): string {
  const [y, m, d] = parseDate(date);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime()).toISOString();
}

/** The local wall-clock time `HH:MM` of an instant in a station's zone. */
export function localTime(instant: string, timeZone: string): string {
  const t = new TZDate(Date.parse(instant), timeZone);
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}
