import type { WstFactKind } from '../../db/schema.js';

/**
 * A difference between what should be paid and what an invoice pays, in cents, with the rows of the
 * files that show it. `differenceCents` is expected − invoiced: positive when Amazon owes the DSP.
 */
export type DiscrepancyKind =
  /** An invoice line whose quantity × rate is not its amount. */
  | 'line-amount'
  /** A section's lines do not add up to the section's total. */
  | 'section-total'
  /** The section totals (and lines outside any section) do not add up to Total Due. */
  | 'total-due'
  /** The Incentive invoice pays a different number of delivered packages than the Variable invoice. */
  | 'incentive-packages'
  /** The Incentive invoice pays a different number of pickups than the Variable invoice. */
  | 'incentive-pickups'
  /** The Incentive invoice's rate is not its tier's. */
  | 'incentive-rate'
  /** Routes in WST with no line for their service type on that day's invoice. */
  | 'route-missing'
  /** Fewer blocks on the invoice than routes in WST for that service type, length and day. */
  | 'route-paid-short'
  /** A route paid as a block of another length than WST planned it. */
  | 'block-length'
  /** More blocks on the invoice than routes in WST for that service type, length and day. */
  | 'route-count'
  /** A route line paid at another rate than the station's rate card on its day. */
  | 'route-rate'
  /** WST's eligible trainings (Training Weekly) are not the training blocks the invoice pays. */
  | 'training-count'
  /** WST's AMZL late cancels (Weekly Report) are not the late cancels the invoice pays. */
  | 'late-cancel-count'
  /** WST's minutes of unplanned delay, in hours, are not the hours the invoice pays. */
  | 'delay-hours'
  /** WST's Delivered Packages are not the per-piece deliveries the invoice pays. */
  | 'package-count'
  /** What arrived for the week is not the invoice's Total Due. */
  | 'deposit'
  /** Fixed Monthly: a day paid fewer vans than its Authorized Fleet Size. */
  | 'fleet-afs'
  /** A Fixed Monthly line whose quantity × monthly rate ÷ the days in its month is not its amount. */
  | 'fleet-line'
  /** A van class paid (Fixed Monthly) or a van billed (lessor, rental) at another monthly rate than its own. */
  | 'fleet-rate'
  /** A lessor or rental company billed a van for days after we returned it. */
  | 'fleet-returned'
  /** A van billed for days it stood grounded waiting on Amazon's repair. */
  | 'fleet-grounded'
  /** Rental days billed beyond use: before the van was ours, or more days than the period has. */
  | 'fleet-days'
  /**
   * WST's submitted, route-coded routes of a day above Capacity & Reliability's completed count: priced
   * when the day's routes all pay one rate, else counted and not priced.
   */
  | 'capacity-undercount'
  /** Capacity & Reliability shows routes the DSP dropped: for review, never priced. */
  | 'capacity-dropped'
  /** A rental van billed for days the roster's routes went out without it (days beyond use). */
  | 'fleet-unused'
  /** The two files count in units defined differently: no variance is made up (expected/invoiced null). */
  | 'not-comparable'
  /** Routes we ran (roster + day close) that WST (or, without WST, the invoice) lacks for that type, block and day. */
  | 'records-route-missing'
  /** Fewer routes in WST (or paid) than we ran for that type, block and day. */
  | 'records-route-short'
  /** A route we ran for N hours that WST (or the invoice) has as a block of another length. */
  | 'records-block-length'
  /** More routes in WST (or paid) than we ran for that type, block and day. */
  | 'records-route-count'
  /** Training days on our shifts against the invoice's training blocks. */
  | 'records-training'
  /** Ride-along (On-Road Experience) days on our shifts against WST's (or, without WST, the invoice's) ORE blocks. */
  | 'records-ride-along'
  /** Routes Amazon cancelled after we staffed them (the board's record) against the invoice's late cancels. */
  | 'records-late-cancel'
  /** Unplanned delay logged on the board against the invoice's hours. */
  | 'records-delay'
  /** Packages delivered by our day closes against WST's shipments delivered. */
  | 'records-packages';

export type EvidenceFile =
  | 'invoice'
  | 'incentive'
  | 'wst'
  | 'deposit'
  | 'records'
  | WstFactKind
  | 'fixed-monthly'
  | 'afs'
  | 'fleet-invoice'
  | 'capacity-reliability';

/** One of our own records: a closed route, a training shift, a late cancel or a delay logged on the board. */
export interface RecordRef {
  table: 'routes' | 'shifts' | 'route_late_cancels' | 'unplanned_delays';
  id: string;
  /** What a person reads: "Route CX1 on 2026-11-16, closed". */
  label: string;
}

/** A row of a source file, as a spreadsheet numbers it (header = 1); `records` evidence names its record. */
export interface Evidence {
  file: EvidenceFile;
  row: number;
  record?: RecordRef;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  /** The business day it is about, or null for the invoice as a whole. */
  date: string | null;
  description: string;
  /** Cents; null when not comparable, or when no rate on the files prices it. */
  expected: number | null;
  invoiced: number | null;
  differenceCents: number | null;
  evidence: Evidence[];
  /** The Money week page's line it is about (`lineKey`), when it is about one. */
  line?: string;
}

/** A discrepancy between two amounts in cents. */
export const between = (
  found: Pick<Discrepancy, 'kind' | 'date' | 'description' | 'evidence' | 'line'>,
  expected: number | null,
  invoiced: number | null,
): Discrepancy => ({
  ...(found.line === undefined ? {} : { line: found.line }),
  kind: found.kind,
  date: found.date,
  description: found.description,
  expected,
  invoiced,
  differenceCents: expected === null || invoiced === null ? null : expected - invoiced,
  evidence: found.evidence,
});

/**
 * What Amazon owes on balance: every priced difference, overpayments netted against shortfalls. The
 * checks are built so that no cent is counted twice: lines against their amounts, sections against
 * their lines, Total Due against the sections, and WST against the invoice's quantities.
 */
export const owedCents = (discrepancies: Discrepancy[]): number =>
  discrepancies.reduce((sum, d) => sum + (d.differenceCents ?? 0), 0);

/** Dated ones in the order of the week, then those about the whole invoice; each in the order of its file. */
const bySource = (a: Discrepancy, b: Discrepancy) => {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return (a.evidence[0]?.row ?? 0) - (b.evidence[0]?.row ?? 0);
};

export const inOrder = (discrepancies: Discrepancy[]): Discrepancy[] => [...discrepancies].sort(bySource);
