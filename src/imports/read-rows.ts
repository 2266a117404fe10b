import fs from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MAX_ROW_CHARS, startCsvThread } from './csv-thread.js';
import { CsvRecords, CsvTextError } from './domain/csv-text.js';
import { FileFormatError, type FileRow } from './file-row.js';
import { readXlsx } from './read-xlsx.js';

export type FileFormat = 'csv' | 'xlsx';

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

/** Whether the file is a PDF: it starts with "%PDF-". */
export async function isPdf(file: string): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return bytesRead === 5 && buffer.toString('latin1') === '%PDF-';
  } finally {
    await handle.close();
  }
}

/** A table read out of a file (a PDF's), header first, as a sheet's rows; reading throws when it cannot. */
export async function* tableRows(read: () => Promise<string[][]>): AsyncIterable<FileRow[]> {
  yield (await read()).map((cells, i) => ({ row: i + 1, cells }));
}

/** A CSV this big (~30,000 rows) is parsed on a thread of its own, beside the import's checks and writes. */
export const CSV_THREAD_BYTES = 4 * 1024 * 1024;

/**
 * Streams the rows of a CSV (UTF-8, with or without BOM, CRLF, LF or CR, quoted fields) or the first sheet
 * of an XLSX, in batches: the importer's turns are a batch's, not a row's. Rows whose cells are all blank
 * are skipped but still counted, as a spreadsheet shows them. Stopping early (e.g. after the header row)
 * closes the file. A CSV of `threadBytes` or more (at most CSV_THREAD_BYTES) is parsed on a thread.
 */
export function readRowBatches(
  file: string,
  format: FileFormat,
  {
    threadBytes = CSV_THREAD_BYTES,
    fileName,
    orPdf = false,
  }: {
    threadBytes?: number;
    fileName?: string;
    /** The kind also reads a PDF: a refusal offers that too. */
    orPdf?: boolean;
  } = {},
): AsyncIterable<FileRow[]> {
  const batches = format === 'xlsx' ? inBatches(readXlsx(file)) : readCsv(file, threadBytes);
  return fileName && !namedAsSpreadsheet(fileName) ? commaSeparatedOnly(batches, fileName, orPdf) : batches;
}

/** readRowBatches, a row at a time. */
export async function* readRows(
  file: string,
  format: FileFormat,
  options: { threadBytes?: number; fileName?: string; orPdf?: boolean } = {},
): AsyncIterable<FileRow> {
  for await (const batch of readRowBatches(file, format, options)) yield* batch;
}

/** Rows handed over in a batch: a turn of the importer's loop costs little beside this many rows' work. */
const ROWS_PER_BATCH = 500;

