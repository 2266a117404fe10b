import type { Db } from '../db/database.js';
import type { MoneyFilesTable } from '../db/schema.js';
import { findScorecardOfWeek } from '../performance/dsp-scorecard-store.js';
import { type CapacityDay, checkCapacity } from './domain/capacity.js';
import type { Discrepancy, EvidenceFile } from './domain/discrepancy.js';
import type { Invoice } from './domain/invoice.js';
import type { RateLine } from './domain/rate-card.js';
import { weekFileDiscrepancies } from './domain/week-files.js';
import type { WeekFacts } from './domain/wst-checks.js';
import { capacityOfWeek, latestFactFilesOfWeek, listWstFacts } from './files-store.js';
import { invoiceOfWeek, wstOfWeek } from './reconcile-week.js';

/** WST's other files of a station's week: the latest of each kind, its rows as facts. */
async function factsOfWeek(db: Db, orgId: string, stationId: string, week: string) {
  const files = await latestFactFilesOfWeek(db, orgId, stationId, week);
  const facts: WeekFacts = {};
  for (const [kind, file] of files)
    facts[kind] = (await listWstFacts(db, orgId, file.id, week)).map((f) => ({
      row: f.row,
      date: f.date,
      weekStart: f.week_start,
      label: f.label,
      quantity: f.quantity,
      eligible: f.eligible === null ? null : f.eligible === 1,
    }));
  return { files, facts };
}

/** The week's Capacity & Reliability days against its WST routes, with the files their evidence names. */
async function capacityChecks(db: Db, orgId: string, stationId: string, week: string, card: RateLine[]) {
  const capacity = await capacityOfWeek(db, orgId, stationId, week);
  if (!capacity.file) return { found: [], files: {} };
  const wst = await wstOfWeek(db, orgId, stationId, week);
  const days: CapacityDay[] = capacity.rows.map((r) => ({
    row: r.row,
    date: r.date,
    finalScheduled: r.final_scheduled,
    completed: r.completed,
    amazonPaidCancels: r.amazon_paid_cancels,
    target: r.target,
    dspDropped: r.dsp_dropped,
  }));
  return {
    found: checkCapacity(days, wst.rows, card),
    files: { 'capacity-reliability': capacity.file, wst: wst.file ?? undefined },
  };
}

/**
 * The checks of a week's Incentive invoice and of WST's Training, Unplanned Delay, Weekly Report and
 * Delivered Packages files against its Variable invoice, with the files their evidence names. The
 * week's tier is its imported scorecard's overall standing, when there is one. Capacity & Reliability
 * is checked against WST whether or not the week has an invoice.
 */
export async function weekFileChecks(
  db: Db,
  orgId: string,
  stationId: string,
  week: string,
  variable: Invoice | null,
  card: RateLine[],
): Promise<{ found: Discrepancy[]; files: Partial<Record<EvidenceFile, MoneyFilesTable>> }> {
  const capacity = await capacityChecks(db, orgId, stationId, week, card);
  if (!variable) return capacity;
  const [incentive, wst, scorecard] = await Promise.all([
    invoiceOfWeek(db, orgId, stationId, week, 'incentive-invoice'),
    factsOfWeek(db, orgId, stationId, week),
    findScorecardOfWeek(db, orgId, stationId, week),
  ]);
  const found = weekFileDiscrepancies({
    variable,
    incentive: incentive.invoice,
    facts: wst.facts,
    card,
    weekStart: week,
    tier: scorecard?.overall_standing ?? null,
  });
  return {
    found: [...found, ...capacity.found],
    files: { incentive: incentive.file ?? undefined, ...Object.fromEntries(wst.files), ...capacity.files },
  };
}
