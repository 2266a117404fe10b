import { addDays } from '../../shared/days.js';
import { mergeByDate } from './merge-days.js';
import { computePay } from './pay.js';
import { PAY_ITEMS, type PayItem, type PeriodDates, weeksOf } from './pay-periods.js';
import type { PayCode, RuleSet } from './types.js';
import { type Punch, workdaysFromPunches } from './workday.js';
import { computeWorkweek } from './workweek.js';

/** One DA's time and premiums owed in a pay period, as the close freezes them. */
export interface DaPeriodInput {
  /** The DA's home station's zone: one DA, one workweek, one calculation across stations. */
  timeZone: string;
  /** The rules in force for the home station's state in a workweek. */
  rulesFor: (weekStart: string) => RuleSet;
  /** Null when the DA has no rate on file: hours still count, dollars are unknown. */
  hourlyCents: number | null;
  /** The punches that count, of workdays in the period, in time order. */
  punches: readonly Punch[];
  /** Premium hours the ledger owes and this period pays. */
  premiums: readonly { kind: 'meal' | 'rest'; hours: number }[];
}

export type ItemTotal = { minutes: number; cents: number | null };
export type ItemTotals = Record<PayItem, ItemTotal>;

const ZERO = { REG: 0, OT: 0, DT: 0 } as const satisfies Record<PayCode, number>;

/**
 * A DA's pay-period totals by item: each workweek through the workweek calculator (REG/OT/DT), the
 * premiums from the ledger; dollars by `computePay` for each item alone (no bonuses are on file, so
 * the regular rate is the base rate and each item's line stands by itself).
 */
export function daPeriodTotals(period: PeriodDates, input: DaPeriodInput): ItemTotals {
  const days = mergeByDate(workdaysFromPunches(input.punches, input.timeZone).days);
  const minutes: Record<PayItem, number> = { REG: 0, OT: 0, DT: 0, MEAL: 0, REST: 0 };
  for (const weekStart of weeksOf(period)) {
    const weekEnd = addDays(weekStart, 6);
    const week = computeWorkweek({
      weekStart,
      days: days.filter((d) => d.date >= weekStart && d.date <= weekEnd),
      rules: input.rulesFor(weekStart),
    });
    for (const code of ['REG', 'OT', 'DT'] as const) minutes[code] += week.minutes[code];
  }
  for (const p of input.premiums) minutes[p.kind === 'meal' ? 'MEAL' : 'REST'] += Math.round(p.hours * 60);
  const centsOf = (item: PayItem): number | null => {
    if (input.hourlyCents === null) return null;
    const premium = item === 'MEAL' || item === 'REST';
    return computePay({
      hourlyCents: input.hourlyCents,
      minutes: premium ? ZERO : { ...ZERO, [item]: minutes[item] },
      premiumHours: {
        meal: item === 'MEAL' ? minutes.MEAL / 60 : 0,
        rest: item === 'REST' ? minutes.REST / 60 : 0,
      },
      flatBonusMethod: 'federal',
    }).totalCents;
  };
  return Object.fromEntries(
    PAY_ITEMS.map((i) => [i, { minutes: minutes[i], cents: centsOf(i) }]),
  ) as ItemTotals;
}
