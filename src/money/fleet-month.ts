import type { Db } from '../db/database.js';
import type { MoneyFleetRowsTable } from '../db/schema.js';
import { listOrgVanRows } from '../fleet/store.js';
import { monthOf } from './domain/fleet.js';
import { FLEET_KINDS, listFleetDiscrepancies, listFleetFiles, listFleetRowsOfFiles } from './fleet-store.js';
import { discrepancyView, fileView } from './schemas.js';

/** A day of the Fixed Monthly invoice beside its AFS. */
export interface FleetDay {
  date: string;
  afs: number | null;
  paidVans: number;
  paidCents: number;
  lines: { row: number; vanClass: string; quantity: number; rateCents: number; amountCents: number }[];
}

const fleetDays = (invoice: MoneyFleetRowsTable[], afs: MoneyFleetRowsTable[]): FleetDay[] => {
  const dates = [...new Set([...invoice, ...afs].map((r) => r.date))].sort();
  return dates.map((date) => {
    const lines = invoice
      .filter((r) => r.date === date)
      .map((r) => ({
        row: r.row,
        vanClass: r.van_class ?? '',
        quantity: r.quantity ?? 0,
        rateCents: r.rate_cents ?? 0,
        amountCents: r.amount_cents ?? 0,
      }));
    return {
      date,
      afs: afs.find((r) => r.date === date)?.quantity ?? null,
      paidVans: lines.reduce((s, l) => s + l.quantity, 0),
      paidCents: lines.reduce((s, l) => s + l.amountCents, 0),
      lines,
    };
  });
};

/**
 * A station's fleet bills of a month (default: the latest month with a fleet file): the files, the Fixed
 * Monthly days beside the AFS, every lessor's line with the van it matched, the vans no VIN or plate
 * matched (to link) and the fleet discrepancies of the month.
 */
export async function fleetMonth(db: Db, orgId: string, stationId: string, wanted: string | undefined) {
  const files = await listFleetFiles(db, orgId, stationId, FLEET_KINDS);
  const rows = await listFleetRowsOfFiles(
    db,
    orgId,
    files.map((f) => f.id),
  );
  const inMonth = (r: MoneyFleetRowsTable, m: string) =>
    monthOf(r.date) === m || monthOf(r.period_end ?? r.date) === m;
  const months = [...new Set(rows.flatMap((r) => [monthOf(r.date), monthOf(r.period_end ?? r.date)]))]
    .sort()
    .reverse();
  const month = wanted ?? months[0] ?? new Date().toISOString().slice(0, 7);
  const kindOf = new Map(files.map((f) => [f.id, f.kind]));
  const ofKind = (kind: string) => rows.filter((r) => kindOf.get(r.file_id) === kind && inMonth(r, month));
  // The latest Fixed Monthly and AFS files of the month stand (a corrected one replaces the first).
  const latest = (kind: string) =>
    files.filter((f) => f.kind === kind && rows.some((r) => r.file_id === f.id && inMonth(r, month))).at(-1)
      ?.id;
  const [invoiceFile, afsFile] = [latest('fixed-monthly'), latest('afs')];
  const vans = new Map((await listOrgVanRows(db, orgId)).map((v) => [v.id, v]));
  const bills = ofKind('fleet-invoice').map((r) => {
    const van = r.van_id ? vans.get(r.van_id) : undefined;
    return {
      fileId: r.file_id,
      row: r.row,
      lessor: r.lessor ?? '',
      reference: r.reference,
      vin: r.vin,
      plate: r.plate,
      van: van ? { id: van.id, fleetNumber: van.fleet_number, status: van.status } : null,
      periodStart: r.date,
      periodEnd: r.period_end ?? r.date,
      days: r.quantity ?? 0,
      vanClass: r.van_class,
      rateCents: r.rate_cents,
      amountCents: r.amount_cents ?? 0,
    };
  });
  const discrepancies = (await listFleetDiscrepancies(db, orgId, stationId)).filter(
    (d) => d.date !== null && monthOf(d.date) === month,
  );
  return {
    month,
    months,
    files: files.filter((f) => rows.some((r) => r.file_id === f.id && inMonth(r, month))).map(fileView),
    days: fleetDays(
      ofKind('fixed-monthly').filter((r) => r.file_id === invoiceFile),
      ofKind('afs').filter((r) => r.file_id === afsFile),
    ),
    bills,
    discrepancies: discrepancies.map(discrepancyView),
  };
}
