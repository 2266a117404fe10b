import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import type { DispatchRules } from '../dispatch/domain/rules.js';
import { findRules } from '../dispatch/schedule-store.js';
import { addDays } from '../shared/days.js';
import { countingPunches } from './domain/punches.js';
import { DEFAULT_ORG_CAPS, ruleSetFor } from './domain/rule-sets.js';
import type { OrgCaps, StateCode, Workday } from './domain/types.js';
import { workdaysFromPunches, workedMinutes } from './domain/workday.js';
import { computeWorkweek } from './domain/workweek.js';
import { listDriverPunches } from './store.js';

/**
 * The org's caps are its scheduling rules (one place, Settings → Scheduling): the longest day, the most
 * in any 7 days, and overtime needing approval unless the org allows it in advance.
 */
const orgCaps = (rules: DispatchRules): OrgCaps => ({
  ...DEFAULT_ORG_CAPS,
  maxDayMinutes: rules.maxDayMinutes,
  maxRolling7DaysMinutes: rules.maxSevenDayMinutes,
  overtimeNeedsApproval: !rules.overtimeAllowed,
});

export const findOrgCaps = async (db: Db, orgId: string): Promise<OrgCaps> =>
  orgCaps(await findRules(db, orgId));

/**
 * One DA's workweek at a station, from the punches that count (the 6 days before it read too, for the
 * rolling caps): the calculator's result beside the paired workdays and the punches it read.
 */
export async function driverWorkweek(
  db: Db,
  station: StationsTable,
  caps: OrgCaps,
  driverId: string,
  weekStart: string,
) {
  const weekEnd = addDays(weekStart, 6);
  const rows = countingPunches(
    await listDriverPunches(db, station.org_id, driverId, addDays(weekStart, -6), weekEnd),
  );
  const paired = workdaysFromPunches(
    rows.map((p) => ({ kind: p.kind, at: p.at })),
    station.time_zone,
  );
  const days = mergeByDate(paired.days);
  const rules = ruleSetFor(station.state as StateCode, weekStart);
  const inWeek = days.filter((d) => d.date >= weekStart && d.date <= weekEnd);
  const result = computeWorkweek({
    weekStart,
    days: inWeek,
    rules,
    caps,
    priorDays: days
      .filter((d) => d.date < weekStart)
      .map((d) => ({ date: d.date, minutes: workedMinutes(d) })),
  });
  return { rows, problems: paired.problems, days: inWeek, rules, result };
}

/** Two stretches of one date (a DA clocked out and in again) are one workday with a gap between. */
function mergeByDate(days: readonly Workday[]): Workday[] {
  const byDate = new Map<string, Workday>();
  for (const d of days) {
    const seen = byDate.get(d.date);
    if (!seen) byDate.set(d.date, { ...d, work: [...d.work], ...(d.rests ? { rests: [...d.rests] } : {}) });
    else {
      seen.work.push(...d.work);
      if (d.rests) seen.rests = [...(seen.rests ?? []), ...d.rests];
    }
  }
  return [...byDate.values()];
}
