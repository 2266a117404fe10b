import type { ExpressionBuilder } from 'kysely';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { Database, MembershipsTable, OrgsTable, Role, StationsTable } from '../db/schema.js';
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

export async function insertStation(
  db: Db,
  orgId: string,
  v: Pick<StationsTable, 'code' | 'name' | 'time_zone' | 'state'>,
): Promise<StationsTable> {
  const at = nowIso();
  const row: StationsTable = { org_id: orgId, id: newId(), ...v, created_at: at, updated_at: at };
  await db.insertInto('stations').values(row).execute();
  return row;
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

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
  status: 'active' | 'disabled';
  totpEnabled: boolean;
  createdAt: string;
}

const memberColumns = [
  'users.id',
  'users.email',
  'memberships.role',
  'memberships.station_ids',
  'memberships.status',
  'memberships.created_at',
] as const;

type MemberRow = {
  id: string;
  email: string;
  name: string;
  /** 1/0 on SQLite, true/false on PostgreSQL; the secret itself is never read for a list. */
  totp_enabled: number | boolean;
  role: Role;
  station_ids: string | null;
  status: 'active' | 'disabled';
  created_at: string;
};

/**
 * The name an org shows for one of its people: its own name for them if it gave one, else the
 * account's. Needs memberships and users joined (memberships on the org in question).
 */
export const nameInOrg = (eb: ExpressionBuilder<Database, 'memberships' | 'users'>) =>
  eb.fn.coalesce('memberships.display_name', 'users.name');

export const parseStationIds = (json: string | null): string[] | null =>
  json === null ? null : (JSON.parse(json) as string[]);

const toMember = (r: MemberRow): Member => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  stationIds: parseStationIds(r.station_ids),
  status: r.status,
  totpEnabled: Boolean(r.totp_enabled),
  createdAt: r.created_at,
});

const membersQuery = (db: Db, orgId: string) =>
  db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(memberColumns)
    .select((eb) => [nameInOrg(eb).as('name'), eb('users.totp_secret', 'is not', null).as('totp_enabled')])
    .where('memberships.org_id', '=', orgId);

/**
 * Members of the org. Station-scoped staff see the members who share one of their
 * stations and the org-wide ones above them are hidden (they manage only their stations).
 */
export async function listMembers(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
  f: { role?: Role; stationId?: string; limit: number; cursor?: string },
) {
  if (actor.stationIds?.length === 0) return { items: [], nextCursor: null };
  let q = membersQuery(db, actor.orgId);
  if (f.role) q = q.where('memberships.role', '=', f.role);
  const scope = actor.stationIds;
  if (scope) {
    q = q.where((eb) => eb.or(scope.map((id) => eb('memberships.station_ids', 'like', listsStation(id)))));
  }
  if (f.stationId) {
    const id = f.stationId;
    q = q.where((eb) =>
      eb.or([
        eb('memberships.station_ids', 'is', null),
        eb('memberships.station_ids', 'like', listsStation(id)),
      ]),
    );
  }
  const after = decodeCursor(f.cursor);
  if (after) q = q.where('users.email', '>', after);
  const rows = await q
    .orderBy('users.email')
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, (r) => r.email, toMember);
}

/** station_ids is a JSON array of quoted ids, so a quoted id only matches as a whole element. */
export const listsStation = (id: string) => `%${JSON.stringify(id)}%`;

export function memberVisibleTo(actor: Pick<Actor, 'stationIds'>, m: Pick<Member, 'stationIds'>): boolean {
  if (actor.stationIds === null) return true;
  return m.stationIds?.some((s) => actor.stationIds?.includes(s)) ?? false;
}

export async function findMember(db: Db, orgId: string, userId: string): Promise<Member | undefined> {
  const row = await membersQuery(db, orgId).where('users.id', '=', userId).executeTakeFirst();
  return row ? toMember(row) : undefined;
}

export const findMembership = (db: Db, orgId: string, userId: string) =>
  db
    .selectFrom('memberships')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export async function insertMembership(
  db: Db,
  v: Pick<MembershipsTable, 'org_id' | 'user_id' | 'role' | 'station_ids'> & { display_name?: string | null },
): Promise<MembershipsTable> {
  const at = nowIso();
  const row: MembershipsTable = {
    display_name: null,
    ...v,
    status: 'active',
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('memberships').values(row).execute();
  return row;
}

export async function updateMembership(
  db: Db,
  orgId: string,
  userId: string,
  patch: Partial<Pick<MembershipsTable, 'role' | 'station_ids' | 'status' | 'display_name'>>,
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

/** The orgs a user belongs to (active memberships), for the org picker. */
export const orgsOfUser = (db: Db, userId: string) =>
  db
    .selectFrom('memberships')
    .innerJoin('orgs', 'orgs.id', 'memberships.org_id')
    .select(['orgs.id', 'orgs.name', 'orgs.slug', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .where('memberships.status', '=', 'active')
    .orderBy('orgs.name')
    .execute();

/** Every org the account has a membership in, active or disabled: a disabled one may be re-enabled. */
export const countMembershipsOfUser = async (db: Db, userId: string): Promise<number> => {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export const countOwners = async (db: Db, orgId: string): Promise<number> => {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
};
