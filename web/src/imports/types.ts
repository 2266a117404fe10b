import type { Unmatched } from '../../../src/imports/domain/unmatched.js';

export type ImportStatus = 'running' | 'committed' | 'rejected' | 'preview' | 'undone' | 'failed';

export interface ImportField {
  name: string;
  label: string;
  required: boolean;
  description?: string;
}

export interface ImportKindInfo {
  kind: string;
  label: string;
  permission: string;
  needsStation?: boolean;
  /** The file is one business day's (a day's routes): the day is picked beside the station. */
  needsDate?: boolean;
  fields: ImportField[];
}

export type Mapping = Record<string, string | null>;

export interface ImportResult {
  id: string;
  status: 'committed' | 'rejected' | 'preview';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount?: number;
  errors: { row: number; column: string; message: string }[];
  headers: string[];
  mapping: Mapping;
  /** Rows kept whose Transporter ID matches no DA (src/imports/domain/unmatched.ts). */
  unmatched?: Unmatched | null;
}

export interface ImportSummary {
  id: string;
  kind: string;
  stationId?: string | null;
  businessDate?: string | null;
  fileName: string;
  status: ImportStatus;
  /** A preview: checked, never kept (its status says whether the file would have gone in). */
  dryRun: boolean;
  rows: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  createdAt: string;
  finishedAt: string | null;
  createdBy: { id: string; name: string } | null;
  undoneAt: string | null;
  /** Why a failed import stopped (e.g. interrupted when its server stopped). */
  failure: string | null;
}
