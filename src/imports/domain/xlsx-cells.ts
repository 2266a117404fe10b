/** How an XLSX cell's stored value reads as text, as a spreadsheet shows it (ECMA-376 part 1, §18.3 and §18.8). */

/** Built-in number formats that show a date or a time (§18.8.30): 14–22 and 45–47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows a date or a time: it has a day, month, year, hour or second code outside
 * [brackets] (colours, locales, elapsed-time units), "quoted text", and characters taken literally
 * (\x, _x for a space as wide as x, *x to fill with x).
 */
export function isDateFormat(code: string): boolean {
  const codes = code.replace(/\[[^\]]*\]|"[^"]*"|[\\_*]./g, '');
  return /[dmyhs]/i.test(codes);
}

/** Whether the number format `id` (a cell style's numFmtId) shows a date; `custom` holds the file's own formats. */
export function isDateFormatId(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
}

const DAY_MS = 86_400_000;
/** Days from the 1900 date system's day 0 to 1970-01-01, as Excel counts (with its 29 Feb 1900). */
const UNIX_EPOCH_1900 = 25_569;
/** Days between the 1900 and the 1904 date systems' day 0. */
const DAYS_1904 = 1_462;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date serial number as the date it shows: YYYY-MM-DD at midnight, else YYYY-MM-DDTHH:MM:SS (to the
 * nearest second). A spreadsheet's dates have no time zone: the text is the wall time it shows.
 */
export function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - UNIX_EPOCH_1900 + (date1904 ? DAYS_1904 : 0)) * DAY_MS);
  return instantText(Math.round(ms / 1000) * 1000);
}

/** A cell of type d (an ISO 8601 date, which strict files may store) as serialDateText writes one. */
export function isoDateText(iso: string): string {
  // A date and time without a zone would be read as local time (a date alone is read as UTC).
  const ms = Date.parse(/T[^Z+-]*$/.test(iso) ? `${iso}Z` : iso);
  return Number.isNaN(ms) ? iso : instantText(Math.round(ms / 1000) * 1000);
}

function instantText(ms: number): string {
  const at = new Date(ms);
  const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  if (ms % DAY_MS === 0) return date;
  return `${date}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
}

/** A stored number as JavaScript writes it (42.50 → 42.5, 1E-3 → 0.001); text that is no number, as it is. */
export function numberText(stored: string): string {
  const n = Number.parseFloat(stored);
  return Number.isNaN(n) ? stored.trim() : String(n);
}

/** Excel's last column, XFD: a reference past it is not a sheet's. */
export const MAX_COLUMNS = 16_384;

/** The 0-based column of a cell reference ("AB12" → 27), or -1 when it names none. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
    if (n > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return n - 1;
}

/**
 * The whole number `text` is in plain digits (a shared string's index, a style's), else as `read` (parseInt,
 * Number) reads it: those cost a call into the runtime for each new string.
 */
export function wholeNumber(text: string, read: (text: string) => number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return read(text);
    n = n * 10 + digit;
  }
  return text.length > 0 ? n : read(text);
}
