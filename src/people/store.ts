import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { DriverStatus, DriversTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import type { VanType } from '../shared/vans.js';

// For the drivers import only, which another branch is editing: point it at status-changes-store.js
// once merged, and drop this line.

export interface Driver {
  id: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  employeeId: string | null;
  transporterId: string | null;
  phone: string | null;
  email: string | null;
  language: 'en' | 'es';
  smsConsentAt: string | null;
  homeStationId: string;
  hourlyRateCents: number | null;
  hireDate: string | null;
  vanTypes: VanType[];
  licenseNumber: string | null;
  licenseState: string | null;
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
  status: DriverStatus;
  statusReason: string | null;
  statusSince: string;
  createdAt: string;
  updatedAt: string;
}

export const toDriver = (r: DriversTable): Driver => ({
  id: r.id,
  userId: r.user_id,
  firstName: r.first_name,
  lastName: r.last_name,
  employeeId: r.employee_id,
  transporterId: r.transporter_id,
  phone: r.phone,
  email: r.email,
  language: r.language,
  smsConsentAt: r.sms_consent_at,
  homeStationId: r.home_station_id,
  hourlyRateCents: r.hourly_rate_cents,
  hireDate: r.hire_date,
  vanTypes: JSON.parse(r.van_types) as VanType[],
  licenseNumber: r.license_number,
  licenseState: r.license_state,
  licenseExpiry: r.license_expiry,
  dotMedicalExpiry: r.dot_medical_expiry,
  status: r.status,
  statusReason: r.status_reason,
  statusSince: r.status_since,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type DriverValues = Omit<DriversTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

export interface DriverFilter {
  status?: DriverStatus;
  stationId?: string;
  search?: string;
  limit: number;
  cursor?: string;
}

/**
 * DAs the actor may see (station-scoped staff: their stations' DAs), by last name. `keep` filters on
 * what SQL cannot see (e.g. cleared today, which depends on each station's date) before the page is
 * cut, reading ahead in batches until the page is full.
 */
export async function listDrivers(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
  f: DriverFilter,
  keep?: (d: Driver) => boolean,
) {
  if (actor.stationIds?.length === 0) return { items: [], nextCursor: null };
  let base = db.selectFrom('drivers').selectAll().where('org_id', '=', actor.orgId);
  if (actor.stationIds) base = base.where('home_station_id', 'in', actor.stationIds);
  if (f.stationId) base = base.where('home_station_id', '=', f.stationId);
  if (f.status) base = base.where('status', '=', f.status);
  if (f.search) {
    // lower() on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
    const like = `%${f.search.replace(/[%_]/g, '').toLowerCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['first_name']), 'like', like),
        eb(eb.fn('lower', ['last_name']), 'like', like),
        eb('transporter_id', 'like', like.toUpperCase()),
        eb(eb.fn('lower', ['employee_id']), 'like', like),
      ]),
    );
  }
  const keyOf = (r: DriversTable) => `${r.last_name}\u0000${r.id}`;
  const batch = keep ? 500 : f.limit + 1;
  const kept: DriversTable[] = [];
  let after = decodeCursor(f.cursor);
  for (;;) {
    let q = base;
    if (after) {
      const [last = '', id = ''] = after.split('\u0000');
      q = q.where((eb) =>
        eb.or([eb('last_name', '>', last), eb.and([eb('last_name', '=', last), eb('id', '>', id)])]),
      );
    }
    const rows = await q.orderBy('last_name').orderBy('id').limit(batch).execute();
    kept.push(...(keep ? rows.filter((r) => keep(toDriver(r))) : rows));
    const last = rows[rows.length - 1];
    if (kept.length > f.limit || rows.length < batch || !last) break;
    after = keyOf(last);
  }
  return toPage(kept.slice(0, f.limit + 1), f.limit, keyOf, toDriver);
}

type DriverKey = 'id' | 'user_id' | 'transporter_id' | 'employee_id';

/** One DA of an org by one of the columns that single a DA out. */
const findDriverBy = (db: Db, orgId: string, column: DriverKey, value: string) =>
  db
    .selectFrom('drivers')
    .selectAll()
    .where('org_id', '=', orgId)
    .where(column, '=', value)
    .executeTakeFirst();

export const findDriver = (db: Db, orgId: string, id: string) => findDriverBy(db, orgId, 'id', id);

/** The DA record a login belongs to, in one org. */
export const findDriverOfUser = (db: Db, orgId: string, userId: string) =>
  findDriverBy(db, orgId, 'user_id', userId);

export const findDriverByTransporterId = (db: Db, orgId: string, transporterId: string) =>
  findDriverBy(db, orgId, 'transporter_id', transporterId);

export const findDriverByEmployeeId = (db: Db, orgId: string, employeeId: string) =>
  findDriverBy(db, orgId, 'employee_id', employeeId);

/** Every DA of an org by their keys, for an import to match its rows against (one query). */
export const listDriverKeys = (db: Db, orgId: string) =>
  db
    .selectFrom('drivers')
    .select(['id', 'transporter_id', 'employee_id', 'home_station_id', 'first_name', 'last_name'])
    .where('org_id', '=', orgId)
    .execute();

/**
 * The DAs holding any of these Transporter or employee ids, for a batch of import rows: one lookup
 * per kind of id, each by its unique index (a single query with OR scans every DA of the org).
 */
export async function findDriversByKeys(
  db: Db,
  orgId: string,
  keys: { transporterIds: string[]; employeeIds: string[] },
): Promise<DriversTable[]> {
  const byKey = (column: 'transporter_id' | 'employee_id', ids: string[]) =>
    ids.length === 0
      ? []
      : db.selectFrom('drivers').selectAll().where('org_id', '=', orgId).where(column, 'in', ids).execute();
  const found = [
    ...(await byKey('transporter_id', keys.transporterIds)),
    ...(await byKey('employee_id', keys.employeeIds)),
  ];
  return [...new Map(found.map((d) => [d.id, d])).values()];
}

/** Inserts DAs in multi-row statements (per-row inserts are far slower on PostgreSQL); rows in order. */
export async function insertDrivers(db: Db, orgId: string, values: DriverValues[]): Promise<DriversTable[]> {
  const at = nowIso();
  const rows: DriversTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: at,
    updated_at: at,
  }));
  await insertRows(db, 'drivers', rows);
  return rows;
}

export async function insertDriver(db: Db, orgId: string, v: DriverValues): Promise<DriversTable> {
  const at = nowIso();
  const row: DriversTable = { org_id: orgId, id: newId(), ...v, created_at: at, updated_at: at };
  await db.insertInto('drivers').values(row).execute();
  return row;
}

export async function updateDriver(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<DriverValues>,
): Promise<void> {
  await db
    .updateTable('drivers')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Removes a DA with everything kept on them (an undone import's DA; the audit trail keeps the history). */
export async function deleteDriver(db: Db, orgId: string, id: string): Promise<void> {
  const owned = [
    'driver_status_changes',
    'onboarding_records',
    'driver_documents',
    'attendance_events',
    'driver_ratings',
    'driver_notes',
  ] as const;
  for (const table of owned) {
    await db.deleteFrom(table).where('org_id', '=', orgId).where('driver_id', '=', id).execute();
  }
  await db.deleteFrom('drivers').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/**
 * The DAs the actor may see in some statuses (the onboarding board, the expiring list), by last name.
 * These lists are a DSP's pipeline or its roster, a few hundred at most, so they are not paged.
 */
export async function listDriversInStatuses(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
  statuses: DriverStatus[],
  stationId?: string,
): Promise<Driver[]> {
  if (actor.stationIds?.length === 0) return [];
  let q = db
    .selectFrom('drivers')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('status', 'in', statuses);
  if (actor.stationIds) q = q.where('home_station_id', 'in', actor.stationIds);
  if (stationId) q = q.where('home_station_id', '=', stationId);
  const rows = await q.orderBy('last_name').orderBy('first_name').orderBy('id').execute();
  return rows.map(toDriver);
}

/** Some DAs of an org by id (one query; ids of other orgs simply find nothing). */
export async function findDriversByIds(db: Db, orgId: string, ids: string[]): Promise<Driver[]> {
  return (await findDriverRowsByIds(db, orgId, ids)).map(toDriver);
}

/** The stored rows of some DAs of an org, by id: a query for every 500 (none for none). */
export async function findDriverRowsByIds(db: Db, orgId: string, ids: string[]): Promise<DriversTable[]> {
  const unique = [...new Set(ids)];
  const rows: DriversTable[] = [];
  for (let i = 0; i < unique.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('drivers')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('id', 'in', unique.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

/**
 * The DAs with a phone number, in every org: a text from a number (STOP) may come from a DA of several
 * DSPs that share the sending number.
 */
export const findDriversByPhone = (db: Db, phone: string) =>
  db
    .selectFrom('drivers')
    .select(['org_id', 'id', 'first_name', 'language'])
    .where('phone', '=', phone)
    .orderBy('org_id')
    .orderBy('id')
    .execute();

/** What payroll needs of DAs: names, numbers, home station and rate, for the ids given. */
export const listDriversPay = (db: Db, orgId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('drivers')
        .select(['id', 'first_name', 'last_name', 'employee_id', 'home_station_id', 'hourly_rate_cents'])
        .where('org_id', '=', orgId)
        .where('id', 'in', [...ids])
        .execute();
