// The money slice's tables (issue 16), assembled into `Database` by src/db/schema.ts. Money is integer
// cents; weeks are Amazon's, named by their Sunday (`week_start`).

/** What a rate-card line prices (shared domain/money.md, "What real invoices look like"). */
export type RateItem =
  | 'route'
  | 'nursery'
  | 'ride-along'
  | 'training'
  | 'late-cancel'
  | 'unplanned-delay'
  | 'per-package'
  | 'branding'
  | 'pickup'
  | 'incentive'
  | 'fleet';

/** One rate of a station's card from a day on: the line in force on a day is the latest one begun by then. */
export interface MoneyRatesTable {
  org_id: string;
  id: string;
  station_id: string;
  effective_from: string;
  item: RateItem;
  /** Service type (routes), scorecard tier (incentive) or van class (fleet); '' when the item has none. */
  variant: string;
  /** Hours of the block (routes, training); 0 when the item is not paid by the block. */
  block_hours: number;
  rate_cents: number;
  import_id: string | null;
  updated_by: string;
  updated_at: string;
}

export type MoneyFileKind =
  | 'rate-card'
  | 'variable-invoice'
  | 'incentive-invoice'
  | 'wst-service-details'
  | WstFactKind
  | 'deposit'
  | 'fixed-monthly'
  | 'afs'
  | 'fleet-invoice'
  | 'capacity-reliability';

/** WST's weekly files other than Service Details, whose rows are kept in money_wst_facts. */
export type WstFactKind =
  | 'wst-delivered-packages'
  | 'wst-training'
  | 'wst-unplanned-delay'
  | 'wst-weekly-report';

/** Every file brought in, by its SHA-256: the evidence a dispute names. One row per file per org. */
export interface MoneyFilesTable {
  org_id: string;
  id: string;
  kind: MoneyFileKind;
  station_id: string;
  /** The Sunday of the first week the file's rows are about (null for a rate card). */
  week_start: string | null;
  file_name: string;
  sha256: string;
  bytes: number;
  import_id: string;
  imported_by: string | null;
  imported_at: string;
}

/** A row of a Variable invoice as the file has it: lines, section totals and Total Due. */
export interface MoneyInvoiceRowsTable {
  org_id: string;
  file_id: string;
  /** The file's row number (header = 1). */
  row: number;
  date: string | null;
  description: string;
  quantity: number | null;
  rate_cents: number | null;
  amount_cents: number;
}

/** A row of WST's Service Details (item 4 reads them against the invoice's route lines). */
export interface MoneyWstRowsTable {
  org_id: string;
  file_id: string;
  row: number;
  date: string;
  week_start: string;
  route: string | null;
  delivery_associate: string | null;
  service_type: string;
  planned_minutes: number;
  shipments_delivered: number | null;
  pickup_packages: number | null;
  excluded: number;
}

/**
 * A row of one of WST's other weekly files (the file's kind says which): what the checks add up
 * (`quantity`: packages, minutes of delay, Amazon's late cancels, 1 a training) under its label (package
 * type, course, service type).
 */
export interface MoneyWstFactsTable {
  org_id: string;
  file_id: string;
  row: number;
  date: string | null;
  week_start: string;
  label: string;
  quantity: number;
  /** Training Weekly's DSP Payment Eligible: 1 or 0; null for the other files. */
  eligible: number | null;
}

/** A payment of the remittance: what arrived for a service week. */
export interface MoneyDepositsTable {
  org_id: string;
  file_id: string;
  row: number;
  deposit_date: string;
  week_start: string;
  reference: string;
  amount_cents: number;
}

export type DiscrepancyStatus = 'open' | 'disputed' | 'recovered' | 'written_off';

export interface MoneyDiscrepanciesTable {
  org_id: string;
  id: string;
  station_id: string;
  week_start: string;
  /** The business day it is about; null for the invoice or week as a whole. */
  date: string | null;
  kind: string;
  description: string;
  expected_cents: number | null;
  billed_cents: number | null;
  difference_cents: number | null;
  /** JSON [{file, fileId, fileName, sha256, row}]: the rows of the files that show it. */
  evidence: string;
  status: DiscrepancyStatus;
  recovered_cents: number | null;
  written_off_reason: string | null;
  /** The last day a dispute may be filed (the invoice's dispute window). */
  deadline: string;
  dispute_id: string | null;
  /** The Money week page's line it is about (0029; null when about none). */
  line: string | null;
  created_at: string;
  updated_at: string;
}

export interface MoneyDisputesTable {
  org_id: string;
  id: string;
  station_id: string;
  /** Whoever approved filing it: nothing is sent to Amazon without a person. */
  approved_by: string;
  approved_at: string;
  /** JSON array of the money file ids the packet's evidence names. */
  file_ids: string;
  claimed_cents: number;
  /** null until the outcome is recorded. */
  recovered_cents: number | null;
  outcome_note: string | null;
  outcome_at: string | null;
}
