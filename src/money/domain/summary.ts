import type { DiscrepancyStatus } from '../../db/schema.js';

/** A discrepancy's status as the Money page shows it: an open one past its window is `window_closed`. */
export type ShownStatus = DiscrepancyStatus | 'window_closed';

/** The discrepancies of one status, as the database adds them up. */
export interface StatusRow {
  status: ShownStatus;
  count: number;
  /** What Amazon owed on them: the positive differences (an overpayment owes the DSP nothing). */
  owedCents: number;
  recoveredCents: number;
}

/** A status's headline: how many, and its dollars (what came back for recovered ones, else what was owed). */
export interface StatusFigure {
  status: ShownStatus;
  count: number;
  cents: number;
}

export const STATUS_ORDER = [
  'open',
  'window_closed',
  'disputed',
  'recovered',
  'written_off',
] as const satisfies readonly ShownStatus[];

/** Every status once, in the order work moves through them, with nothing where there is nothing. */
export function statusFigures(rows: readonly StatusRow[]): StatusFigure[] {
  return STATUS_ORDER.map((status) => {
    const row = rows.find((r) => r.status === status);
    if (!row) return { status, count: 0, cents: 0 };
    return { status, count: row.count, cents: status === 'recovered' ? row.recoveredCents : row.owedCents };
  });
}
