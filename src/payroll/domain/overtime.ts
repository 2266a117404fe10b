import { daysBetween } from '../../shared/days.js';
import type { DailyOvertimeRule, PayCode, RuleSet, TimeSlice, Workday } from './types.js';
import { workedMinutes } from './workday.js';

/** Pay multiplier of each code: what slices are paid at, and what a rule's `multiplier` must say. */
export const MULTIPLIER: Record<PayCode, number> = { REG: 1, OT: 1.5, DT: 2 };

/** From `from` worked minutes of the day on, time is paid under `payCode`. */
interface Band {
  from: number;
  payCode: PayCode;
  rule?: string;
}

export interface Wage {
  hourlyCents?: number;
  minimumWageCents?: number;
}

/** Nevada's daily OT is owed below a multiple of the minimum wage; unknown wages get it. */
const dailyRuleApplies = (rule: DailyOvertimeRule, wage: Wage | undefined): boolean =>
  rule.onlyUnderMinimumWageMultiple === undefined ||
  wage?.hourlyCents === undefined ||
  wage.minimumWageCents === undefined ||
  wage.hourlyCents < rule.onlyUnderMinimumWageMultiple * wage.minimumWageCents;

function dayBands(rules: RuleSet, seventhDay: boolean, wage: Wage | undefined): Band[] {
  const seventh = seventhDay ? rules.rules.find((r) => r.type === 'seventh_day') : undefined;
  if (seventh)
    return [
      { from: 0, payCode: 'OT', rule: seventh.id },
      { from: seventh.doubleTimeAfterMinutes, payCode: 'DT', rule: seventh.id },
    ];
  const bands: Band[] = [{ from: 0, payCode: 'REG' }];
  for (const rule of rules.rules)
    if ((rule.type === 'daily_overtime' || rule.type === 'double_time') && dailyRuleApplies(rule, wage))
      bands.push({ from: rule.afterMinutes, payCode: rule.payCode, rule: rule.id });
  return bands.sort((a, b) => a.from - b.from);
}

/** The day's work cut into slices where the bands change, in worked minutes. */
function sliceDay(day: Workday, bands: Band[]): TimeSlice[] {
  const slices: TimeSlice[] = [];
  let worked = 0;
  for (const interval of day.work) {
    let start = interval.start;
    while (start < interval.end) {
      const at = worked + (start - interval.start);
      const band = bands.findLast((b) => b.from <= at) ?? { from: 0, payCode: 'REG' };
      const next = bands.find((b) => b.from > at);
      const end = next ? Math.min(interval.end, start + (next.from - at)) : interval.end;
      slices.push({
        date: day.date,
        start,
        end,
        payCode: band.payCode,
        ...(band.rule ? { rule: band.rule } : {}),
      });
      start = end;
    }
    worked += interval.end - interval.start;
  }
  return slices;
}

/** Regular time past the weekly threshold becomes OT, in time order; daily OT and DT never count. */
function applyWeekly(slices: TimeSlice[], rules: RuleSet): TimeSlice[] {
  const weekly = rules.rules.find((r) => r.type === 'weekly_overtime');
  if (!weekly) return slices;
  let left = weekly.afterMinutes;
  const out: TimeSlice[] = [];
  for (const slice of slices) {
    if (slice.payCode !== 'REG') out.push(slice);
    else if (slice.end - slice.start <= left) {
      left -= slice.end - slice.start;
      out.push(slice);
    } else {
      const cut = slice.start + left;
      if (left > 0) out.push({ ...slice, end: cut });
      out.push({ date: slice.date, start: cut, end: slice.end, payCode: 'OT', rule: weekly.id });
      left = 0;
    }
  }
  return out;
}

/**
 * A workweek's time slices: daily bands first (OT, double time, or the 7th consecutive day worked),
 * then weekly OT over the regular time left. `days` are in date order, all in the week.
 */
export function sliceWorkweek(weekStart: string, days: Workday[], rules: RuleSet, wage?: Wage): TimeSlice[] {
  const workedDates = new Set(days.filter((d) => workedMinutes(d) > 0).map((d) => d.date));
  const slices = days.flatMap((day) => {
    const seventh = workedDates.size === 7 && daysBetween(weekStart, day.date) === 6;
    return sliceDay(day, dayBands(rules, seventh, wage));
  });
  return applyWeekly(slices, rules);
}
