import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { quotedIn } from '../db/json-text.js';
import type { InspectionsTable } from '../db/schema.js';
import { addDays } from '../shared/days.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import type { VanType } from '../shared/vans.js';
import type { AnsweredItem } from './domain/checklist.js';
import type { DamageMark, InspectionFacts, InspectionKind } from './domain/new-damage.js';

// Inspections (DVICs) as the slice works with them, and their queries. Scoped by org.

export type BodyPhotos = { front: string; rear: string; driver_side: string; passenger_side: string };
export const BODY_SIDES = ['front', 'rear', 'driver_side', 'passenger_side'] as const;

/** An inspection as the slice works with it (JSON columns read). */
export interface Inspection {
  id: string;
  vanId: string;
  stationId: string;
  vanType: VanType;
  kind: InspectionKind;
  businessDate: string;
  driverId: string | null;
  inspectorUserId: string | null;
  inspectorName: string;
  startedAt: string;
  submittedAt: string;
  receivedAt: string;
  durationSeconds: number;
  rushed: boolean;
  odometerMiles: number;
  fuelPercent: number;
  items: AnsweredItem[];
  bodyPhotos: BodyPhotos;
  odometerPhotoId: string;
  videoId: string | null;
  damageMarks: DamageMark[];
  passed: boolean;
  grounded: boolean;
}

export const toInspection = (r: InspectionsTable): Inspection => ({
  id: r.id,
  vanId: r.van_id,
  stationId: r.station_id,
  vanType: r.van_type as VanType,
  kind: r.kind,
  businessDate: r.business_date,
  driverId: r.driver_id,
  inspectorUserId: r.inspector_user_id,
  inspectorName: r.inspector_name,
  startedAt: r.started_at,
  submittedAt: r.submitted_at,
  receivedAt: r.received_at,
  durationSeconds: r.duration_seconds,
  rushed: r.rushed === 1,
  odometerMiles: r.odometer_miles,
  fuelPercent: r.fuel_percent,
  items: JSON.parse(r.items) as AnsweredItem[],
  bodyPhotos: JSON.parse(r.body_photos) as BodyPhotos,
  odometerPhotoId: r.odometer_photo_id,
  videoId: r.video_id,
  damageMarks: JSON.parse(r.damage_marks) as DamageMark[],
  passed: r.passed === 1,
  grounded: r.grounded === 1,
});

export const toInspectionRow = (orgId: string, i: Inspection): InspectionsTable => ({
  org_id: orgId,
  id: i.id,
  van_id: i.vanId,
  station_id: i.stationId,
  van_type: i.vanType,
  kind: i.kind,
  business_date: i.businessDate,
  driver_id: i.driverId,
  inspector_user_id: i.inspectorUserId,
  inspector_name: i.inspectorName,
  started_at: i.startedAt,
  submitted_at: i.submittedAt,
  received_at: i.receivedAt,
  duration_seconds: i.durationSeconds,
  rushed: i.rushed ? 1 : 0,
  odometer_miles: i.odometerMiles,
  fuel_percent: i.fuelPercent,
  items: JSON.stringify(i.items),
  body_photos: JSON.stringify(i.bodyPhotos),
  odometer_photo_id: i.odometerPhotoId,
  video_id: i.videoId,
  damage_marks: JSON.stringify(i.damageMarks),
  passed: i.passed ? 1 : 0,
  grounded: i.grounded ? 1 : 0,
});

/** Inspections in multi-row statements: 25 columns a row, 400 rows stay under SQLite's parameter limit. */
export async function insertInspections(db: Db, orgId: string, inspections: Inspection[]): Promise<void> {
  const rows = inspections.map((i) => toInspectionRow(orgId, i));
  for (let i = 0; i < rows.length; i += 400) {
    await db
      .insertInto('inspections')
      .values(rows.slice(i, i + 400))
      .execute();
  }
}

export async function findInspection(db: Db, orgId: string, id: string): Promise<Inspection | undefined> {
  const row = await db
    .selectFrom('inspections')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInspection(row);
}

export async function findInspections(db: Db, orgId: string, ids: readonly string[]): Promise<Inspection[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('inspections')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map(toInspection);
}

/**
 * Whether an inspection at one of `stationIds` keeps this file: a body, odometer, item or damage photo,
 * or its video. Photos sit in JSON columns, so this reads the stations' inspections; only callers
 * limited to some stations ask.
 */
