import { conflict, forbidden, HttpProblem, notFound } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import { hashPassword } from '../auth/domain/passwords.js';
import { type Actor, assignableRoles } from '../auth/domain/permissions.js';
import { oneTimePassword } from '../auth/domain/secrets.js';
import {
  deleteOtherSessions,
  deleteSessionsInOrg,
  findUserByEmail,
  insertUser,
  updateUser,
} from '../auth/store.js';
import type { Db } from '../db/database.js';
import type { MembershipsTable, Role } from '../db/schema.js';
import {
  countMembershipsOfUser,
  countOwners,
  deleteMembership,
  findMember,
  findMembership,
  insertMembership,
  type Member,
  memberVisibleTo,
  updateMembership,
} from './member-store.js';
import { stationIdsOfOrg } from './store.js';

/** What the audit trail keeps of a person's place in an org (never secrets). */
const memberSnapshot = (m: Member) => ({
  email: m.email,
  name: m.name,
  role: m.role,
  station_ids: m.stationIds,
  status: m.status,
});

/** Station ids must belong to the org and, for station-scoped staff, to their own stations. */
export async function checkStations(db: Db, actor: Actor, stationIds: string[] | null): Promise<void> {
  if (stationIds === null) {
    if (actor.stationIds !== null) throw forbidden('You can only give access to your own stations.');
    return;
  }
  const known = new Set(await stationIdsOfOrg(db, actor.orgId));
  const bad = stationIds.findIndex(
    (s) => !known.has(s) || (actor.stationIds !== null && !actor.stationIds.includes(s)),
  );
  if (bad >= 0) {
    throw new HttpProblem(400, 'Bad Request', 'Unknown station.', [
      { path: `stationIds.${bad}`, message: 'Unknown station.' },
    ]);
  }
}

export function checkRole(actor: Pick<Actor, 'role'>, role: Role): void {
  if (!assignableRoles(actor.role).includes(role))
    throw forbidden(`A ${actor.role} cannot give the ${role} role.`);
}

export interface NewStaff {
  email: string;
  name: string;
  role: Role;
  stationIds: string[] | null;
  /** Chosen by the operator; without it a new account gets a one-time password. */
  password?: string;
}

/** Makes a person a member (the name is the one this org shows for them), with its audit row. */
export async function joinOrg(
  trx: Db,
  actor: AuditActor,
  userId: string,
  place: { name: string; role: Role; stationIds: string[] | null },
): Promise<Member> {
  await insertMembership(trx, {
    org_id: actor.orgId,
    user_id: userId,
    role: place.role,
    station_ids: place.stationIds === null ? null : JSON.stringify(place.stationIds),
    display_name: place.name,
  });
  const member = (await findMember(trx, actor.orgId, userId)) as Member;
  await recordAudit(trx, actor, {
    entity: 'member',
    entityId: userId,
    before: null,
    after: memberSnapshot(member),
  });
  return member;
}

/**
 * Adds a person to the org at once: the command line only, run by whoever operates the server.
 * The app invites instead (invitations.ts), so an org never joins someone else's account by itself.
 * A new account gets a one-time password unless one is given; an existing one keeps its own.
 */
export async function addStaff(
  db: Db,
  actor: Actor,
  input: NewStaff,
): Promise<{ member: Member; oneTimePassword: string | null }> {
  checkRole(actor, input.role);
  await checkStations(db, actor, input.stationIds);
  const generated = input.password ? null : oneTimePassword();
  const passwordHash = await hashPassword(input.password ?? (generated as string));
  return db.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, input.email);
    if (existing && (await findMembership(trx, actor.orgId, existing.id))) {
      throw conflict(`${existing.email} is already in this organisation.`, 'email');
    }
    const user =
      existing ??
      (await insertUser(trx, {
        email: input.email,
        name: input.name,
        passwordHash,
        mustChangePassword: !input.password,
      }));
    const member = await joinOrg(trx, actor, user.id, input);
    return { member, oneTimePassword: existing ? null : generated };
  });
}

/** Loads a member the actor may manage: visible to them and not above their own role. */
async function manageableMember(db: Db, actor: Actor, userId: string): Promise<Member> {
  const member = await findMember(db, actor.orgId, userId);
  if (!member || !memberVisibleTo(actor, member)) throw notFound('User');
  checkRole(actor, member.role);
  return member;
}

async function keepAnOwner(db: Db, orgId: string, member: Member, stillOwner: boolean): Promise<void> {
  if (
    member.role === 'owner' &&
    member.status === 'active' &&
    !stillOwner &&
    (await countOwners(db, orgId)) <= 1
  ) {
    throw conflict('An organisation needs at least one active owner.');
  }
}

export interface StaffPatch {
  name?: string;
  role?: Role;
  stationIds?: string[] | null;
  status?: 'active' | 'disabled';
}

export async function changeStaff(db: Db, actor: Actor, userId: string, patch: StaffPatch): Promise<Member> {
  return db.transaction().execute(async (trx) => {
    const before = await manageableMember(trx, actor, userId);
    if (patch.role) checkRole(actor, patch.role);
    if (patch.stationIds !== undefined) await checkStations(trx, actor, patch.stationIds);
    const nextRole = patch.role ?? before.role;
    const nextStatus = patch.status ?? before.status;
    await keepAnOwner(trx, actor.orgId, before, nextRole === 'owner' && nextStatus === 'active');
    // The name is this org's name for them; the account's own name, email and password are theirs.
    const membershipPatch: Partial<
      Pick<MembershipsTable, 'role' | 'station_ids' | 'status' | 'display_name'>
    > = {
      ...(patch.name !== undefined && { display_name: patch.name }),
      ...(patch.role && { role: patch.role }),
      ...(patch.status && { status: patch.status }),
      ...(patch.stationIds !== undefined && {
        station_ids: patch.stationIds === null ? null : JSON.stringify(patch.stationIds),
      }),
    };
    if (Object.keys(membershipPatch).length > 0)
      await updateMembership(trx, actor.orgId, userId, membershipPatch);
    if (patch.status === 'disabled') await deleteSessionsInOrg(trx, userId, actor.orgId);
    const after = (await findMember(trx, actor.orgId, userId)) as Member;
    await recordAudit(trx, actor, {
      entity: 'member',
      entityId: userId,
      before: memberSnapshot(before),
      after: memberSnapshot(after),
    });
    return after;
  });
}

export async function removeStaff(db: Db, actor: Actor, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await manageableMember(trx, actor, userId);
    await keepAnOwner(trx, actor.orgId, before, false);
    await deleteMembership(trx, actor.orgId, userId);
    await recordAudit(trx, actor, {
      entity: 'member',
      entityId: userId,
      before: memberSnapshot(before),
      after: null,
    });
  });
}

/**
 * A new one-time password for someone who forgot theirs. An account shared with another org is
 * left alone: one org's manager must not take over a consultant's access elsewhere.
 */
export async function resetStaffPassword(db: Db, actor: Actor, userId: string): Promise<string> {
  const member = await manageableMember(db, actor, userId);
  // Disabled memberships count too: the other org may turn the account back on.
  if ((await countMembershipsOfUser(db, userId)) > 1) {
    throw conflict(
      `${member.email} also works for another organisation; they must change their password themselves.`,
    );
  }
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { password_hash: passwordHash, must_change_password: 1 });
    await deleteOtherSessions(trx, userId, null);
    await recordAudit(trx, actor, {
      entity: 'member',
      entityId: userId,
      before: { password_reset: null },
      after: { password_reset: 'one-time password issued' },
    });
  });
  return password;
}
