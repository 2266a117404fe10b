import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { type Cell, type ExportFile, type ExportFormat, spreadsheetFile } from '../imports/export-file.js';
import { VAN_TYPE_LABELS } from '../shared/vans.js';
import { listStations } from '../tenancy/store.js';
import { OWNERSHIP_LABELS, VAN_STATUS_LABELS } from './domain/van.js';
import { listVans, type Van, type VanFilter } from './store.js';
import { vehicleImportFields } from './vehicles-import.js';

export { EXPORT_FORMATS } from '../imports/export-file.js';

interface Column {
  /** The vehicles import field the column feeds: its label is the header, so the file imports back. */
  field: string;
  value: (v: Van, stationCode: string | null) => Cell;
  /** Excel number format of the column (XLSX only). */
  numFmt?: string;
  width: number;
}

const date = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

const COLUMNS: Column[] = [
  { field: 'fleetNumber', value: (v) => v.fleetNumber, width: 12 },
  { field: 'vin', value: (v) => v.vin, width: 20 },
  { field: 'station', value: (_, code) => code, width: 9 },
  { field: 'vanType', value: (v) => VAN_TYPE_LABELS[v.vanType], width: 10 },
  { field: 'make', value: (v) => v.make, width: 12 },
  { field: 'model', value: (v) => v.model, width: 16 },
  { field: 'year', value: (v) => v.year, numFmt: '0', width: 8 },
  { field: 'plate', value: (v) => v.plate, width: 10 },
  { field: 'plateState', value: (v) => v.plateState, width: 8 },
  { field: 'ownership', value: (v) => OWNERSHIP_LABELS[v.ownership], width: 22 },
  { field: 'lessor', value: (v) => v.lessor, width: 18 },
  { field: 'ownershipStart', value: (v) => date(v.ownershipStart), numFmt: 'yyyy-mm-dd', width: 11 },
  { field: 'ownershipEnd', value: (v) => date(v.ownershipEnd), numFmt: 'yyyy-mm-dd', width: 11 },
  {
    field: 'monthlyRate',
    value: (v) => (v.monthlyRateCents === null ? null : v.monthlyRateCents / 100),
    numFmt: '0.00',
    width: 12,
  },
  { field: 'odometer', value: (v) => v.odometerMiles, numFmt: '0', width: 10 },
  { field: 'telematicsId', value: (v) => v.telematicsId, width: 16 },
  { field: 'cameraId', value: (v) => v.cameraId, width: 16 },
  { field: 'status', value: (v) => VAN_STATUS_LABELS[v.status], width: 10 },
  { field: 'statusReason', value: (v) => v.statusReason, width: 30 },
];

const headerOf = (field: string): string => {
  const label = vehicleImportFields.find((f) => f.name === field)?.label;
  if (!label) throw new Error(`No import field ${field}`);
  return label;
};

export const EXPORT_HEADERS = COLUMNS.map((c) => headerOf(c.field));

export type VanExportFilter = Omit<VanFilter, 'limit' | 'cursor'>;

/** The vans the actor may see, with the list's filters, by fleet number: read a page at a time. */
async function* exportRows(db: Db, actor: Actor, f: VanExportFilter): AsyncGenerator<Cell[]> {
  const { items: stations } = await listStations(db, actor, 100_000);
  const codes = new Map(stations.map((s) => [s.id, s.code]));
  let cursor: string | undefined;
  do {
    const page = await listVans(db, actor, { ...f, limit: 500, cursor });
    for (const v of page.items) {
      const code = codes.get(v.stationId) ?? null;
      yield COLUMNS.map((c) => c.value(v, code));
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The vans as a CSV or XLSX file with the headers the vehicles import reads, so an export imports back
 * unchanged. Streamed: rows are read a page at a time while the file is sent.
 */
export function exportVans(
  db: Db,
  actor: Actor,
  format: ExportFormat,
  filter: VanExportFilter,
  today: string,
): ExportFile {
  const rows = exportRows(db, actor, filter);
  return spreadsheetFile({
    format,
    name: `vans-${today}`,
    sheet: 'Vans',
    columns: COLUMNS.map((c) => ({
      header: headerOf(c.field),
      width: c.width,
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    })),
    rows,
  });
}
