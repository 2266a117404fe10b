import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listDeposits } from './amazon-rows-store.js';
import { weekTallies } from './domain/expected-check.js';
import { columnTotal, weekLines } from './domain/week-view.js';
import { weekRecords } from './expected-records.js';
import { invoiceOfWeek, rateCardOf, wstOfWeek } from './reconcile-week.js';
import { listWeekDiscrepancies } from './store.js';

/**
 * A station's week on the Money page: expected from our records, WST, invoiced and deposited per
 * line, each line with the stored discrepancies about it (open, disputed or settled).
 */
export async function moneyWeek(db: Db, actor: Actor, stationId: string, week: string) {
  const station = await visibleStation(db, actor, stationId);
  const [invoice, wst, deposits, card, records, found] = await Promise.all([
    invoiceOfWeek(db, actor.orgId, station.id, week),
    wstOfWeek(db, actor.orgId, station.id, week),
    listDeposits(db, actor.orgId, station.id, week),
    rateCardOf(db, actor.orgId, station.id),
    weekRecords(db, actor.orgId, station.id, week),
    listWeekDiscrepancies(db, actor.orgId, station.id, week),
  ]);
  const lines = weekLines(
    weekTallies({ weekStart: week, records, wst: wst.rows, invoice: invoice.invoice, card }),
  );
  const about = (line: string | null) =>
    found
      .filter((d) => d.line === line)
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        date: d.date,
        description: d.description,
        differenceCents: d.difference_cents,
        status: d.status,
      }));
  return {
    stationId: station.id,
    stationCode: station.code,
    week,
    files: { invoice: invoice.file?.file_name ?? null, wst: wst.file?.file_name ?? null },
    lines: lines.map((l) => ({ ...l, discrepancies: about(l.key) })),
    total: {
      records: columnTotal(lines.map((l) => l.records)),
      wst: columnTotal(lines.map((l) => l.wst)),
      invoiced: invoice.invoice ? invoice.invoice.totalDue.amountCents : null,
      deposited: deposits.length > 0 ? deposits.reduce((n, d) => n + d.amount_cents, 0) : null,
      discrepancies: about('total'),
    },
    other: about(null),
  };
}
