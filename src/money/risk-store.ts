import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import { listDelays } from '../dispatch/amazon-events-store.js';
import { instantAt, localDate } from '../shared/dates.js';
import type { DamageCost, WorkStretch } from './domain/risk.js';

/** Minutes from the business date's local midnight to an instant (past 24 h for a shift past midnight). */
const minutesInto = (date: string, instant: string, timeZone: string) =>
  Math.round((Date.parse(instant) - Date.parse(instantAt(date, '00:00', timeZone))) / 60_000);

/** Minutes of the board's unplanned delays per route they name (a route may be named by two). */
async function delayedMinutes(db: Db, station: StationsTable, from: string, to: string) {
  const minutes = new Map<string, number>();
  for (const d of await listDelays(db, station.org_id, station.id, from, to))
    for (const id of JSON.parse(d.route_ids) as string[]) minutes.set(id, (minutes.get(id) ?? 0) + d.minutes);
  return minutes;
}

/**
 * A station's closed routes and rescues between two business dates, as work stretches of their DAs;
 * a route carries the minutes the board's delays kept it waiting.
 */
export async function loadWork(
  db: Db,
  station: StationsTable,
  from: string,
  to: string,
): Promise<WorkStretch[]> {
  const tz = station.time_zone;
  const routes = await db
    .selectFrom('routes')
    .innerJoin('drivers', (j) =>
      j.onRef('drivers.id', '=', 'routes.driver_id').onRef('drivers.org_id', '=', 'routes.org_id'),
    )
    .select([
      'routes.id',
      'routes.business_date',
      'routes.code',
      'routes.driver_id',
      'routes.planned_minutes',
      'routes.actual_start',
      'routes.actual_end',
      'drivers.hourly_rate_cents',
    ])
    .where('routes.org_id', '=', station.org_id)
    .where('routes.station_id', '=', station.id)
    .where('routes.business_date', '>=', from)
    .where('routes.business_date', '<=', to)
    .where('routes.actual_start', 'is not', null)
    .where('routes.actual_end', 'is not', null)
    .execute();
  const delays = await delayedMinutes(db, station, from, to);
  const rescues = await db
    .selectFrom('rescues')
    .innerJoin('routes', (j) =>
      j.onRef('routes.id', '=', 'rescues.route_id').onRef('routes.org_id', '=', 'rescues.org_id'),
    )
    .innerJoin('drivers', (j) =>
      j.onRef('drivers.id', '=', 'rescues.rescuer_driver_id').onRef('drivers.org_id', '=', 'rescues.org_id'),
    )
    .select([
      'rescues.business_date',
      'routes.code',
      'rescues.rescuer_driver_id',
      'rescues.started_at',
      'rescues.ended_at',
      'drivers.hourly_rate_cents',
    ])
    .where('rescues.org_id', '=', station.org_id)
    .where('rescues.station_id', '=', station.id)
    .where('rescues.business_date', '>=', from)
    .where('rescues.business_date', '<=', to)
    .where('rescues.ended_at', 'is not', null)
    .execute();
  const stretch = (date: string, start: string, end: string) => ({
    stationId: station.id,
    date,
    start: minutesInto(date, start, tz),
    end: minutesInto(date, end, tz),
  });
  return [
    ...routes.map((r) => ({
      kind: 'route' as const,
      ...stretch(r.business_date, r.actual_start as string, r.actual_end as string),
      driverId: r.driver_id as string,
      rateCents: r.hourly_rate_cents,
      code: r.code,
      plannedMinutes: r.planned_minutes,
      delayMinutes: delays.get(r.id) ?? 0,
    })),
    ...rescues.map((r) => ({
      kind: 'rescue' as const,
      ...stretch(r.business_date, r.started_at, r.ended_at as string),
      driverId: r.rescuer_driver_id,
      rateCents: r.hourly_rate_cents,
      code: r.code,
    })),
  ].filter((s) => s.end > s.start);
}

/** The cost of damage to the station's vans that happened between two business dates. */
export async function loadDamages(
  db: Db,
  station: StationsTable,
  from: string,
  to: string,
): Promise<DamageCost[]> {
  const rows = await db
    .selectFrom('damage_records')
    .select(['occurred_at', 'cost_cents'])
    .where('org_id', '=', station.org_id)
    .where('station_id', '=', station.id)
    .where('occurred_at', '>=', instantAt(from, '00:00', station.time_zone))
    .where('occurred_at', '<', instantAt(to, '23:59', station.time_zone))
    .where('cost_cents', '>', 0)
    .execute();
  return rows.map((r) => ({
    stationId: station.id,
    date: localDate(station.time_zone, new Date(r.occurred_at)),
    cents: r.cost_cents ?? 0,
  }));
}
