import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { ownDriver } from '../people/own-driver.js';
import { daToday } from '../people/station-today.js';
import { addDays } from '../shared/days.js';
import { listDriverClosedRoutes } from './day-store.js';
import { routesPastPlan } from './domain/past-plan.js';

/** The weeks back a DA's phone shows, as the risk ledger's trend does. */
export const PAST_PLAN_WEEKS = 12;

/** The signed-in DA's own routes of the last twelve weeks that ran past their plan. */
export async function myRoutesPastPlan(db: Db, actor: Actor) {
  const da = await ownDriver(db, actor);
  const today = await daToday(db, actor.orgId, da);
  const from = addDays(today, -7 * PAST_PLAN_WEEKS);
  const rows = await listDriverClosedRoutes(db, actor.orgId, da.id, from, today);
  const routes = routesPastPlan(
    rows.map((r) => ({
      date: r.business_date,
      code: r.code,
      plannedMinutes: r.planned_minutes,
      actualStart: r.actual_start as string,
      actualEnd: r.actual_end as string,
    })),
  );
  return { from, to: today, routes };
}
