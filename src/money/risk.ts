import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { ruleSetFor } from '../payroll/domain/rule-sets.js';
import type { StateCode } from '../payroll/domain/types.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { emptyWeek, priceRiskWeek, type RouteRisk, type StationRiskWeek } from './domain/risk.js';
import { loadLateCancels, loadPremiums, loadReimbursed } from './risk-events-store.js';
import { loadDamages, loadWork } from './risk-store.js';

/** The Sunday that starts the week of `date` (the payroll workweek). */
const sundayOf = (date: string) => addDays(date, -weekday(date));

/** Routes summed over the weeks shown, the costliest first. */
function routesOver(weeks: readonly StationRiskWeek[]): RouteRisk[] {
  const byCode = new Map<string, RouteRisk>();
  for (const r of weeks.flatMap((w) => w.byRoute)) {
    const sum = byCode.get(r.code) ?? { code: r.code, runs: 0, overruns: 0, overrunMinutes: 0, cents: 0 };
    byCode.set(r.code, {
      code: r.code,
      runs: sum.runs + r.runs,
      overruns: sum.overruns + r.overruns,
      overrunMinutes: sum.overrunMinutes + r.overrunMinutes,
      cents: sum.cents + r.cents,
    });
  }
  return [...byCode.values()].sort((a, b) => b.cents - a.cents || a.code.localeCompare(b.code));
}

/**
 * A station's risk ledger over its last `count` weeks (this week included), oldest first, with the routes
 * that cost the most over them. `runs` of a route counts only its weeks with a cost, so it is read as
 * "overran N of the M times it ran" within those weeks.
 */
export async function stationRisk(db: Db, actor: Actor, stationId: string, count: number) {
  const station = await visibleStation(db, actor, stationId);
  const thisWeek = sundayOf(localDate(station.time_zone));
  const first = addDays(thisWeek, -7 * (count - 1));
  const last = addDays(thisWeek, 6);
  const starts = Array.from({ length: count }, (_, i) => addDays(first, 7 * i));
  const [work, damages, lateCancels, premiums, reimbursed] = await Promise.all([
    loadWork(db, station, first, last),
    loadDamages(db, station, first, last),
    loadLateCancels(db, station, first, last),
    loadPremiums(db, station, first, last),
    Promise.all(starts.map((week) => loadReimbursed(db, station, week))),
  ]);
  const weeks = starts.map((weekStart, i) => {
    const inWeek = (r: { date: string }) => r.date >= weekStart && r.date <= addDays(weekStart, 6);
    const [week] = priceRiskWeek({
      weekStart,
      rulesFor: () => ruleSetFor(station.state as StateCode, weekStart),
      work: work.filter(inWeek),
      damages: damages.filter(inWeek),
      lateCancels: lateCancels.filter(inWeek),
      premiums: premiums.filter(inWeek),
      reimbursed: [reimbursed[i] as (typeof reimbursed)[number]],
    });
    return week ?? emptyWeek(station.id, weekStart);
  });
  return { stationId: station.id, weeks, routes: routesOver(weeks) };
}
