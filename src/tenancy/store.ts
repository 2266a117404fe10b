import type { ExpressionBuilder } from 'kysely';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database, OrgsTable, StationsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';

export interface Org {
  id: string;
  name: string;
  slug: string;
  requireMfa: boolean;
}

export interface Station {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

export const toOrg = (r: OrgsTable): Org => ({
  id: r.id,
  name: r.name,
  slug: r.slug,
  requireMfa: r.require_mfa === 1,
});

export const toStation = (r: StationsTable): Station => ({
  id: r.id,
  code: r.code,
  name: r.name,
  timeZone: r.time_zone,
  state: r.state,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const findOrgById = (db: Db, orgId: string) =>
  db.selectFrom('orgs').selectAll().where('id', '=', orgId).executeTakeFirst();

export const findOrgBySlug = (db: Db, slug: string) =>
  db.selectFrom('orgs').selectAll().where('slug', '=', slug).executeTakeFirst();

export async function insertOrg(db: Db, values: { name: string; slug: string }): Promise<OrgsTable> {
  const at = nowIso();
  const row: OrgsTable = {
    id: newId(),
    name: values.name,
    slug: values.slug,
    require_mfa: 0,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('orgs').values(row).execute();
  return row;
}

export async function updateOrg(
  db: Db,
  orgId: string,
  patch: Partial<Pick<OrgsTable, 'name' | 'require_mfa'>>,
) {
  await db
    .updateTable('orgs')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', orgId)
    .execute();
}

/** Stations the actor may see; station-scoped staff see only theirs. */
export async function listStations(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
  limit: number,
  cursor?: string,
) {
  if (actor.stationIds?.length === 0) return { items: [], nextCursor: null };
  let q = db.selectFrom('stations').selectAll().where('org_id', '=', actor.orgId);
  if (actor.stationIds) q = q.where('id', 'in', actor.stationIds);
  const after = decodeCursor(cursor);
  if (after) q = q.where('code', '>', after);
  const rows = await q
    .orderBy('code')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, (r) => r.code, toStation);
}

export const findStation = (db: Db, orgId: string, stationId: string) =>
  db
    .selectFrom('stations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', stationId)
    .executeTakeFirst();

export const findStationByCode = (db: Db, orgId: string, code: string) =>
  db
    .selectFrom('stations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirst();

/** The stations of an org with any of these codes (one query; a batch of import rows at most). */
export const findStationsByCodes = (db: Db, orgId: string, codes: string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : db.selectFrom('stations').selectAll().where('org_id', '=', orgId).where('code', 'in', codes).execute();

/** Each station's time zone, to turn "now" into each station's business date. */
export async function findOrgStationZones(db: Db, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('stations')
    .select(['id', 'time_zone'])
    .where('org_id', '=', orgId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.time_zone]));
}

/** Every station of every org, for the workers that walk them all (e.g. payroll's nightly rebuild). */
export const listAllStations = (db: Db) =>
  db.selectFrom('stations').selectAll().orderBy('org_id').orderBy('id').execute();

export const stationIdsOfOrg = async (db: Db, orgId: string): Promise<string[]> =>
  (await db.selectFrom('stations').select('id').where('org_id', '=', orgId).execute()).map((r) => r.id);

type StationValues = Pick<StationsTable, 'code' | 'name' | 'time_zone' | 'state'>;

export async function insertStation(db: Db, orgId: string, v: StationValues): Promise<StationsTable> {
  const [row] = await insertStations(db, orgId, [v]);
  return row as StationsTable;
}

/** Inserts stations in multi-row statements (an import's batch); answers their rows, in order. */
export async function insertStations(
  db: Db,
  orgId: string,
  values: StationValues[],
): Promise<StationsTable[]> {
  const at = nowIso();
  const rows = values.map(
    (v): StationsTable => ({
      org_id: orgId,
      id: newId(),
      code: v.code,
      name: v.name,
      time_zone: v.time_zone,
      state: v.state,
      created_at: at,
      updated_at: at,
    }),
  );
  await insertRows(db, 'stations', rows);
  return rows;
}

export async function updateStation(
  db: Db,
  orgId: string,
  stationId: string,
  patch: Partial<Pick<StationsTable, 'name' | 'time_zone' | 'state'>>,
): Promise<void> {
  await db
    .updateTable('stations')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', stationId)
    .execute();
}

export async function deleteStation(db: Db, orgId: string, stationId: string): Promise<void> {
  await db.deleteFrom('stations').where('org_id', '=', orgId).where('id', '=', stationId).execute();
}
/**
 * The name an org shows for one of its people: its own name for them if it gave one, else the
 * account's. Needs memberships and users joined (memberships on the org in question).
 */
export const nameInOrg = (eb: ExpressionBuilder<Database, 'memberships' | 'users'>) =>
  eb.fn.coalesce('memberships.display_name', 'users.name');
