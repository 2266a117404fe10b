import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { recordLateCancel } from '../dispatch/amazon-events.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { addRoute } from '../dispatch/delivery-routes.js';
import { assignRoute } from '../dispatch/roster.js';
import { listStationShifts } from '../dispatch/schedule-store.js';
import { listStationVans } from '../fleet/store.js';
import { addDays } from '../shared/days.js';
import type { RecordedEvent } from './money-plan.js';

/**
 * Late cancels in the money weeks (issue 16 items 4 and 9): on one day of some weeks Amazon added a
 * route late, the dispatcher put a standby DA still at the station on it, and Amazon cancelled it at
 * load-out — the DA is paid for it, no route ran. Recorded through the board's own use cases before the
 * weeks' files are made, so a week's Variable invoice can pay its AMZL Late Cancel ($200); one week's is
 * not paid, for the risk ledger to show what the DSP absorbed and the checks a late cancel to dispute.
 */

/**
 * The week's first standby who stayed at the station all day: checked in, not sent home, on no route and
 * rescuing none (so no hour of theirs is counted twice).
 */
async function idleStandby(db: Db, orgId: string, stationId: string, week: string) {
  const last = addDays(week, 6);
  const [shifts, routes, rescues, sentHome] = await Promise.all([
    listStationShifts(db, orgId, stationId, week, last),
    listStationRoutes(db, orgId, stationId, week, last),
    db
      .selectFrom('rescues')
      .select(['rescuer_driver_id as driver', 'business_date as date'])
      .where('org_id', '=', orgId)
      .where('station_id', '=', stationId)
      .where('business_date', '>=', week)
      .where('business_date', '<=', last)
      .execute(),
    db
      .selectFrom('attendance_events')
      .select(['driver_id as driver', 'business_date as date'])
      .where('org_id', '=', orgId)
      .where('kind', '=', 'sent_home')
      .where('business_date', '>=', week)
      .where('business_date', '<=', last)
      .execute(),
  ]);
  const busy = new Set([
    ...routes.map((r) => `${r.driver_id} ${r.business_date}`),
    ...[...rescues, ...sentHome].map((e) => `${e.driver} ${e.date}`),
  ]);
  return shifts
    .filter((s) => s.kind === 'standby' && s.status === 'scheduled' && s.checked_in_at !== null)
    .sort((a, b) => a.business_date.localeCompare(b.business_date) || a.driver_id.localeCompare(b.driver_id))
    .find((s) => !busy.has(`${s.driver_id} ${s.business_date}`));
}

/**
 * A code and a van the day has not used: its codes' prefix numbered past the highest, and an active cargo
 * van (the demo's most common type) on no route that day.
 */
async function freeCodeAndVan(db: Db, orgId: string, stationId: string, date: string) {
  const [routes, vans] = await Promise.all([
    listStationRoutes(db, orgId, stationId, date, date),
    listStationVans(db, orgId, stationId),
  ]);
  const codes = routes.map((r) => r.code);
  const prefix = codes[0]?.replace(/\d+$/, '') ?? 'CX';
  const highest = Math.max(0, ...codes.map((c) => Number(c.match(/\d+$/)?.[0] ?? 0)));
  const used = new Set(routes.map((r) => r.van_id));
  const van = vans.find((v) => v.vanType === 'cdv' && v.status === 'active' && !used.has(v.id));
  return { code: `${prefix}${highest + 1}`, van };
}

/**
 * A week's late cancel, recorded on the board: a route added on a standby's day, the standby and a free
 * van put on it, Amazon's cancel at its wave. Null when no standby stayed at the station all week.
 */
export const lateCancelOf =
  (db: Db, owner: Actor, stationId: string) =>
  async (week: string, paid: boolean): Promise<RecordedEvent | null> => {
    const standby = await idleStandby(db, owner.orgId, stationId, week);
    const date = standby?.business_date ?? week;
    const { code, van } = await freeCodeAndVan(db, owner.orgId, stationId, date);
    if (!standby || !van) return null;
    const route = await addRoute(db, owner, stationId, date, {
      code,
      waveTime: standby.start_time,
      serviceType: 'Standard Parcel',
      plannedMinutes: standby.minutes,
      vanType: van.vanType,
    });
    await assignRoute(db, owner, route.id, {
      driverId: standby.driver_id,
      vanId: van.id,
      version: route.version,
    });
    await recordLateCancel(db, owner, route.id, {
      time: standby.start_time,
      note: 'Amazon added the route late and cut it at load-out',
    });
    return { date, paid };
  };
