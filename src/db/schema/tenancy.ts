// The tenancy slice's tables, assembled into `Database` by src/db/schema.ts.

export type Role = 'owner' | 'manager' | 'dispatcher' | 'driver';
export type Flag = 0 | 1;

export interface OrgsTable {
  id: string;
  name: string;
  slug: string;
  require_mfa: Flag;
  created_at: string;
  updated_at: string;
}

export interface StationsTable {
  org_id: string;
  id: string;
  code: string;
  name: string;
  time_zone: string;
  state: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  must_change_password: Flag;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: Role;
  /** JSON array of station ids, or null for every station of the org. */
  station_ids: string | null;
  status: 'active' | 'disabled';
  /** The name this org shows for the person; null shows the account's own name. */
  display_name: string | null;
  created_at: string;
  updated_at: string;
}

/** A place in an org offered to an email; it becomes a membership only when the account accepts. */
export interface InvitationsTable {
  org_id: string;
  id: string;
  /** Normalised (trimmed, lower case), as users.email. */
  email: string;
  /** The name the org will show for the person (its own, never the account's). */
  name: string;
  role: Role;
  station_ids: string | null;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
}
