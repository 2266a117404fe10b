import { z } from 'zod';
import { unauthorized } from '../app/problems.js';
import type { Db } from '../db/database.js';
import { invitationsToEmail } from '../tenancy/invitation-store.js';
import { orgsOfUser } from '../tenancy/member-store.js';
import { findOrgById, listStations, toOrg } from '../tenancy/store.js';
import type { SessionAuth } from './authenticate.js';
import { type Permission, permissionNames, permissionsOf, ROLES } from './domain/permissions.js';
import { findUserById } from './store.js';

const StationOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  state: z.string(),
  /** When the station was added: the web app opens one-station pages on the org's longest-standing one. */
  createdAt: z.string(),
});
const MeWithoutPermissions = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  org: z.object({ id: z.string(), name: z.string(), slug: z.string(), requireMfa: z.boolean() }).nullable(),
  role: z.enum(ROLES).nullable(),
  stations: z.array(StationOut),
  orgs: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.enum(ROLES) })),
  /** Places offered to this account, waiting for it to accept or decline. */
  invitations: z.array(
    z.object({ id: z.string(), orgName: z.string(), role: z.enum(ROLES), expiresAt: z.string() }),
  ),
  csrfToken: z.string(),
  mfaSetupRequired: z.boolean(),
});
type Me = z.infer<typeof MeWithoutPermissions> & { permissions: Permission[] };

/** Me, naming every permission: built once the app has added every slice's (`assembleSlices`). */
export const meSchema = () =>
  MeWithoutPermissions.extend({ permissions: z.array(z.enum(permissionNames())) });

/** Who the session's account is: their org, role, stations, other orgs, invitations and permissions. */
export async function describeMe(db: Db, auth: SessionAuth): Promise<Me> {
  const user = await findUserById(db, auth.userId);
  if (!user) throw unauthorized();
  const [orgs, invitations, orgRow, stations] = await Promise.all([
    orgsOfUser(db, user.id),
    invitationsToEmail(db, user.email),
    auth.actor ? findOrgById(db, auth.actor.orgId) : undefined,
    auth.actor ? listStations(db, auth.actor, 500) : { items: [] },
  ]);
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      mustChangePassword: user.must_change_password === 1,
      totpEnabled: user.totp_secret !== null,
    },
    org: orgRow ? toOrg(orgRow) : null,
    role: auth.actor?.role ?? null,
    stations: stations.items.map(({ id, code, name, timeZone, state, createdAt }) => ({
      id,
      code,
      name,
      timeZone,
      state,
      createdAt,
    })),
    orgs,
    invitations: invitations.map((i) => ({
      id: i.id,
      orgName: i.org_name,
      role: i.role,
      expiresAt: i.expires_at,
    })),
    csrfToken: auth.csrfToken,
    mfaSetupRequired: auth.mfaSetupRequired,
    permissions: auth.actor ? permissionsOf(auth.actor.role) : [],
  };
}
