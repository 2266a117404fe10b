import type { Db } from '../db/database.js';
import type { PunchesTable, StationsTable } from '../db/schema.js';
import { listOvertimeApprovals } from '../dispatch/overtime-approvals.js';
import { addDays } from '../shared/days.js';
import { driverWeek } from './domain/driver-week.js';
import { countingPunches } from './domain/punches.js';
import { ruleSetFor } from './domain/rule-sets.js';
import type { OrgCaps, RuleSet, StateCode, Workday, WorkweekResult } from './domain/types.js';
import type { PunchProblem } from './domain/workday.js';
import { payrollSettings } from './payroll-settings.js';
import { listDriverPunches } from './store.js';

/** What the calculator takes from the org's settings: its caps and the workweek's first day. */
export interface OrgPolicy {
  caps: OrgCaps;
  workweekStartsOn: number;
}

export async function findOrgPolicy(db: Db, orgId: string): Promise<OrgPolicy> {
  const { settings } = await payrollSettings(db, orgId);
  return { caps: settings.caps, workweekStartsOn: settings.workweekStartsOn };
}

/** Each DA's dates with overtime approved ahead (the roster's decision), for the DAs and dates asked. */
export async function approvedOvertime(
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, string[]>> {
  const byDriver = new Map<string, string[]>();
  for (const a of await listOvertimeApprovals(db, orgId, driverIds, from, to))
    byDriver.set(a.driver_id, [...(byDriver.get(a.driver_id) ?? []), a.business_date]);
  return byDriver;
}

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
  overtimeApproved: readonly string[] = [],
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
    overtimeApproved,
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
  const [from, to] = [addDays(weekStart, -6), addDays(weekStart, 6)];
  const punches = await listDriverPunches(db, station.org_id, driverId, from, to);
  const approved = await approvedOvertime(db, station.org_id, [driverId], weekStart, to);
  return computeDriverWeek(station, caps, punches, weekStart, approved.get(driverId));
}
