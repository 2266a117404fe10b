import type { Db } from '../db/database.js';
import type { MoneyFilesTable } from '../db/schema.js';
import { findScorecardOfWeek } from '../performance/dsp-scorecard-store.js';
import type { Discrepancy, EvidenceFile } from './domain/discrepancy.js';
import type { Invoice } from './domain/invoice.js';
import type { RateLine } from './domain/rate-card.js';
import { weekFileDiscrepancies } from './domain/week-files.js';
import type { WeekFacts } from './domain/wst-checks.js';
import { latestFactFilesOfWeek, listWstFacts } from './files-store.js';
import { invoiceOfWeek } from './reconcile-week.js';

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

/**
 * The checks of a week's Incentive invoice and of WST's Training, Unplanned Delay, Weekly Report and
 * Delivered Packages files against its Variable invoice, with the files their evidence names. The
 * week's tier is its imported scorecard's overall standing, when there is one.
 */
export async function weekFileChecks(
  db: Db,
  orgId: string,
  stationId: string,
  week: string,
  variable: Invoice | null,
  card: RateLine[],
): Promise<{ found: Discrepancy[]; files: Partial<Record<EvidenceFile, MoneyFilesTable>> }> {
  if (!variable) return { found: [], files: {} };
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
  return { found, files: { incentive: incentive.file ?? undefined, ...Object.fromEntries(wst.files) } };
}
