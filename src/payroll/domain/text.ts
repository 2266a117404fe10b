/** How payroll numbers read for a DA or a manager. */

/** "5 h 01 min", "5 h", "45 min". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
}

/** "$1,237.50" from integer cents. */
export const money = (cents: number): string =>
  `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;

/** Hours as a decimal for files and JSON: 90 minutes → 1.5 (to the hundredth). */
export const decimalHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
