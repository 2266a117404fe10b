import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MembershipsTable, Role } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import { nameInOrg } from './store.js';

// The org's people: each membership (role, station scope, status) with its account.

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
