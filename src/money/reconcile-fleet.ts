import type { Db } from '../db/database.js';
import type { MoneyDiscrepanciesTable, MoneyFilesTable, MoneyFleetRowsTable } from '../db/schema.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { addDays, weekStartOf } from '../dispatch/domain/calendar.js';
import { findVanRow, listVanStatusChanges } from '../fleet/store.js';
import type { ImportScope } from '../imports/domain/kind.js';
import { localDate } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { findFileOfImport } from './amazon-files-store.js';
import type { Discrepancy, EvidenceFile } from './domain/discrepancy.js';
import {
  checkAfs,
  checkFixedMonthlyLines,
  checkFixedMonthlyRates,
  type FixedMonthlyLine,
  monthOf,
} from './domain/fleet.js';
import { checkFleetBill, type FleetBillLine, stretchesOf } from './domain/fleet-bills.js';
import { DISPUTE_WINDOW_DAYS, sameFinding } from './domain/week.js';
import {
  deleteOpenFleetDiscrepancies,
  FLEET_KINDS,
  listFleetDiscrepancies,
  listFleetFiles,
  listFleetRowsOfFiles,
} from './fleet-store.js';
import { rateCardOf, type StoredEvidence } from './reconcile-week.js';
import { insertDiscrepancies } from './store.js';

/** A discrepancy found, with the files its evidence rows are in. */
interface Found {
  d: Discrepancy;
  files: Partial<Record<EvidenceFile, MoneyFilesTable>>;
}

const fixedMonthlyLine = (r: MoneyFleetRowsTable): FixedMonthlyLine => ({
  row: r.row,
  date: r.date,
  vanClass: r.van_class ?? '',
  quantity: r.quantity ?? 0,
  rateCents: r.rate_cents ?? 0,
  amountCents: r.amount_cents ?? 0,
});

export const billLine = (r: MoneyFleetRowsTable): FleetBillLine => ({
  row: r.row,
  lessor: r.lessor ?? '',
  vin: r.vin,
  plate: r.plate,
  periodStart: r.date,
  periodEnd: r.period_end ?? r.date,
  days: r.quantity ?? 1,
  rateCents: r.rate_cents,
  amountCents: r.amount_cents ?? 0,
});

/** The latest file of a kind for each month (a corrected invoice replaces the first). */
function latestByMonth(files: MoneyFilesTable[], rows: MoneyFleetRowsTable[], kind: string) {
  const month = new Map<string, MoneyFilesTable>();
  for (const f of files.filter((x) => x.kind === kind)) {
    const first = rows.find((r) => r.file_id === f.id);
    if (first) month.set(monthOf(first.date), f);
  }
  return month;
}

/** A rental's use over a billed period: the days the station closed routes, and those it was on one. */
async function rosterUse(db: Db, orgId: string, stationId: string, vanId: string, line: FleetBillLine) {
  const closed = (await listStationRoutes(db, orgId, stationId, line.periodStart, line.periodEnd)).filter(
    (r) => r.closed_at !== null,
  );
  return {
    days: new Set(closed.map((r) => r.business_date)),
    used: new Set(closed.filter((r) => r.van_id === vanId).map((r) => r.business_date)),
  };
}

