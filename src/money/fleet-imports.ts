import { z } from 'zod';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import { listOrgVanRows } from '../fleet/store.js';
import type { ImportField, ImportKind, ParsedRow } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import type { FileColumns } from './amazon-rows-store.js';
import { MoneyDate, WholeCount } from './domain/cells.js';
import { daysBetween, monthOf } from './domain/fleet.js';
import { MoneyCell } from './domain/money.js';
import { type FileRow, rowsFileKind } from './file-kind.js';
import { fixedMonthlyPdfRows } from './fixed-monthly-pdf.js';
import { reconcileFleet, reconcileFleetOfImport } from './reconcile-fleet.js';

type FleetRow = FileRow<'money_fleet_rows'>;

/** The columns a fleet file's row leaves empty unless its kind fills them. */
const blank = {
  period_end: null,
  van_class: null,
  vin: null,
  plate: null,
  van_id: null,
  lessor: null,
  reference: null,
  quantity: null,
  rate_cents: null,
  amount_cents: null,
};

/** A fleet file's row of a day, kept under the day's week. */
const dayRow = (row: number, date: string, columns: Partial<FileColumns<'money_fleet_rows'>>): FleetRow => ({
  weekStart: weekStartOf(date),
  columns: { ...blank, ...columns, row, date },
});

const Text = z.string().trim().max(200, 'At most 200 characters.');

/** "Branded Last Mile Rental (LMR) Cargo Van" → "Branded Last Mile Rental (LMR)": the van class. */
const VanClass = Text.min(1).transform((s) => s.replace(/\s+cargo\s+van$/i, '').trim() || s);

/**
 * A fleet file kind: kept by SHA-256 like every money file, its station's fleet bills checked again
 * after it commits and after it is undone (what it alone showed goes with it).
 */
function fleetKind<Values>(
  spec: Omit<Parameters<typeof rowsFileKind<Values, 'money_fleet_rows'>>[0], 'table'>,
) {
  const kind = rowsFileKind<Values, 'money_fleet_rows'>({ ...spec, table: 'money_fleet_rows' });
  return {
    ...kind,
    afterCommit: reconcileFleetOfImport,
    afterUndo: (db, scope) => reconcileFleet(db, scope.orgId, scope.stationId ?? ''),
  } as ImportKind<FleetRow, Values>;
}

const fixedMonthlyFields: ImportField[] = [
  { name: 'reference', label: 'Invoice Number', required: false, aliases: ['invoice', 'invoice no'] },
  { name: 'date', label: 'Date', required: true, aliases: ['day', 'service date'] },
  {
    name: 'vanClass',
    label: 'Description',
    required: true,
    aliases: ['van class', 'class', 'vehicle class', 'vehicle type'],
    description: 'The van class, e.g. Branded Last Mile Rental (LMR) Cargo Van',
  },
  { name: 'quantity', label: 'Quantity', required: true, aliases: ['qty', 'vans', 'count'] },
  { name: 'rate', label: 'Rate', required: true, aliases: ['monthly rate'], description: 'The monthly rate' },
  { name: 'amount', label: 'Amount', required: true, aliases: ['total', 'line amount'] },
];

/**
 * Amazon's Fixed Monthly fleet invoice: a row per day and van class, one month a file; the PDF as Amazon
 * sends it is read into those rows (fixed-monthly-pdf.ts).
 */
export const fixedMonthlyImport = fleetKind({
  kind: 'fixed-monthly',
  label: 'Amazon Fixed Monthly fleet invoice (PDF, CSV or XLSX)',
  fields: fixedMonthlyFields,
  readPdf: fixedMonthlyPdfRows,
  reader: () =>
    cellsParser(fixedMonthlyFields, {
      reference: Text,
      date: MoneyDate,
      vanClass: VanClass,
      quantity: WholeCount,
      rate: MoneyCell,
      amount: MoneyCell,
    }),
  async prepare() {
    let month: string | null = null;
    return (v, row): ParsedRow<FleetRow> => {
      month ??= monthOf(v.date);
      if (monthOf(v.date) !== month)
        return {
          ok: false,
          issues: [
            {
              field: 'date',
              message: `The invoice is one month's (${month}): this day is in ${monthOf(v.date)}.`,
            },
          ],
        };
      const parsed = dayRow(row, v.date, {
        van_class: v.vanClass,
        reference: v.reference || null,
        quantity: v.quantity,
        rate_cents: v.rate,
        amount_cents: v.amount,
      });
      return { ok: true, row: parsed };
    };
  },
});

