import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import type { DispatchRules } from '../dispatch/domain/rules.js';
import { findRules } from '../dispatch/schedule-store.js';
import { addDays } from '../shared/days.js';
import { driverWeek } from './domain/driver-week.js';
import { countingPunches } from './domain/punches.js';
import { DEFAULT_ORG_CAPS, ruleSetFor } from './domain/rule-sets.js';
import type { OrgCaps, StateCode } from './domain/types.js';
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
  const rows = countingPunches(
    await listDriverPunches(db, station.org_id, driverId, addDays(weekStart, -6), addDays(weekStart, 6)),
  );
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
