import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriverStatus } from '../db/schema.js';
import { listStations } from '../tenancy/store.js';
import { VAN_TYPE_LABELS } from './domain/driver.js';
import { guardCell } from './domain/import-cells.js';
import { driverImportFields } from './drivers-import.js';
import { type Driver, listDrivers } from './store.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Cell = string | number | Date | null;

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

/** Quotes a CSV cell when it must be (RFC 4180), after guarding it against being run as a formula. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = guardCell(
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? value.toFixed(2)
        : value,
  );
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Cell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

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

async function* csvChunks(rows: AsyncIterable<Cell[]>): AsyncGenerator<string> {
  // The byte order mark makes Excel read the file as UTF-8 (Español, accents in names).
  yield `\uFEFF${csvLine(EXPORT_HEADERS)}`;
  for await (const r of rows) yield csvLine(r);
}

function xlsxStream(rows: AsyncIterable<Cell[]>): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet('DAs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: headerOf(c.field),
    key: c.field,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  (async () => {
    for await (const r of rows) sheet.addRow(r).commit();
    sheet.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
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
  return format === 'xlsx'
    ? {
        fileName: `das-${today}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxStream(rows),
      }
    : {
        fileName: `das-${today}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: Readable.from(csvChunks(rows)),
      };
}