/** The rows each piece of an XLSX completed, in batches of ROWS_PER_BATCH. */
async function* inBatches(pieces: AsyncIterable<FileRow[]>): AsyncIterable<FileRow[]> {
  let batch: FileRow[] = [];
  for await (const rows of pieces) {
    for (const row of rows) {
      batch.push(row);
      if (batch.length === ROWS_PER_BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** A name without an extension says nothing; `.csv` and `.xlsx` say the file is a sheet. */
function namedAsSpreadsheet(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || /^\.(csv|xlsx)$/i.test(fileName.slice(dot));
}

/**
 * A text file named otherwise (notes.txt, a tab-separated export) is read as rows only when it really is
 * comma-separated: its header row has at least two cells. Otherwise one "column" of whole lines would be
 * matched against the kind's headers and every row reported missing its fields.
 */
async function* commaSeparatedOnly(
  batches: AsyncIterable<FileRow[]>,
  fileName: string,
  orPdf: boolean,
): AsyncIterable<FileRow[]> {
  let header = true;
  for await (const batch of batches) {
    const row = batch[0];
    if (header && row && row.cells.length < 2) {
      const tabs = row.cells[0]?.includes('\t') ? ' (its columns are separated by tabs)' : '';
      // Named .pdf but not one (a PDF was sniffed before rows were read): say so, not "upload the PDF".
      const what = orPdf && /\.pdf$/i.test(fileName) ? 'either a PDF or a spreadsheet' : 'a spreadsheet';
      throw new FileFormatError(
        `${fileName} is not ${what}${tabs}: its first row is not comma-separated columns. Export the sheet as CSV or .xlsx${orPdf ? ', or upload the PDF' : ''}.`,
        row.row,
      );
    }
    if (row) header = false;
    yield batch;
  }
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'A quoted cell starts in this row and its closing quote (") is missing.',
  INVALID_OPENING_QUOTE:
    'A quote (") inside a cell that does not start with one: put the cell in quotes and write the quote twice ("").',
  CSV_INVALID_CLOSING_QUOTE:
    'A quoted cell goes on after its closing quote: write a quote inside a quoted cell twice ("").',
  CSV_MAX_RECORD_SIZE: `This row goes on for over ${MAX_ROW_CHARS.toLocaleString('en-US')} characters: a quoted cell probably starts in it and its closing quote (") is missing.`,
};

/**
 * A CSV is text. A file whose start holds NUL bytes and is not UTF-8 (a picture, a PDF, an old .xls), or
 * is a tenth NULs (UTF-16 text), is not rows; a UTF-8 file with a stray NUL in a cell is, and the import
 * names that cell (textProblem).
 */
function assertText(start: Buffer): void {
  if (isBinary(start.subarray(0, 8192))) {
    throw new FileFormatError(
      'This is not a CSV or Excel (.xlsx) file. Export the sheet as CSV or .xlsx.',
      1,
    );
  }
}

/** The start of a file, for assertText. */
async function startOf(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isBinary(start: Buffer): boolean {
  let nuls = 0;
  for (const byte of start) if (byte === 0) nuls++;
  if (nuls === 0) return false;
  if (nuls * 10 > start.length) return true;
  try {
    // stream: a character cut off at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true });
    return false;
  } catch {
    return true;
  }
}

/** A CSV's rows, parsed on a thread of its own when the file is big enough to pay for starting one. */
function readCsv(file: string, threadBytes: number): AsyncIterable<FileRow[]> {
  return {
    [Symbol.asyncIterator]() {
      const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0; // a missing file: reading says so
      const onThread = size >= Math.min(threadBytes, CSV_THREAD_BYTES);
      return (onThread ? readCsvOnThread(file) : readCsvHere(file))[Symbol.asyncIterator]();
    },
  };
}

const unreadableCsv = (code: string, message: string, row: number) =>
  new FileFormatError(CSV_PROBLEMS[code] ?? `Not a readable CSV file: ${message}`, row);

/**
 * A small CSV (under CSV_THREAD_BYTES), read whole and parsed a batch at a time (CsvRecords: several times
 * csv-parse's speed), with a turn of the event loop between batches for requests.
 */
async function* readCsvHere(file: string): AsyncIterable<FileRow[]> {
  const bytes = await fs.promises.readFile(file);
  assertText(bytes);
  const records = new CsvRecords(bytes.toString('utf8'), MAX_ROW_CHARS);
  for (let first = true; ; first = false) {
    const row = records.count; // rows before this batch
    let batch: string[][];
    try {
      batch = records.next(ROWS_PER_BATCH);
    } catch (error) {
      if (error instanceof CsvTextError) throw unreadableCsv(error.code, error.message, error.records + 1);
      throw error;
    }
    if (batch.length === 0) return;
    if (!first) await nextTurn();
    // Every record is a row of the spreadsheet, an empty line too; a line break inside quotes is not.
    const rows: FileRow[] = [];
    for (let r = 0; r < batch.length; r++) {
      const cells = batch[r] as string[];
      if (!isBlank(cells)) rows.push({ row: row + r + 1, cells });
    }
    yield rows;
  }
}

async function* readCsvOnThread(file: string): AsyncIterable<FileRow[]> {
  assertText(await startOf(file));
  const thread = startCsvThread(file);
  try {
    for (;;) {
      const event = await thread.next();
      if ('done' in event) return;
      if ('failed' in event) throw new Error(`The CSV file could not be read: ${event.failed}`);
      if ('unreadable' in event) {
        const { code, message, row } = event.unreadable;
        throw unreadableCsv(code, message, row);
      }
      yield rowsOf(event);
    }
  } finally {
    await thread.stop();
  }
}

/** The rows of one hand-over from the thread, each cell cut from their one string by its length. */
function rowsOf(batch: { rows: number[]; widths: number[]; lengths: number[]; text: string }): FileRow[] {
  const { rows, widths, lengths, text } = batch;
  const out = new Array<FileRow>(rows.length);
  let cell = 0;
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const width = widths[r] ?? 0;
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const end = at + (lengths[cell++] ?? 0);
      cells[c] = text.slice(at, end);
      at = end;
    }
    out[r] = { row: rows[r] ?? 0, cells };
  }
  return out;
}
