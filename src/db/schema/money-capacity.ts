// Amazon's Capacity & Reliability report (issue 16 item 2), assembled into `Database` by src/db/schema.ts.

/** A day of the report (columns A, E, F, H, J, L), under its file's row number (header = 1). */
export interface MoneyCapacityRowsTable {
  org_id: string;
  file_id: string;
  row: number;
  date: string;
  week_start: string;
  final_scheduled: number;
  completed: number;
  amazon_paid_cancels: number;
  target: number | null;
  dsp_dropped: number;
}
