import type { Role } from '../../db/schema.js';

export const ROLES = ['owner', 'manager', 'dispatcher', 'driver'] as const satisfies readonly Role[];

/**
 * The roles a slice grants its permissions to, named once. Drivers hold no permission: routes for their
 * own records check ownership instead.
 */
export const OWNER: readonly Role[] = ['owner'];
export const MANAGERS: readonly Role[] = ['owner', 'manager'];
export const STAFF: readonly Role[] = ['owner', 'manager', 'dispatcher'];

/** Who may do what: each permission and the roles that hold it. */
export type Grants = Readonly<Record<string, readonly Role[]>>;

/**
 * The platform's own permissions (the org, its stations and staff, API tokens, the audit trail,
 * imports). Every other slice declares its own grants beside its `slice.ts`, and the app adds them
 * (`src/app/permissions.ts`).
 */
export const PLATFORM_GRANTS = {
  'org.settings': OWNER,
  'stations.read': STAFF,
  'stations.write': OWNER,
  'users.read': STAFF,
  'users.write': MANAGERS,
  'tokens.manage': OWNER,
  'audit.read': OWNER,
  // Dispatchers import the day's routes; each file kind also names its own permission.
  'imports.run': STAFF,
} as const satisfies Grants;

/**
 * Every permission's name, as a type: the platform's here, each slice's merged in by the app
 * (`src/app/permissions.ts`) from the grants its slices declare, so a route naming a permission no
 * slice grants fails the typecheck.
 */
export interface PermissionNames extends Record<keyof typeof PLATFORM_GRANTS, true> {}
export type Permission = keyof PermissionNames;

/** The assembled table; registering a slice's grants again replaces them. */
const grants = new Map<string, readonly Role[]>(Object.entries(PLATFORM_GRANTS));

/** Adds a slice's grants to the table `can()` reads (the app does it for every slice at start). */
export function grantPermissions(table: Grants): void {
  for (const [permission, roles] of Object.entries(table)) grants.set(permission, roles);
}

/** Every permission, for schemas that name them (the web app checks them by name). */
export const permissionNames = (): [Permission, ...Permission[]] =>
  [...grants.keys()] as [Permission, ...Permission[]];

export const can = (role: Role, permission: Permission): boolean =>
  grants.get(permission)?.includes(role) ?? false;

export const permissionsOf = (role: Role): Permission[] => permissionNames().filter((p) => can(role, p));

/** Roles a user with `role` may hand out: nobody grants more than they have. */
export function assignableRoles(role: Role): Role[] {
  if (role === 'owner') return [...ROLES];
  if (role === 'manager') return ['dispatcher', 'driver'];
  return [];
}

/** Two-factor sign-in is what an org may demand of the people who can change the most. */
export const roleNeedsMfaWhenRequired = (role: Role): boolean => role === 'owner' || role === 'manager';

/** Who is acting: a signed-in person or an API token, always within one org. */
export interface Actor {
  orgId: string;
  userId: string | null;
  role: Role;
  /** Station ids the actor is limited to; null means every station of the org. */
  stationIds: string[] | null;
  label: string;
}

export const inStationScope = (actor: Pick<Actor, 'stationIds'>, stationId: string): boolean =>
  actor.stationIds === null || actor.stationIds.includes(stationId);
