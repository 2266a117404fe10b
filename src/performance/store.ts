import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import type { FactTable } from './fact-store.js';

/** The DA weeks of a batch of file rows already on file at a station (by week and Transporter ID). */
export const findDaWeeks = (
  db: Db,
  orgId: string,
  stationId: string,
  weeks: string[],
  transporterIds: string[],
) =>
  db
    .selectFrom('da_weeks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', 'in', weeks)
    .where('transporter_id', 'in', transporterIds)
    .execute();

export const findSafetyEvents = (db: Db, orgId: string, eventIds: string[]) =>
  db
    .selectFrom('safety_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('event_id', 'in', eventIds)
    .execute();

export const findFeedback = (db: Db, orgId: string, trackingIds: string[]) =>
  db
    .selectFrom('customer_feedback')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('tracking_id', 'in', trackingIds)
    .execute();

/** A station's DA weeks from `from` to `to` (week starts, inclusive). */
export const listStationWeeks = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('da_weeks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '>=', from)
    .where('week_start', '<=', to)
    .execute();

/** The org's DA weeks from `from` to `to` that carry Amazon's own overall score: what a fit learns from. */
export const listAmazonScoredWeeks = (db: Db, orgId: string, from: string, to: string) =>
  db
    .selectFrom('da_weeks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('overall_score', 'is not', null)
    .where('week_start', '>=', from)
    .where('week_start', '<=', to)
    .execute();

/** One DA's weeks from `from` to `to`, at the stations given (null: any). */
export async function listDriverWeeks(
  db: Db,
  orgId: string,
  driverId: string,
  range: { from: string; to: string },
  stationIds: string[] | null,
) {
  let q = db
    .selectFrom('da_weeks')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('week_start', '>=', range.from)
    .where('week_start', '<=', range.to);
  if (stationIds) q = q.where('station_id', 'in', stationIds);
  return q.orderBy('week_start').execute();
}

/** The weeks a station has DA rows for, newest first (a year's worth). */
export async function listStationWeekStarts(db: Db, orgId: string, stationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('da_weeks')
    .select('week_start')
    .distinct()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .orderBy('week_start', 'desc')
    .limit(53)
    .execute();
  return rows.map((r) => r.week_start);
}

/** The weeks a DA has rows for, newest first. */
export async function listDriverWeekStarts(db: Db, orgId: string, driverId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('da_weeks')
    .select('week_start')
    .distinct()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('week_start', 'desc')
    .limit(53)
    .execute();
  return rows.map((r) => r.week_start);
}

/** Safety events and customer feedback of a station's days, counted per Transporter ID. */
export async function countStationFacts(
  db: Db,
  orgId: string,
  stationId: string,
  days: { from: string; to: string },
): Promise<{ events: Map<string, number>; feedback: Map<string, number> }> {
  const events = await db
    .selectFrom('safety_events')
    .select(['transporter_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', days.from)
    .where('business_date', '<=', days.to)
    .groupBy('transporter_id')
    .execute();
  const feedback = await db
    .selectFrom('customer_feedback')
    .select(['transporter_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('feedback_date', '>=', days.from)
    .where('feedback_date', '<=', days.to)
    .groupBy('transporter_id')
    .execute();
  const byId = (rows: { transporter_id: string | null; n: number }[]) =>
    new Map(rows.flatMap((r) => (r.transporter_id ? [[r.transporter_id, Number(r.n)] as const] : [])));
  return { events: byId(events), feedback: byId(feedback) };
}

export interface UnlinkedGroup {
  transporterId: string;
  name: string | null;
  firstSeen: string;
  lastSeen: string;
  rows: number;
  stationIds: string[];
}

const DAY_COLUMN: Record<FactTable, 'week_start' | 'business_date' | 'feedback_date'> = {
  da_weeks: 'week_start',
  safety_events: 'business_date',
  customer_feedback: 'feedback_date',
};

/** Rows of one table whose Transporter ID is linked to no DA, grouped by ID (the partial index's rows). */
async function unlinkedIn(db: Db, table: FactTable, orgId: string, stationIds: string[] | null) {
  const day = DAY_COLUMN[table];
  let q = db
    .selectFrom(table as 'da_weeks')
    .select((eb) => [
      'transporter_id',
      'station_id',
      eb.fn.max('da_name').as('name'),
      eb.fn.min(day as 'week_start').as('first_seen'),
      eb.fn.max(day as 'week_start').as('last_seen'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('org_id', '=', orgId)
    .where('driver_id', 'is', null)
    .where('transporter_id', 'is not', null);
  if (stationIds) q = q.where('station_id', 'in', stationIds);
  return q.groupBy(['transporter_id', 'station_id']).execute();
}

/**
 * Transporter IDs of the files that match no DA, with the name the files gave, when they were first and
 * last seen and how many rows wait for them, across the three tables (at the stations given; null: all).
 */
export async function listUnlinked(
  db: Db,
  orgId: string,
  stationIds: string[] | null,
): Promise<UnlinkedGroup[]> {
  const groups = new Map<string, UnlinkedGroup>();
  for (const table of ['da_weeks', 'safety_events', 'customer_feedback'] as const) {
    for (const r of await unlinkedIn(db, table, orgId, stationIds)) {
      const g = groups.get(r.transporter_id) ?? {
        transporterId: r.transporter_id,
        name: null,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
        rows: 0,
        stationIds: [],
      };
      g.name ??= r.name;
      g.firstSeen = r.first_seen < g.firstSeen ? r.first_seen : g.firstSeen;
      g.lastSeen = r.last_seen > g.lastSeen ? r.last_seen : g.lastSeen;
      g.rows += Number(r.n);
      if (!g.stationIds.includes(r.station_id)) g.stationIds.push(r.station_id);
      groups.set(r.transporter_id, g);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.rows - a.rows || a.transporterId.localeCompare(b.transporterId),
  );
}

/** Gives every unlinked row of a Transporter ID to a DA; answers how many rows each table gave. */
export async function backfillDriver(
  trx: Db,
  orgId: string,
  transporterId: string,
  driverId: string,
): Promise<Record<FactTable, number>> {
  const counts = { da_weeks: 0, safety_events: 0, customer_feedback: 0 };
  for (const table of Object.keys(counts) as FactTable[]) {
    const result = await trx
      .updateTable(table as 'da_weeks')
      .set({ driver_id: driverId })
      .where('org_id', '=', orgId)
      .where('transporter_id', '=', transporterId)
      .where('driver_id', 'is', null)
      .executeTakeFirst();
    counts[table] = Number(result.numUpdatedRows);
  }
  return counts;
}

/** How many weekly figures, safety events and feedback rows are linked to a DA. */
export async function countPerformanceRowsOfDriver(db: Db, orgId: string, driverId: string): Promise<number> {
  const counts = await Promise.all(
    (['da_weeks', 'safety_events', 'customer_feedback'] as const).map((t) =>
      countOf(db, t, orgId, 'driver_id', driverId),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}
