export type Role = 'owner' | 'manager' | 'dispatcher' | 'driver';

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  dispatcher: 'Dispatcher',
  driver: 'Driver',
};

export type Permission =
  | 'org.settings'
  | 'stations.read'
  | 'stations.write'
  | 'users.read'
  | 'users.write'
  | 'tokens.manage'
  | 'audit.read'
  | 'imports.run'
  | 'people.read'
  | 'people.write'
  | 'attendance.write'
  | 'fleet.read'
  | 'fleet.write'
  | 'damage.write'
  | 'schedule.read'
  | 'schedule.write'
  | 'schedule.rules'
  | 'timeoff.decide'
  | 'dispatch.read'
  | 'dispatch.write'
  | 'messages.read'
  | 'messages.manage'
  | 'performance.read'
  | 'performance.write'
  | 'coaching.read'
  | 'coaching.write';

export interface StationRef {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  state: string;
}

export interface Org {
  id: string;
  name: string;
  slug: string;
  requireMfa: boolean;
}

export interface Me {
  user: { id: string; email: string; name: string; mustChangePassword: boolean; totpEnabled: boolean };
  org: Org | null;
  role: Role | null;
  stations: StationRef[];
  orgs: { id: string; name: string; slug: string; role: Role }[];
  /** Places other orgs offered this account, waiting for its answer. */
  invitations: { id: string; orgName: string; role: Role; expiresAt: string }[];
  csrfToken: string;
  mfaSetupRequired: boolean;
  permissions: string[];
}
