import type { BoardRecordsHook } from '../app/slice.js';
import type { Db } from '../db/database.js';
import type { MoneyDiscrepanciesTable, MoneyFileKind, MoneyFilesTable } from '../db/schema.js';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import { newId, nowIso } from '../shared/ids.js';
import {
  invoiceWeeksFrom,
  latestFileOfWeek,
  latestWstFileOfWeek,
  listFilesById,
  weekHasFiles,
} from './amazon-files-store.js';
import { listDeposits, listInvoiceRows, listWstRows } from './amazon-rows-store.js';
import type { Discrepancy, EvidenceFile, RecordRef } from './domain/discrepancy.js';
import { checkExpected } from './domain/expected-check.js';
import { lineOfFinding } from './domain/expected-lines.js';
import { assembleInvoice } from './domain/invoice.js';
import type { RateLine } from './domain/rate-card.js';
import type { ServiceDetailsRow } from './domain/service-details.js';
import { disputeDeadline, sameFinding, weekDiscrepancies } from './domain/week.js';
import { weekRecords } from './expected-records.js';
import { listRates } from './rate-card-store.js';
import { weekFileChecks } from './reconcile-files.js';
import { reconcileFleet } from './reconcile-fleet.js';
import { deleteOpenDiscrepancies, insertDiscrepancies, listWeekDiscrepancies } from './store.js';

/**
 * A stored discrepancy's evidence: the file's row with the file's name and SHA-256, or one of our own
 * records (file `records`: no file id or hash; `record` names the route, shift, late cancel or delay).
 */
export interface StoredEvidence {
  file: EvidenceFile;
  fileId: string;
  fileName: string;
  sha256: string;
  row: number;
  record?: RecordRef;
}

const recordEvidence = (record: RecordRef): StoredEvidence => ({
  file: 'records',
  fileId: '',
  fileName: record.label,
  sha256: '',
  row: 0,
  record,
});

/** The station's rate card as the checks read it. */
export const rateCardOf = async (db: Db, orgId: string, stationId: string): Promise<RateLine[]> =>
  (await listRates(db, orgId, stationId)).map((r) => ({
    item: r.item,
    variant: r.variant,
    blockHours: r.block_hours,
    effectiveFrom: r.effective_from,
    rateCents: r.rate_cents,
  }));

export async function invoiceOfWeek(
  db: Db,
  orgId: string,
  stationId: string,
  week: string,
  kind: MoneyFileKind = 'variable-invoice',
) {
  const file = await latestFileOfWeek(db, orgId, stationId, kind, week);
  if (!file) return { file: null, invoice: null };
  const rows = await listInvoiceRows(db, orgId, file.id);
  const read = assembleInvoice(
    rows.map((r) => ({
      row: r.row,
      values: {
        date: r.date ?? undefined,
        description: r.description,
        quantity: r.quantity ?? undefined,
        rate: r.rate_cents ?? undefined,
        amount: r.amount_cents,
      },
    })),
  );
  return { file, invoice: read.ok ? read.invoice : null };
}

export async function wstOfWeek(db: Db, orgId: string, stationId: string, week: string) {
  const file = await latestWstFileOfWeek(db, orgId, stationId, week);
  if (!file) return { file: null, rows: null };
  const rows: ServiceDetailsRow[] = (await listWstRows(db, orgId, file.id, week)).map((r) => ({
    row: r.row,
    date: r.date,
    station: null,
    deliveryAssociate: r.delivery_associate,
    route: r.route,
    serviceType: r.service_type,
    plannedMinutes: r.planned_minutes,
    shipmentsDelivered: r.shipments_delivered,
    pickupPackages: r.pickup_packages,
    excluded: r.excluded === 1,
  }));
  return { file, rows };
}

/**
 * Runs the checks on a station's week from what is stored and keeps what they find. The open
 * discrepancies of that week are replaced; disputed and settled ones stay, and are not found again.
 */
export async function reconcileWeek(db: Db, orgId: string, stationId: string, week: string): Promise<void> {
  const [invoice, wst, deposits, card, records] = await Promise.all([
    invoiceOfWeek(db, orgId, stationId, week),
    wstOfWeek(db, orgId, stationId, week),
    listDeposits(db, orgId, stationId, week),
    rateCardOf(db, orgId, stationId),
    weekRecords(db, orgId, stationId, week),
  ]);
  const more = await weekFileChecks(db, orgId, stationId, week, invoice.invoice, card);
  const found = [
    ...weekDiscrepancies({
      invoice: invoice.invoice,
      wst: wst.rows,
      // Remittances number their rows each from 2: a deposit's evidence row is its place in this list.
      deposits: deposits.map((d, i) => ({ row: i, amountCents: d.amount_cents })),
      card,
    }),
    ...checkExpected({ weekStart: week, records, wst: wst.rows, invoice: invoice.invoice, card }),
    ...more.found,
  ];
  const files: Partial<Record<EvidenceFile, MoneyFilesTable>> = {
    invoice: invoice.file ?? undefined,
    wst: wst.file ?? undefined,
    ...more.files,
  };
  const depositFiles = new Map(
    (await listFilesById(db, orgId, [...new Set(deposits.map((d) => d.file_id))])).map((f) => [f.id, f]),
  );
  const evidenceOf = (d: Discrepancy): StoredEvidence[] =>
    d.evidence.flatMap((e) => {
      if (e.record) return [recordEvidence(e.record)];
      const deposit = e.file === 'deposit' ? deposits[e.row] : undefined;
      const file = deposit ? depositFiles.get(deposit.file_id) : files[e.file];
      const row = deposit ? deposit.row : e.row;
      return file
        ? [{ file: e.file, fileId: file.id, fileName: file.file_name, sha256: file.sha256, row }]
        : [];
    });
  await db.transaction().execute(async (trx) => {
    await deleteOpenDiscrepancies(trx, orgId, stationId, week);
    const kept = await listWeekDiscrepancies(trx, orgId, stationId, week);
    const now = nowIso();
    const fresh = found.filter((d) => !kept.some((k) => sameFinding(d, k)));
    await insertDiscrepancies(
      trx,
      fresh.map(
        (d): MoneyDiscrepanciesTable => ({
          org_id: orgId,
          id: newId(),
          station_id: stationId,
          week_start: week,
          date: d.date,
          kind: d.kind,
          description: d.description,
          expected_cents: d.expected,
          billed_cents: d.invoiced,
          difference_cents: d.differenceCents,
          evidence: JSON.stringify(evidenceOf(d)),
          status: 'open',
          recovered_cents: null,
          written_off_reason: null,
          deadline: disputeDeadline(week),
          dispute_id: null,
          line: lineOfFinding(d),
          created_at: now,
          updated_at: now,
        }),
      ),
    );
  });
}

/**
 * A late cancel or delay recorded (or undone) on the board: its week is checked again when Amazon's
 * files for it are in (a week with none has nothing to compare our records with yet).
 */
export const recheckBoardWeek: BoardRecordsHook = async (db, { orgId, stationId, date }) => {
  const week = weekStartOf(date);
  if (await weekHasFiles(db, orgId, stationId, week)) await reconcileWeek(db, orgId, stationId, week);
};

/** Every week of a station with an invoice, checked again (its rate card changed). */
export async function reconcileStation(db: Db, orgId: string, stationId: string): Promise<void> {
  for (const week of await invoiceWeeksFrom(db, orgId, stationId, '0000-01-01'))
    await reconcileWeek(db, orgId, stationId, week);
  await reconcileFleet(db, orgId, stationId);
}
