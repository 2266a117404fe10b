import type { Flag, Role } from './tenancy.js';

// The auth slice's tables, assembled into `Database` by src/db/schema.ts.

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  org_id: string | null;
  csrf_token: string;
  totp_pending: Flag;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  org_id: string;
  id: string;
  name: string;
  token_hash: string;
  role: Role;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  at: string;
}
