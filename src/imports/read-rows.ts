import fs from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type FileFormat = 'csv' | 'xlsx';

/** One record of the file: its row number as a spreadsheet shows it (header = 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

/** XLSX files are zip archives; everything else is read as CSV text. */
export async function sniffFormat(file: string): Promise<FileFormat> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
  } finally {
    await handle.close();
  }
}

/** Streams the rows of a CSV (UTF-8, with or without BOM, CRLF or LF, quoted fields) or the first sheet of an XLSX. */
export function readRows(file: string, format: FileFormat): AsyncIterable<FileRow> {
  return format === 'xlsx' ? readXlsx(file) : readCsv(file);
}

async function* readCsv(file: string): AsyncIterable<FileRow> {
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  for await (const record of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
    yield { row: record.info.records, cells: record.record };
  }
}

async function* readXlsx(file: string): AsyncIterable<FileRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (values.some((v) => v !== '')) yield { row: row.number, cells: values };
    }
    return; // the first worksheet is the data
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[]; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
    return '';
  }
  return String(value);
}
