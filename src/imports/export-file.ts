import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { guardCell } from './domain/sheet-cells.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Cell = string | number | Date | null;

export interface SheetColumn {
  header: string;
  width: number;
  /** Excel number format of the column (XLSX only); `0.00` also keeps cents in the CSV. */
  numFmt?: string;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

/** A CSV cell (RFC 4180 quoting), guarded against being run as a formula; money keeps its cents. */
export function csvCell(value: Cell, numFmt?: string): string {
  if (value === null) return '';
  const text = guardCell(
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? numFmt === '0.00'
          ? value.toFixed(2)
          : String(value)
        : value,
  );
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* csvChunks(columns: SheetColumn[], rows: AsyncIterable<Cell[]>): AsyncGenerator<string> {
  const line = (cells: Cell[]) => `${cells.map((c, i) => csvCell(c, columns[i]?.numFmt)).join(',')}\r\n`;
  // The byte order mark makes Excel read the file as UTF-8 (accents in names).
  yield `\uFEFF${line(columns.map((c) => c.header))}`;
  for await (const r of rows) yield line(r);
}

function xlsxStream(sheetName: string, columns: SheetColumn[], rows: AsyncIterable<Cell[]>): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
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

/**
 * A list as a CSV or XLSX download, streamed while its rows are read: the one writer behind every
 * export, so each file's headers can be the ones its import reads.
 */
export function spreadsheetFile(o: {
  format: ExportFormat;
  /** File name without the extension, e.g. `vans-2026-11-22`. */
  name: string;
  sheet: string;
  columns: SheetColumn[];
  rows: AsyncIterable<Cell[]>;
}): ExportFile {
  return o.format === 'xlsx'
    ? {
        fileName: `${o.name}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxStream(o.sheet, o.columns, o.rows),
      }
    : {
        fileName: `${o.name}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: Readable.from(csvChunks(o.columns, o.rows)),
      };
}
