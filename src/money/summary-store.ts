import type { Db } from '../db/database.js';
import type { DiscrepancyStatus } from '../db/schema.js';
import type { StatusRow } from './domain/summary.js';
import { windowClosed } from './domain/week.js';

// The Money page's headline figures, added up in the database (the list of discrepancies is paged).

export interface SummaryScope {
  stationIds: readonly string[] | null;
  stationId?: string | undefined;
}

const scoped = (db: Db, orgId: string, s: SummaryScope) => {
  let q = db.selectFrom('money_discrepancies').where('org_id', '=', orgId);
  if (s.stationIds) q = q.where('station_id', 'in', s.stationIds.length > 0 ? [...s.stationIds] : ['']);
  if (s.stationId) q = q.where('station_id', '=', s.stationId);
  return q;
};

/**
 * Count, what Amazon owed (positive differences) and what came back, by status; open ones past their
 * window (on `today`) apart. Grouped by deadline too (one a week), so that split is made here.
 */
export async function statusTotals(
  db: Db,
  orgId: string,
  s: SummaryScope,
  today: string,
): Promise<StatusRow[]> {
  const rows = await scoped(db, orgId, s)
    .select((eb) => [
      'status',
      'deadline',
      eb.fn.countAll().as('count'),
      eb.fn
        .sum(eb.case().when('difference_cents', '>', 0).then(eb.ref('difference_cents')).else(0).end())
        .as('owed'),
      eb.fn.sum('recovered_cents').as('recovered'),
    ])
    .groupBy(['status', 'deadline'])
    .execute();
  const totals = new Map<StatusRow['status'], StatusRow>();
  for (const r of rows) {
    const status = windowClosed(r, today) ? 'window_closed' : (r.status as DiscrepancyStatus);
    const t = totals.get(status) ?? { status, count: 0, owedCents: 0, recoveredCents: 0 };
    // PostgreSQL answers sums and counts as strings (bigint), SQLite as numbers.
    t.count += Number(r.count);
    t.owedCents += Number(r.owed ?? 0);
    t.recoveredCents += Number(r.recovered ?? 0);
    totals.set(status, t);
  }
  return [...totals.values()];
}

/** The open ones whose dispute window closes between two days. */
export async function dueBetween(db: Db, orgId: string, s: SummaryScope, from: string, to: string) {
  const row = await scoped(db, orgId, s)
    .select((eb) => [
      eb.fn.countAll().as('count'),
      eb.fn
        .sum(eb.case().when('difference_cents', '>', 0).then(eb.ref('difference_cents')).else(0).end())
        .as('owed'),
    ])
    .where('status', '=', 'open')
    .where('deadline', '>=', from)
    .where('deadline', '<=', to)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), owedCents: Number(row.owed ?? 0) };
}

/** The weeks and kinds there are discrepancies of, newest week first: what the page can filter by. */
export async function filterChoices(db: Db, orgId: string, s: SummaryScope) {
  const [weeks, kinds] = await Promise.all([
    scoped(db, orgId, s).select('week_start').distinct().orderBy('week_start', 'desc').execute(),
    scoped(db, orgId, s).select('kind').distinct().orderBy('kind').execute(),
  ]);
  return { weeks: weeks.map((w) => w.week_start), kinds: kinds.map((k) => k.kind) };
}
