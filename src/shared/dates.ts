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
