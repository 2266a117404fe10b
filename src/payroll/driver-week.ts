import type { Db } from '../db/database.js';
import type { PunchesTable, StationsTable } from '../db/schema.js';
import type { DispatchRules } from '../dispatch/domain/rules.js';
import { findRules } from '../dispatch/schedule-store.js';
import { addDays } from '../shared/days.js';
import { driverWeek } from './domain/driver-week.js';
import { countingPunches } from './domain/punches.js';
import { DEFAULT_ORG_CAPS, ruleSetFor } from './domain/rule-sets.js';
import type { OrgCaps, RuleSet, StateCode, Workday, WorkweekResult } from './domain/types.js';
import type { PunchProblem } from './domain/workday.js';
import { listDriverPunches } from './store.js';

/**
 * The org's caps are its scheduling rules (one place, Settings → Scheduling): the longest day, the most
 * in any 7 days, and overtime needing approval unless the org allows it in advance.
 */
export const orgCaps = (rules: DispatchRules): OrgCaps => ({
  ...DEFAULT_ORG_CAPS,
  maxDayMinutes: rules.maxDayMinutes,
  maxRolling7DaysMinutes: rules.maxSevenDayMinutes,
  overtimeNeedsApproval: !rules.overtimeAllowed,
});

export const findOrgCaps = async (db: Db, orgId: string): Promise<OrgCaps> =>
  orgCaps(await findRules(db, orgId));

/** One DA's workweek as the calculator sees it: the counting punches, the rules and the result. */
export interface DriverWeek {
  rows: PunchesTable[];
  /** The week's punches that do not pair up. */
  problems: PunchProblem[];
  days: Workday[];
  rules: RuleSet;
  result: WorkweekResult;
}

/** Computes a DA's workweek from their punches of it and of the 6 days before (any others are left out). */
export function computeDriverWeek(
  station: StationsTable,
  caps: OrgCaps,
  punches: readonly PunchesTable[],
  weekStart: string,
): DriverWeek {
  const priorFrom = addDays(weekStart, -6);
  const weekEnd = addDays(weekStart, 6);
  const rows = countingPunches(punches.filter((p) => p.workday >= priorFrom && p.workday <= weekEnd));
  const rules = ruleSetFor(station.state as StateCode, weekStart);
  const result = driverWeek({
    weekStart,
    punches: rows.map((p) => ({ kind: p.kind, at: p.at })),
    timeZone: station.time_zone,
    rules,
    caps,
  });
  return { rows, problems: result.problems, days: result.days, rules, result };
}

/** One DA's workweek at a station, read from the database. */
export async function driverWorkweek(
  db: Db,
  station: StationsTable,
  caps: OrgCaps,
  driverId: string,
  weekStart: string,
): Promise<DriverWeek> {
  const punches = await listDriverPunches(
    db,
    station.org_id,
    driverId,
    addDays(weekStart, -6),
    addDays(weekStart, 6),
  );
  return computeDriverWeek(station, caps, punches, weekStart);
}
