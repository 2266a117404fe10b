/**
 * Table types for Kysely. Conventions shared by both databases:
 * ids and instants are text (UUIDv7, UTC ISO-8601), flags are 0/1 integers,
 * JSON is stored as text, money is integer cents.
 */
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
  created_at: string;
  updated_at: string;
}

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

export interface AuditLogTable {
  org_id: string;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  entity: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  /** JSON {field: {before, after}} of the fields that changed. */
  changes: string;
}

export type ImportStatus = 'running' | 'committed' | 'rejected' | 'preview' | 'undone' | 'failed';

export interface ImportsTable {
  org_id: string;
  id: string;
  kind: string;
  station_id: string | null;
  file_name: string;
  file_sha256: string;
  status: ImportStatus;
  /** A preview: checked (and, when clean, written and rolled back), never kept. */
  dry_run: Flag;
  rows: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  error_count: number;
  /** JSON array of the first errors [{row, column, message}]. */
  errors: string;
  mapping: string;
  created_by: string | null;
  created_at: string;
  finished_at: string | null;
  undone_at: string | null;
}

export interface ImportChangesTable {
  org_id: string;
  import_id: string;
  seq: number;
  entity: string;
  entity_id: string;
  /** JSON of the row before the import touched it; null when the import created it. */
  before: string | null;
}

export interface ImportMappingsTable {
  org_id: string;
  kind: string;
  mapping: string;
  updated_at: string;
}

export type DriverStatus = 'applicant' | 'onboarding' | 'active' | 'inactive' | 'terminated';

export interface DriversTable {
  org_id: string;
  id: string;
  /** The DA's own login, when they have one (the phone pages). */
  user_id: string | null;
  first_name: string;
  last_name: string;
  employee_id: string | null;
  transporter_id: string | null;
  /** E.164, e.g. +15125550123. */
  phone: string | null;
  email: string | null;
  language: 'en' | 'es';
  /** When the DA agreed to texts; null = no consent. */
  sms_consent_at: string | null;
  home_station_id: string;
  hourly_rate_cents: number | null;
  /** Business dates (YYYY-MM-DD). */
  hire_date: string | null;
  /** JSON array of van types the DA may drive. */
  van_types: string;
  license_number: string | null;
  license_state: string | null;
  license_expiry: string | null;
  dot_medical_expiry: string | null;
  status: DriverStatus;
  status_reason: string | null;
  status_since: string;
  created_at: string;
  updated_at: string;
}

export interface DriverStatusChangesTable {
  org_id: string;
  id: string;
  driver_id: string;
  status: DriverStatus;
  reason: string | null;
  effective_date: string;
  changed_by: string;
  at: string;
}

export type FilePurpose = 'document' | 'photo' | 'video';

export interface FilesTable {
  org_id: string;
  id: string;
  purpose: FilePurpose;
  /** Sniffed from the bytes, never taken from the client. */
  content_type: string;
  size_bytes: number;
  sha256: string;
  file_name: string;
  storage_key: string;
  thumbnail_key: string | null;
  /** The DA the file concerns; that DA may read it. */
  driver_id: string | null;
  uploaded_by: string | null;
  created_at: string;
}

export interface Database {
  orgs: OrgsTable;
  stations: StationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  imports: ImportsTable;
  import_changes: ImportChangesTable;
  import_mappings: ImportMappingsTable;
  drivers: DriversTable;
  driver_status_changes: DriverStatusChangesTable;
  files: FilesTable;
}