export async function inspectionKeepsFileIn(
  db: Db,
  orgId: string,
  fileId: string,
  stationIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('inspections')
    .select('id')
    .where('org_id', '=', orgId)
    .where('station_id', 'in', [...stationIds])
    .where((eb) =>
      eb.or([
        eb('odometer_photo_id', '=', fileId),
        eb('video_id', '=', fileId),
        eb('body_photos', 'like', quotedIn(fileId)),
        eb('items', 'like', quotedIn(fileId)),
        eb('damage_marks', 'like', quotedIn(fileId)),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** The van's inspection just before or just after an instant (by when it was started), other than `except`. */
export async function neighbourInspection(
  db: Db,
  orgId: string,
  vanId: string,
  startedAt: string,
  side: 'before' | 'after',
  except: string,
): Promise<Inspection | undefined> {
  const row = await db
    .selectFrom('inspections')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('van_id', '=', vanId)
    .where('started_at', side === 'before' ? '<' : '>', startedAt)
    .where('id', '!=', except)
    .orderBy('started_at', side === 'before' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
  return row && toInspection(row);
}

export const inspectionFacts = (i: Inspection): InspectionFacts => ({
  id: i.id,
  kind: i.kind,
  driverId: i.driverId,
  inspectorName: i.inspectorName,
  businessDate: i.businessDate,
  startedAt: i.startedAt,
  damageMarks: i.damageMarks,
});

export interface InspectionFilter {
  vanId?: string;
  driverId?: string;
  /** Station ids to keep to (station-scoped staff); null for all. */
  stationIds?: string[] | null;
  stationId?: string;
  date?: string;
  kind?: InspectionKind;
  passed?: boolean;
  rushed?: boolean;
  limit: number;
  cursor?: string;
}

/** Newest first by when the inspection was started; the cursor is the last (started_at, id) seen. */
export async function listInspections(db: Db, orgId: string, f: InspectionFilter) {
  if (f.stationIds?.length === 0) return { items: [], nextCursor: null };
  let q = db.selectFrom('inspections').selectAll().where('org_id', '=', orgId);
  if (f.stationIds) q = q.where('station_id', 'in', f.stationIds);
  if (f.vanId) q = q.where('van_id', '=', f.vanId);
  if (f.driverId) q = q.where('driver_id', '=', f.driverId);
  if (f.stationId) q = q.where('station_id', '=', f.stationId);
  if (f.date) q = q.where('business_date', '=', f.date);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.passed !== undefined) q = q.where('passed', '=', f.passed ? 1 : 0);
  if (f.rushed !== undefined) q = q.where('rushed', '=', f.rushed ? 1 : 0);
  const after = decodeCursor(f.cursor);
  if (after) {
    const [at = '', id = ''] = after.split('\u0000');
    q = q.where((eb) =>
      eb.or([eb('started_at', '<', at), eb.and([eb('started_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await q
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, (r) => `${r.started_at}\u0000${r.id}`, toInspection);
}

/** Pre-trips of these vans on these business dates: what readiness needs, in one query. */
export async function listPreTrips(
  db: Db,
  orgId: string,
  vanIds: readonly string[],
  dates: readonly string[],
) {
  if (vanIds.length === 0 || dates.length === 0) return [];
  const days = [...new Set(dates)].sort();
  // A business date is the start's date in the station's zone (UTC−12 to UTC+14), so the start lies
  // from the day before to the day after: bounded so, the van index reads only those days, not every
  // inspection the vans ever had (the cost of a station's readiness on a long history).
  return db
    .selectFrom('inspections')
    .select(['van_id', 'business_date', 'started_at', 'passed', 'kind', 'id', 'inspector_name'])
    .where('org_id', '=', orgId)
    .where('van_id', 'in', [...new Set(vanIds)])
    .where('started_at', '>=', addDays(days[0] as string, -1))
    .where('started_at', '<', addDays(days[days.length - 1] as string, 2))
    .where('business_date', 'in', days)
    .where('kind', '=', 'pre_trip')
    .execute();
}

/** How many inspections a van has had (an import that made the van cannot take it out once it has any). */
export const countInspectionsOfVan = (db: Db, orgId: string, vanId: string): Promise<number> =>
  countOf(db, 'inspections', orgId, 'van_id', vanId);

/** How many inspections a DA has done. */
export const countInspectionsOfDriver = (db: Db, orgId: string, driverId: string): Promise<number> =>
  countOf(db, 'inspections', orgId, 'driver_id', driverId);
