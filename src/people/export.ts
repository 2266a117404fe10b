import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverStatus } from '../db/schema.js';
import { type Cell, type ExportFile, type ExportFormat, spreadsheetFile } from '../imports/export-file.js';
import { VAN_TYPE_LABELS } from '../shared/vans.js';
import { listStations } from '../tenancy/store.js';
import { driverImportFields } from './drivers-import.js';
import { type Driver, listDrivers } from './store.js';

export { EXPORT_FORMATS } from '../imports/export-file.js';

interface Column {
  /** The drivers import field the column feeds: its label is the header, so the file imports back. */
  field: string;
  value: (d: Driver, stationCode: string | null) => Cell;
  /** Excel number format of the column (XLSX only). */
  numFmt?: string;
  width: number;
}

const date = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' } as const;

const COLUMNS: Column[] = [
  { field: 'firstName', value: (d) => d.firstName, width: 16 },
  { field: 'lastName', value: (d) => d.lastName, width: 18 },
  { field: 'transporterId', value: (d) => d.transporterId, width: 18 },
  { field: 'employeeId', value: (d) => d.employeeId, width: 12 },
  { field: 'phone', value: (d) => d.phone, width: 15 },
  { field: 'email', value: (d) => d.email, width: 26 },
  { field: 'language', value: (d) => LANGUAGE_NAMES[d.language], width: 10 },
  { field: 'smsConsent', value: (d) => (d.smsConsentAt ? 'yes' : 'no'), width: 12 },
  { field: 'station', value: (_, code) => code, width: 9 },
  {
    field: 'hourlyRate',
    value: (d) => (d.hourlyRateCents === null ? null : d.hourlyRateCents / 100),
    numFmt: '0.00',
    width: 11,
  },
  { field: 'hireDate', value: (d) => date(d.hireDate), numFmt: 'yyyy-mm-dd', width: 11 },
  { field: 'vanTypes', value: (d) => d.vanTypes.map((t) => VAN_TYPE_LABELS[t]).join(', '), width: 22 },
  { field: 'licenseNumber', value: (d) => d.licenseNumber, width: 16 },
  { field: 'licenseState', value: (d) => d.licenseState, width: 8 },
  { field: 'licenseExpiry', value: (d) => date(d.licenseExpiry), numFmt: 'yyyy-mm-dd', width: 11 },
  { field: 'dotMedicalExpiry', value: (d) => date(d.dotMedicalExpiry), numFmt: 'yyyy-mm-dd', width: 11 },
  { field: 'status', value: (d) => d.status, width: 11 },
];

const headerOf = (field: string): string => {
  const label = driverImportFields.find((f) => f.name === field)?.label;
  if (!label) throw new Error(`No import field ${field}`);
  return label;
};

export const EXPORT_HEADERS = COLUMNS.map((c) => headerOf(c.field));

export interface DriverExportFilter {
  status?: DriverStatus;
  stationId?: string;
  q?: string;
}

/** The DAs the actor may see, with the list's filters, by last name: read a page at a time. */
async function* exportRows(db: Db, actor: Actor, f: DriverExportFilter): AsyncGenerator<Cell[]> {
  const { items: stations } = await listStations(db, actor, 100_000);
  const codes = new Map(stations.map((s) => [s.id, s.code]));
  let cursor: string | undefined;
  do {
    const page = await listDrivers(db, actor, {
      status: f.status,
      stationId: f.stationId,
      search: f.q,
      limit: 500,
      cursor,
    });
    for (const d of page.items) {
      const code = codes.get(d.homeStationId) ?? null;
      yield COLUMNS.map((c) => c.value(d, code));
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The DAs as a CSV or XLSX file with the headers the drivers import reads, so an export imports back
 * unchanged. Streamed: rows are read from the database a page at a time while the file is sent.
 */
export function exportDrivers(
  db: Db,
  actor: Actor,
  format: ExportFormat,
  filter: DriverExportFilter,
  today: string,
): ExportFile {
  const rows = exportRows(db, actor, filter);
  return spreadsheetFile({
    format,
    name: `das-${today}`,
    sheet: 'DAs',
    columns: COLUMNS.map((c) => ({
      header: headerOf(c.field),
      width: c.width,
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    })),
    rows,
  });
}
