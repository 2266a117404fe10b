import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { InvitationsTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { listsStation, parseStationIds } from './store.js';

export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: InvitationsTable['role'];
  stationIds: string[] | null;
  createdAt: string;
  expiresAt: string;
}

export const toInvitation = (r: InvitationsTable): Invitation => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  stationIds: parseStationIds(r.station_ids),
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export async function insertInvitation(db: Db, row: InvitationsTable): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

/** An expired invitation is gone: dropped before the org or the person looks. */
async function dropExpired(db: Db, by: { orgId: string } | { email: string }): Promise<void> {
  let q = db.deleteFrom('invitations').where('expires_at', '<=', nowIso());
  q = 'orgId' in by ? q.where('org_id', '=', by.orgId) : q.where('email', '=', by.email);
  await q.execute();
}

export async function findOrgInvitation(db: Db, orgId: string, id: string) {
  await dropExpired(db, { orgId });
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findOrgInvitationByEmail(db: Db, orgId: string, email: string) {
  await dropExpired(db, { orgId });
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .executeTakeFirst();
}

/** The org's open invitations; station-scoped staff see those for one of their stations. */
export async function listOrgInvitations(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
): Promise<Invitation[]> {
  if (actor.stationIds?.length === 0) return [];
  await dropExpired(db, { orgId: actor.orgId });
  let q = db.selectFrom('invitations').selectAll().where('org_id', '=', actor.orgId);
  const scope = actor.stationIds;
  if (scope) q = q.where((eb) => eb.or(scope.map((id) => eb('station_ids', 'like', listsStation(id)))));
  return (await q.orderBy('email').execute()).map(toInvitation);
}

/** Open invitations to an email, with the org's name, for the person to accept or decline. */
export async function invitationsToEmail(db: Db, email: string) {
  await dropExpired(db, { email });
  return db
    .selectFrom('invitations')
    .innerJoin('orgs', 'orgs.id', 'invitations.org_id')
    .select([
      'invitations.id',
      'invitations.org_id',
      'orgs.name as org_name',
      'invitations.role',
      'invitations.station_ids',
      'invitations.name',
      'invitations.expires_at',
    ])
    .where('invitations.email', '=', email)
    .orderBy('invitations.created_at')
    .execute();
}

/** Whether anyone has offered this email a place that is still open (any org). */
export async function emailHasOpenInvitation(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('invitations')
    .select('id')
    .where('email', '=', email)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteInvitation(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('invitations').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** An open invitation to this email (so another person's invitation id answers as unknown). */
export const findInvitationToEmail = (db: Db, email: string, id: string) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('email', '=', email)
    .where('id', '=', id)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();
