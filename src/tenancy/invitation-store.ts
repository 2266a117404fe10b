import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { InvitationsTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { listsStation, parseStationIds } from './member-store.js';

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

/**
 * Expired invitations are never read (every read asks for open ones); writes clear them away, so a
 * read never has to write and the org may invite the same email again.
 */
export async function deleteExpiredInvitations(db: Db): Promise<void> {
  await db.deleteFrom('invitations').where('expires_at', '<=', nowIso()).execute();
}

const openInvitations = (db: Db) =>
  db.selectFrom('invitations').where('invitations.expires_at', '>', nowIso());

export const findOrgInvitation = (db: Db, orgId: string, id: string) =>
  openInvitations(db).selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const findOrgInvitationByEmail = (db: Db, orgId: string, email: string) =>
  openInvitations(db).selectAll().where('org_id', '=', orgId).where('email', '=', email).executeTakeFirst();

/** The org's open invitations; station-scoped staff see those for one of their stations. */
export async function listOrgInvitations(
  db: Db,
  actor: Pick<Actor, 'orgId' | 'stationIds'>,
): Promise<Invitation[]> {
  if (actor.stationIds?.length === 0) return [];
  let q = openInvitations(db).selectAll().where('org_id', '=', actor.orgId);
  const scope = actor.stationIds;
  if (scope) q = q.where((eb) => eb.or(scope.map((id) => eb('station_ids', 'like', listsStation(id)))));
  return (await q.orderBy('email').execute()).map(toInvitation);
}

/** Open invitations to an email, with the org's name, for the person to accept or decline. */
export function invitationsToEmail(db: Db, email: string) {
  return openInvitations(db)
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
  return (await openInvitations(db).select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export async function deleteInvitation(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('invitations').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** An open invitation to this email (so another person's invitation id answers as unknown). */
export const findInvitationToEmail = (db: Db, email: string, id: string) =>
  openInvitations(db).selectAll().where('email', '=', email).where('id', '=', id).executeTakeFirst();