const afsFields: ImportField[] = [
  { name: 'date', label: 'Date', required: true, aliases: ['day'] },
  {
    name: 'afs',
    label: 'AFS',
    required: true,
    aliases: ['authorized fleet size', 'total afs', 'totalafs', 'cargo van total afs', 'fleet size'],
    description: "The day's Authorized Fleet Size (Fleet Mgmt's CARGO_VAN total AFS)",
  },
];

/** The Authorized Fleet Size of each day (Fleet Mgmt), what the Fixed Monthly invoice must pay up to. */
export const afsImport = {
  ...fleetKind({
    kind: 'afs',
    label: 'Authorized Fleet Size (AFS) by day',
    fields: afsFields,
    reader: () => cellsParser(afsFields, { date: MoneyDate, afs: WholeCount }),
    async prepare() {
      return (v, row): ParsedRow<FleetRow> => ({
        ok: true,
        row: dayRow(row, v.date, { quantity: v.afs }),
      });
    },
  }),
  key: (row: FleetRow) => row.columns.date,
  keyFields: ['date'],
};

const billFields: ImportField[] = [
  {
    name: 'lessor',
    label: 'Lessor',
    required: true,
    aliases: ['vendor', 'rental company', 'supplier', 'company'],
  },
  {
    name: 'reference',
    label: 'Invoice Number',
    required: false,
    aliases: ['invoice', 'invoice no', 'reference'],
  },
  { name: 'vin', label: 'VIN', required: false, aliases: ['vehicle vin', 'serial number'] },
  {
    name: 'plate',
    label: 'Plate',
    required: false,
    aliases: ['license plate', 'plate number', 'tag', 'license'],
  },
  { name: 'periodStart', label: 'Period Start', required: true, aliases: ['from', 'start date', 'start'] },
  { name: 'periodEnd', label: 'Period End', required: true, aliases: ['to', 'end date', 'end', 'through'] },
  { name: 'days', label: 'Days', required: false, aliases: ['rental days', 'days billed'] },
  { name: 'vanClass', label: 'Class', required: false, aliases: ['van class', 'vehicle class', 'unit type'] },
  {
    name: 'rate',
    label: 'Rate',
    required: false,
    aliases: ['monthly rate'],
    description: 'The monthly rate',
  },
  { name: 'amount', label: 'Amount', required: true, aliases: ['total', 'amount due', 'charge'] },
];

const normalPlate = (plate: string) => plate.toUpperCase().replace(/[\s-]/g, '');

/**
 * A lessor's or rental company's invoice: a van by VIN or plate, the period, days and amount. Each row's
 * van is matched by VIN, then plate; a van neither matches is kept and listed on the Fleet bills page
 * to be linked.
 */
export const fleetInvoiceImport = fleetKind({
  kind: 'fleet-invoice',
  label: "Lessor's or rental invoice (vans)",
  fields: billFields,
  reader: () =>
    cellsParser(billFields, {
      lessor: Text.min(1),
      reference: Text,
      vin: Text.transform((s) => s.toUpperCase()),
      plate: Text.transform(normalPlate),
      periodStart: MoneyDate,
      periodEnd: MoneyDate,
      days: WholeCount,
      vanClass: VanClass,
      rate: MoneyCell,
      amount: MoneyCell,
    }),
  async prepare(db, scope) {
    const vans = await listOrgVanRows(db, scope.orgId);
    const byVin = new Map(vans.map((v) => [v.vin.toUpperCase(), v.id]));
    const byPlate = new Map(vans.flatMap((v) => (v.plate ? [[normalPlate(v.plate), v.id] as const] : [])));
    return (v, row): ParsedRow<FleetRow> => {
      if (!v.vin && !v.plate)
        return { ok: false, issues: [{ field: 'vin', message: 'Name the van: a VIN or a plate.' }] };
      if (v.periodEnd < v.periodStart)
        return { ok: false, issues: [{ field: 'periodEnd', message: 'The period ends before it starts.' }] };
      const parsed = dayRow(row, v.periodStart, {
        period_end: v.periodEnd,
        van_class: v.vanClass ?? null,
        vin: v.vin || null,
        plate: v.plate || null,
        van_id: (v.vin && byVin.get(v.vin)) || (v.plate && byPlate.get(v.plate)) || null,
        lessor: v.lessor,
        reference: v.reference || null,
        quantity: v.days ?? daysBetween(v.periodStart, v.periodEnd).length,
        rate_cents: v.rate ?? null,
        amount_cents: v.amount,
      });
      return { ok: true, row: parsed };
    };
  },
});
