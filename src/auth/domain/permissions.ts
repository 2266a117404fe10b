import type { Role } from '../../db/schema.js';

export const ROLES = ['owner', 'manager', 'dispatcher', 'driver'] as const satisfies readonly Role[];

/**
 * The one table of who may do what. Owners do everything; managers run operations;
 * dispatchers run the day and read people and fleet; drivers only reach their own records
 * (routes for those check ownership, not a permission).
 */
const GRANTS = {
  'org.settings': ['owner'],
  'stations.read': ['owner', 'manager', 'dispatcher'],
  'stations.write': ['owner'],
  'users.read': ['owner', 'manager', 'dispatcher'],
  'users.write': ['owner', 'manager'],
  'tokens.manage': ['owner'],
  'audit.read': ['owner'],
  // Dispatchers import the day's routes; each file kind also names its own permission.
  'imports.run': ['owner', 'manager', 'dispatcher'],
  'people.read': ['owner', 'manager', 'dispatcher'],
  'people.write': ['owner', 'manager'],
  // Dispatchers log the morning's callouts and lates as they happen.
  'attendance.write': ['owner', 'manager', 'dispatcher'],
  'fleet.read': ['owner', 'manager', 'dispatcher'],
  'fleet.write': ['owner', 'manager'],
  // Dispatchers are at the van when damage is found, and ground it.
  'damage.write': ['owner', 'manager', 'dispatcher'],
  // The week's schedule is built by managers and, in many DSPs, by the dispatchers who run the days.
  'schedule.read': ['owner', 'manager', 'dispatcher'],
  'schedule.write': ['owner', 'manager', 'dispatcher'],
  'schedule.rules': ['owner', 'manager'],
  'timeoff.decide': ['owner', 'manager'],
  'dispatch.read': ['owner', 'manager', 'dispatcher'],
  'dispatch.write': ['owner', 'manager', 'dispatcher'],
  // Dispatchers see what DAs were told and whether their texts arrived; managers word the templates.
  'messages.read': ['owner', 'manager', 'dispatcher'],
  'messages.manage': ['owner', 'manager'],
  // Dispatchers see the week's scorecard to put stronger DAs on harder routes; managers import and link.
  'performance.read': ['owner', 'manager', 'dispatcher'],
  'performance.write': ['owner', 'manager'],
  // Dispatchers see who is being coached (it shapes the morning talk); managers run the rules and disputes.
  'coaching.read': ['owner', 'manager', 'dispatcher'],
  'coaching.write': ['owner', 'manager'],
  // Dispatchers read punches and exceptions (they run the day); managers correct and settle them.
  'payroll.read': ['owner', 'manager', 'dispatcher'],
  'payroll.write': ['owner', 'manager'],
  // What Amazon owes and paid: managers read it; the owner imports its files, disputes and settles.
  'money.read': ['owner', 'manager'],
  'money.write': ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

/** Every permission, for schemas that name them (the web app checks them by name). */
export const PERMISSIONS = Object.keys(GRANTS) as [Permission, ...Permission[]];

export const can = (role: Role, permission: Permission): boolean =>
  (GRANTS[permission] as readonly Role[]).includes(role);

export const permissionsOf = (role: Role): Permission[] =>
  (Object.keys(GRANTS) as Permission[]).filter((p) => can(role, p));

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