/** Every check of a station's fleet files: Fixed Monthly against AFS and the card, lessors' lines against our vans. */
async function findFleet(db: Db, orgId: string, stationId: string): Promise<Found[]> {
  const station = await findStation(db, orgId, stationId);
  const files = await listFleetFiles(db, orgId, stationId, FLEET_KINDS);
  const rows = await listFleetRowsOfFiles(
    db,
    orgId,
    files.map((f) => f.id),
  );
  const card = await rateCardOf(db, orgId, stationId);
  const rowsOf = (f: MoneyFilesTable | undefined) => (f ? rows.filter((r) => r.file_id === f.id) : []);
  const found: Found[] = [];
  const invoices = latestByMonth(files, rows, 'fixed-monthly');
  const afs = latestByMonth(files, rows, 'afs');
  for (const [month, invoice] of invoices) {
    const lines = rowsOf(invoice).map(fixedMonthlyLine);
    const days = rowsOf(afs.get(month)).map((r) => ({ row: r.row, date: r.date, afs: r.quantity ?? 0 }));
    const ofMonth = { 'fixed-monthly': invoice, afs: afs.get(month) };
    for (const d of [
      ...checkFixedMonthlyLines(lines),
      ...checkAfs(lines, days, card),
      ...checkFixedMonthlyRates(lines, card),
    ])
      found.push({ d, files: ofMonth });
  }
  const timeZone = station?.time_zone ?? 'UTC';
  for (const file of files.filter((f) => f.kind === 'fleet-invoice')) {
    for (const r of rowsOf(file)) {
      const van = r.van_id ? await findVanRow(db, orgId, r.van_id) : undefined;
      if (!van) continue;
      const history = (await listVanStatusChanges(db, orgId, van.id)).map((c) => ({
        status: c.status,
        reason: c.reason,
        date: localDate(timeZone, new Date(c.at)),
      }));
      const record = {
        fleetNumber: van.fleet_number,
        since: van.ownership_start,
        monthlyRateCents: van.monthly_rate_cents,
        stretches: stretchesOf(history),
        ...(van.ownership === 'rental'
          ? { roster: await rosterUse(db, orgId, file.station_id, van.id, billLine(r)) }
          : {}),
      };
      for (const d of checkFleetBill(billLine(r), record))
        found.push({ d, files: { 'fleet-invoice': file } });
    }
  }
  return found;
}

const evidenceOf = ({ d, files }: Found): StoredEvidence[] =>
  d.evidence.flatMap((e) => {
    const file = files[e.file];
    return file
      ? [{ file: e.file, fileId: file.id, fileName: file.file_name, sha256: file.sha256, row: e.row }]
      : [];
  });

/** The last day to dispute a fleet bill's day: the end of its month and the dispute window after it. */
export const fleetDeadline = (date: string): string => {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return addDays(lastDay, DISPUTE_WINDOW_DAYS);
};

/**
 * Checks a station's fleet bills again from what is stored and keeps what they find. Its open fleet
 * discrepancies are replaced; disputed and settled ones stay, and are not found again.
 */
export async function reconcileFleet(db: Db, orgId: string, stationId: string): Promise<void> {
  const found = await findFleet(db, orgId, stationId);
  await db.transaction().execute(async (trx) => {
    await deleteOpenFleetDiscrepancies(trx, orgId, stationId);
    const kept = await listFleetDiscrepancies(trx, orgId, stationId);
    const now = nowIso();
    const fresh = found.filter(({ d }) => !kept.some((k) => sameFinding(d, k)));
    await insertDiscrepancies(
      trx,
      fresh.map((f): MoneyDiscrepanciesTable => {
        const date = f.d.date ?? '';
        return {
          org_id: orgId,
          id: newId(),
          station_id: stationId,
          week_start: weekStartOf(date),
          date: f.d.date,
          kind: f.d.kind,
          description: f.d.description,
          expected_cents: f.d.expected,
          billed_cents: f.d.invoiced,
          difference_cents: f.d.differenceCents,
          evidence: JSON.stringify(evidenceOf(f)),
          status: 'open',
          recovered_cents: null,
          written_off_reason: null,
          deadline: fleetDeadline(date),
          line: null,
          dispute_id: null,
          created_at: now,
          updated_at: now,
        };
      }),
    );
  });
}

/** After a fleet file is imported: its station's fleet bills checked again. */
export async function reconcileFleetOfImport(db: Db, scope: ImportScope): Promise<void> {
  const file = await findFileOfImport(db, scope.orgId, scope.importId);
  if (file) await reconcileFleet(db, scope.orgId, file.station_id);
}
