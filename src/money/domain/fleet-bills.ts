import { addDays } from '../../dispatch/domain/calendar.js';
import type { Discrepancy, DiscrepancyKind } from './discrepancy.js';
import { daysBetween, daysInMonth } from './fleet.js';
import { formatDollars } from './money.js';

/**
 * Fleet bills (issue 16 item 5), the DSP's side: a lessor's or rental company's line for a van over a
 * period, against our record of that van. The DSP pays these bills, so a discrepancy's difference is
 * billed − expected (what was billed for days not owed): positive, as everywhere, is money owed to the DSP.
 */

/** A line of a lessor's or rental invoice. */
export interface FleetBillLine {
  row: number;
  lessor: string;
  vin: string | null;
  plate: string | null;
  periodStart: string;
  periodEnd: string;
  /** Days billed: the file's Days, else the period's length. */
  days: number;
  /** The monthly rate the line says, when it says one. */
  rateCents: number | null;
  amountCents: number;
}

/** A stretch of a van's status history: from a change to the day before the next one. */
export interface VanStretch {
  from: string;
  /** The day before the next change; '9999-12-31' while it lasts. */
  to: string;
  status: string;
  reason: string | null;
}

/** Our record of a van, as the checks read it (src/fleet: the van and its status history). */
export interface VanRecord {
  fleetNumber: string;
  /** The day it became ours (its lease or rental began); null when not recorded. */
  since: string | null;
  stretches: VanStretch[];
  /** The monthly rate of its lease or rental as we recorded it; null when not recorded. */
  monthlyRateCents: number | null;
  /**
   * A rental's use from the roster over the billed period: the days the station closed routes, and
   * those it went out on one of them. Absent for a van that is not a rental (a lease is paid whether
   * the van goes out or not).
   */
  roster?: { days: ReadonlySet<string>; used: ReadonlySet<string> };
}

/**
 * A grounding waits on Amazon's repair when its reason says so ("Amazon repair", "AMZL body shop",
 * "awaiting Amazon fleet repair"): the grounding records have a free-text reason and no other mark.
 */
export const isAmazonRepair = (reason: string): boolean => /\b(amazon|amzl)\b/i.test(reason);

const OFF_ROAD = new Set(['grounded', 'in_shop']);

type DayState = 'returned' | 'amazon-repair' | 'not-ours' | 'in-use';

const stretchOn = (van: VanRecord, date: string) => van.stretches.find((s) => s.from <= date && date <= s.to);

function dayState(van: VanRecord, date: string): DayState {
  const s = stretchOn(van, date);
  if (s?.status === 'returned') return 'returned';
  if (s && OFF_ROAD.has(s.status) && isAmazonRepair(s.reason ?? '')) return 'amazon-repair';
  if (van.since !== null && date < van.since) return 'not-ours';
  return 'in-use';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Everything a line bills for days the van was not in our use, and a rate other than the van's. */
export function checkFleetBill(line: FleetBillLine, van: VanRecord): Discrepancy[] {
  const period = daysBetween(line.periodStart, line.periodEnd);
  const states = period.map((d) => ({ date: d, state: dayState(van, d) }));
  const of = (s: DayState) => states.filter((x) => x.state === s).map((x) => x.date);
  const extra = Math.max(0, line.days - period.length);
  const priced = (days: number) => Math.round((line.amountCents * days) / line.days);
  const who = `${van.fleetNumber} (${line.lessor})`;
  const found = (kind: DiscrepancyKind, days: string[], why: string, extraDays = 0): Discrepancy[] => {
    const n = days.length + extraDays;
    if (n === 0) return [];
    const cents = priced(n);
    return [
      {
        kind,
        date: days[0] ?? line.periodEnd,
        description: `${who}: ${plural(n, 'day')} billed ${why}, ${formatDollars(cents)} of ${formatDollars(line.amountCents)} for ${plural(line.days, 'day')}`,
        expected: 0,
        invoiced: cents,
        differenceCents: cents,
        evidence: [{ file: 'fleet-invoice', row: line.row }],
      },
    ];
  };
  const [returned, repairs, notOurs] = [of('returned'), of('amazon-repair'), of('not-ours')];
  // A day the roster closed no route at all is not judged: the roster does not say the van stood idle.
  const { roster } = van;
  const unused = roster ? of('in-use').filter((d) => roster.days.has(d) && !roster.used.has(d)) : [];
  const returnedOn = returned[0] ? stretchOn(van, returned[0])?.from : null;
  const why = [...new Set(repairs.map((d) => stretchOn(van, d)?.reason))].join('; ');
  return [
    ...found('fleet-returned', returned, `after it was returned on ${returnedOn}`),
    ...found('fleet-grounded', repairs, `while grounded for Amazon's repair (${why})`),
    ...found(
      'fleet-days',
      notOurs,
      notOurs.length > 0 && extra > 0
        ? `before it was ours (from ${van.since}) and beyond the period's ${period.length}`
        : notOurs.length > 0
          ? `before it was ours (from ${van.since})`
          : `beyond the ${period.length} days of the period`,
      extra,
    ),
    ...found('fleet-unused', unused, 'beyond use: on the roster it went out on no route those days'),
    ...checkBillRate(line, van),
  ];
}

/** A line's monthly rate against the rate we recorded for the van's lease or rental. */
function checkBillRate(line: FleetBillLine, van: VanRecord): Discrepancy[] {
  if (line.rateCents === null || van.monthlyRateCents === null || line.rateCents === van.monthlyRateCents)
    return [];
  const perMonth = line.rateCents - van.monthlyRateCents;
  const cents = Math.round((perMonth * line.days) / daysInMonth(line.periodStart));
  return [
    {
      kind: 'fleet-rate',
      date: line.periodStart,
      description: `${van.fleetNumber} (${line.lessor}): billed at ${formatDollars(line.rateCents)} a month, its rate is ${formatDollars(van.monthlyRateCents)}`,
      expected: line.amountCents - cents,
      invoiced: line.amountCents,
      differenceCents: cents,
      evidence: [{ file: 'fleet-invoice', row: line.row }],
    },
  ];
}

/** A change of a van's status on a business day, as its history records it. */
export interface VanStatusDay {
  status: string;
  reason: string | null;
  date: string;
}

/** A van's status history (in any order) as stretches: each change lasts to the day before the next. */
export function stretchesOf(history: readonly VanStatusDay[]): VanStretch[] {
  const changes = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return changes.map((c, i) => {
    const next = changes[i + 1];
    return {
      from: c.date,
      to: next ? addDays(next.date, -1) : '9999-12-31',
      status: c.status,
      reason: c.reason,
    };
  });
}
