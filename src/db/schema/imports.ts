import type { Flag } from './tenancy.js';

// The imports slice's tables, assembled into `Database` by src/db/schema.ts.

export type ImportStatus = 'running' | 'committed' | 'rejected' | 'preview' | 'undone' | 'failed';

export interface ImportsTable {
  org_id: string;
  id: string;
  kind: string;
  station_id: string | null;
  /** The business day the file is for, for kinds that need one (a day's routes). */
  business_date: string | null;
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
  /** The instance (server or command-line process) running the import; null before 0014. */
  owner_instance: string | null;
  /** JSON of the rows kept whose ID matches no DA (`Unmatched`); null when none, or before 0024. */
  unmatched: string | null;
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
