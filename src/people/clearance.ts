import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { type Clearance, clearedToDrive } from './domain/cleared.js';
import { failedSteps } from './onboarding-store.js';
import type { Driver } from './store.js';

/**
 * What cleared to drive needs beyond the DA's own row, loaded once for a list: each station's time
 * zone (so "today" is the station's business day) and the onboarding steps DAs have failed.
 */
export interface ClearanceContext {
  /** The business date at each station. */
  todayAt(stationId: string): string;
  failedSteps: Map<string, string[]>;
}

/**
 * Loads the context for the DAs named (or every DA of the org). `at` is the instant "today" is taken
 * at, for each station's time zone.
 */
export async function loadClearanceContext(
  db: Db,
  orgId: string,
  driverIds?: string[],
  at: Date = new Date(),
): Promise<ClearanceContext> {
  const zones = await findOrgStationZones(db, orgId);
  const dates = new Map<string, string>();
  const todayAt = (stationId: string) => {
    const zone = zones.get(stationId) ?? 'UTC';
    let date = dates.get(zone);
    if (!date) {
      date = localDate(zone, at);
      dates.set(zone, date);
    }
    return date;
  };
  return { todayAt, failedSteps: await failedSteps(db, orgId, driverIds) };
}

/** Whether a DA may be given work today at their home station, and why not. */
export const clearanceIn = (ctx: ClearanceContext, d: Driver): Clearance =>
  clearedToDrive({ ...d, failedSteps: ctx.failedSteps.get(d.id) ?? [] }, ctx.todayAt(d.homeStationId));

/**
 * Cleared to drive for some DAs, each on their station's business date: what everything that assigns
 * work (dispatch, the roster, standby) asks. Two queries whatever the number of DAs.
 */
export async function clearancesFor(
  db: Db,
  orgId: string,
  drivers: Driver[],
  at: Date = new Date(),
): Promise<Map<string, Clearance>> {
  const ctx = await loadClearanceContext(
    db,
    orgId,
    drivers.length <= 500 ? drivers.map((d) => d.id) : undefined,
    at,
  );
  return new Map(drivers.map((d) => [d.id, clearanceIn(ctx, d)]));
}
