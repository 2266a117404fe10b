import { addDays } from '../../dispatch/domain/calendar.js';
import type { Discrepancy } from './discrepancy.js';
import { formatDollars } from './money.js';
import { type RateLine, rateOn } from './rate-card.js';

/**
 * Fleet bills (issue 16 item 5), Amazon's side: the Fixed Monthly fleet invoice pays each day's vans by
 * class at a monthly rate ÷ the days in the month, up to the day's Authorized Fleet Size (AFS). Shared
 * payroll-and-money.md §3: "Owed = monthly rate ÷ days in month × shortfall" (37 paid vs 39 AFS).
 */

/** A line of the Fixed Monthly invoice: a day, a van class, how many vans, the class's monthly rate. */
export interface FixedMonthlyLine {
  row: number;
  date: string;
  vanClass: string;
  quantity: number;
  rateCents: number;
  amountCents: number;
}

/** A day of the AFS (Fleet Mgmt's authorized fleet size). */
export interface AfsDay {
  row: number;
  date: string;
  afs: number;
}

export const daysInMonth = (date: string): number => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** The month of a date, "2026-09". */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A monthly rate for some van-days of a date's month, to the cent (halves away from zero). */
export const vanDaysCents = (vanDays: number, monthlyCents: number, date: string): number =>
  Math.round((vanDays * monthlyCents) / daysInMonth(date));

/** The class Amazon fills a short fleet with: Branded Last Mile Rental (LMR). */
export const isGapFill = (vanClass: string): boolean => /\blmr\b|last mile rental/i.test(vanClass);

/** The LMR monthly rate of a day: its line on the invoice, else the rate card's; null when neither says. */
function gapFillRate(lines: readonly FixedMonthlyLine[], card: readonly RateLine[], date: string) {
  const line = lines.find((l) => isGapFill(l.vanClass));
  if (line) return { vanClass: line.vanClass, rateCents: line.rateCents };
  const onCard = card
    .filter((r) => r.item === 'fleet' && isGapFill(r.variant))
    .map((r) => ({
      vanClass: r.variant,
      rateCents: rateOn(card, { item: 'fleet', variant: r.variant, blockHours: 0 }, date),
    }))
    .find((r) => r.rateCents !== null);
  return onCard ? { vanClass: onCard.vanClass, rateCents: onCard.rateCents as number } : null;
}

/**
 * Each day the invoice pays fewer vans than the AFS: the shortfall as LMR van-days at the LMR monthly
 * rate ÷ the days in the month. A day without an AFS row is not judged; a day the invoice has no line
 * for pays no van.
 */
export function checkAfs(
  lines: readonly FixedMonthlyLine[],
  afs: readonly AfsDay[],
  card: readonly RateLine[],
): Discrepancy[] {
  return afs.flatMap((day) => {
    const ofDay = lines.filter((l) => l.date === day.date);
    const paid = ofDay.reduce((sum, l) => sum + l.quantity, 0);
    const short = day.afs - paid;
    if (short <= 0) return [];
    const billed = ofDay.reduce((sum, l) => sum + l.amountCents, 0);
    const rate = gapFillRate(ofDay, card, day.date);
    const owed = rate ? vanDaysCents(short, rate.rateCents, day.date) : null;
    const priced = rate
      ? ` ${short} ${rate.vanClass} van-day${short === 1 ? '' : 's'} at ${formatDollars(rate.rateCents)} a month ÷ ${daysInMonth(day.date)} days`
      : ' no LMR rate on the invoice or the rate card prices them';
    return [
      {
        kind: 'fleet-afs',
        date: day.date,
        description: `${paid} vans paid, AFS ${day.afs}:${priced}`,
        expected: owed === null ? null : billed + owed,
        invoiced: owed === null ? null : billed,
        differenceCents: owed,
        evidence: [
          { file: 'afs', row: day.row },
          ...ofDay.map((l) => ({ file: 'fixed-monthly' as const, row: l.row })),
        ],
      },
    ];
  });
}

/** Each Fixed Monthly line paid at another monthly rate than the rate card's for its class that day. */
export function checkFixedMonthlyRates(
  lines: readonly FixedMonthlyLine[],
  card: readonly RateLine[],
): Discrepancy[] {
  return lines.flatMap((l) => {
    const rate = rateOn(card, { item: 'fleet', variant: l.vanClass, blockHours: 0 }, l.date);
    if (rate === null || rate === l.rateCents) return [];
    const expected = vanDaysCents(l.quantity, rate, l.date);
    const paid = vanDaysCents(l.quantity, l.rateCents, l.date);
    return [
      {
        kind: 'fleet-rate',
        date: l.date,
        description: `${l.vanClass}: ${l.quantity} paid at ${formatDollars(l.rateCents)} a month, the rate card says ${formatDollars(rate)}`,
        expected,
        invoiced: paid,
        differenceCents: expected - paid,
        evidence: [{ file: 'fixed-monthly', row: l.row }],
      },
    ];
  });
}

/**
 * Each Fixed Monthly line's own arithmetic: quantity × monthly rate ÷ the days in its month is its
 * amount, to the cent either way (25 × $475 ÷ 30 = $395.833…: $395.83 or $395.84 are both right).
 */
export function checkFixedMonthlyLines(lines: readonly FixedMonthlyLine[]): Discrepancy[] {
  return lines.flatMap((l) => {
    const days = daysInMonth(l.date);
    if (Math.abs(l.amountCents * days - l.quantity * l.rateCents) < days) return [];
    const expected = vanDaysCents(l.quantity, l.rateCents, l.date);
    return [
      {
        kind: 'fleet-line',
        date: l.date,
        description: `${l.vanClass}: ${l.quantity} × ${formatDollars(l.rateCents)} a month ÷ ${days} days is ${formatDollars(expected)}, the line says ${formatDollars(l.amountCents)}`,
        expected,
        invoiced: l.amountCents,
        differenceCents: expected - l.amountCents,
        evidence: [{ file: 'fixed-monthly', row: l.row }],
      },
    ];
  });
}
