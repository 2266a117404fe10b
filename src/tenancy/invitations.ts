import { conflict, notFound, unauthorized } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import { hashPassword } from '../auth/domain/passwords.js';
import type { Actor } from '../auth/domain/permissions.js';
import { oneTimePassword } from '../auth/domain/secrets.js';
import {
  deleteOtherSessions,
  findUserByEmail,
  findUserById,
  insertUser,
  normalizeEmail,
  updateUser,
} from '../auth/store.js';
import type { Db } from '../db/database.js';
import type { InvitationsTable, Role, UsersTable } from '../db/schema.js';
import { newId } from '../shared/ids.js';
import {
  deleteExpiredInvitations,
  deleteInvitation,
  emailHasOpenInvitation,
  findInvitationToEmail,
  findOrgInvitation,
  findOrgInvitationByEmail,
  type Invitation,
  insertInvitation,
  toInvitation,
} from './invitation-store.js';
import { countMembershipsOfUser, findMembership, memberVisibleTo, parseStationIds } from './member-store.js';
import { checkRole, checkStations, joinOrg } from './staff.js';

/** Long enough for someone on leave to come back to it; after that the org invites again. */
export const INVITATION_DAYS = 14;

const invitationSnapshot = (r: InvitationsTable) => ({
  email: r.email,
  name: r.name,
  role: r.role,
  station_ids: parseStationIds(r.station_ids),
  expires_at: r.expires_at,
});

export interface NewInvitation {
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
}

/**
 * Offers a place in the org to an email. The answer is the same whether or not the email has an
 * account, so it tells the inviter nothing about anyone outside the org; the place becomes a
 * membership only when the account accepts it after signing in.
 */
export async function inviteStaff(
  db: Db,
  actor: Actor,
  input: NewInvitation,
): Promise<{ invitation: Invitation; oneTimePassword: string }> {
  checkRole(actor, input.role);
  await checkStations(db, actor, input.stationIds);
  // Hashed for every email, so an existing account answers in the same time as a new one.
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const email = normalizeEmail(input.email);
  return db.transaction().execute(async (trx) => {
    await deleteExpiredInvitations(trx);
    const account = await findUserByEmail(trx, email);
    if (account && (await findMembership(trx, actor.orgId, account.id)))
      throw conflict(`${email} is already in this organisation.`, 'email');
    if (await findOrgInvitationByEmail(trx, actor.orgId, email))
      throw conflict(`${email} is already invited; cancel that invitation to send another.`, 'email');
    await giveOneTimePassword(trx, account, { email, name: input.name, passwordHash });
    const at = new Date();
    const row: InvitationsTable = {
      org_id: actor.orgId,
      id: newId(),
      email,
      name: input.name,
      role: input.role,
      station_ids: input.stationIds === null ? null : JSON.stringify(input.stationIds),
      invited_by: actor.userId,
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    };
    await insertInvitation(trx, row);
    await recordAudit(trx, actor, {
      entity: 'invitation',
      entityId: row.id,
      before: null,
      after: invitationSnapshot(row),
    });
    return { invitation: toInvitation(row), oneTimePassword: password };
  });
}

/**
 * A new email gets an account with the one-time password; so does an account nobody has claimed
 * (still on a one-time password, in no org, offered no other place), or it could never be reached.
 * An account in use keeps its password: the one-time password handed back is then a decoy, so the
 * answer cannot tell that the account exists; its owner signs in as always and finds the invitation.
 */
async function giveOneTimePassword(
  trx: Db,
  account: UsersTable | undefined,
  v: { email: string; name: string; passwordHash: string },
): Promise<void> {
  if (!account) {
    await insertUser(trx, { ...v, mustChangePassword: true });
    return;
  }
  const unclaimed =
    account.must_change_password === 1 &&
    (await countMembershipsOfUser(trx, account.id)) === 0 &&
    !(await emailHasOpenInvitation(trx, account.email));
  if (!unclaimed) return;
  await updateUser(trx, account.id, { name: v.name, password_hash: v.passwordHash });
  await deleteOtherSessions(trx, account.id, null);
}

/** Withdraws an open invitation (same reach as managing the person it invites). */
export async function cancelInvitation(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findOrgInvitation(trx, actor.orgId, id);
    if (!row || !memberVisibleTo(actor, { stationIds: parseStationIds(row.station_ids) }))
      throw notFound('Invitation');
    checkRole(actor, row.role);
    await deleteInvitation(trx, actor.orgId, id);
    await recordAudit(trx, actor, {
      entity: 'invitation',
      entityId: id,
      before: invitationSnapshot(row),
      after: null,
    });
  });
}

/** The invitation of the signed-in account, with who it makes them in that org's audit trail. */
async function ownInvitation(trx: Db, userId: string, id: string) {
  const user = await findUserById(trx, userId);
  if (!user) throw unauthorized();
  const row = await findInvitationToEmail(trx, user.email, id);
  if (!row) throw notFound('Invitation');
  const actor: AuditActor = { orgId: row.org_id, userId, label: `${row.name} <${user.email}>` };
  return { row, actor };
}

/** Accepting makes the membership the invitation offered; returns the org joined. */
export async function acceptInvitation(db: Db, userId: string, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { row, actor } = await ownInvitation(trx, userId, id);
    await deleteInvitation(trx, row.org_id, row.id);
    // Already a member (added from the command line meanwhile): the invitation is simply used up.
    if (!(await findMembership(trx, row.org_id, userId))) {
      await joinOrg(trx, actor, userId, {
        name: row.name,
        role: row.role,
        stationIds: parseStationIds(row.station_ids),
      });
    }
    return row.org_id;
  });
}

/** Declining leaves nothing but the audit row (by the invitee) in the org that invited. */
export async function declineInvitation(db: Db, userId: string, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, actor } = await ownInvitation(trx, userId, id);
    await deleteInvitation(trx, row.org_id, row.id);
    await recordAudit(trx, actor, {
      entity: 'invitation',
      entityId: row.id,
      before: invitationSnapshot(row),
      after: null,
    });
  });
}
