import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * What the thread hands over: rows (each row's number as a spreadsheet shows it, its count of cells,
 * each cell's length, and all the cells as one text), the end, or why it could not read on: a broken
 * CSV (`unreadable`, csv-parse's code and the row the broken record starts on) or anything else.
 */
export type CsvThreadEvent =
  | { rows: number[]; widths: number[]; lengths: number[]; text: string }
  | { unreadable: { code: string; message: string; row: number } }
  | { failed: string }
  | { done: true };

/** Characters a row may have: a file's longest cell is a few thousand; more is a quote left open. */
export const MAX_ROW_CHARS = 1_000_000;

/**
 * How CSV text is parsed, here and on the thread: any line ending, even mixed in one file (rows added
 * by another program); rows of any number of cells, up to MAX_ROW_CHARS (else an open quote would
 * read the rest of the file into one cell); empty lines kept (and counted) like any blank row.
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  max_record_size: MAX_ROW_CHARS,
  record_delimiter: ['\r\n', '\n', '\r'],
};

/**
 * Rows in one hand-over: enough that handing over costs little, few enough that its text (~100 bytes a
 * row) stays under V8's 128 KB for a young object: a bigger one is born old and piles up until a full GC.
 */
const ROWS_PER_BATCH = 500;
/** Hand-overs the thread may be ahead by: reading goes on while the importer works, memory stays bounded. */
const AHEAD = 3;

/**
 * The thread's program, plain JavaScript so it runs the same from the built server and from the
 * TypeScript sources under test. Rows whose cells are all blank are counted, not sent. A batch's cells
 * go over as one string and their lengths: one copy, where an array of strings is one a cell.
 */
const THREAD = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { parse, CsvError } = require(workerData.csvParse);

const input = fs.createReadStream(workerData.file);
const parser = parse(workerData.options);
input.on('error', (error) => parser.destroy(error));
input.pipe(parser);

let credit = ${AHEAD};
let wake = null;
parentPort.on('message', (m) => {
  if (m === 'stop') {
    parser.destroy();
    input.destroy();
    parentPort.close();
    return;
  }
  credit++;
  if (wake) wake();
});

let batch = { rows: [], widths: [], lengths: [], text: '' };
async function send() {
  if (batch.rows.length === 0) return;
  if (credit === 0) await new Promise((resolve) => { wake = resolve; });
  wake = null;
  credit--;
  parentPort.postMessage(batch);
  batch = { rows: [], widths: [], lengths: [], text: '' };
}

(async () => {
  let row = 0;
  try {
    for await (const record of parser) {
      row++;
      let blank = true;
      for (const cell of record) if (cell.trim() !== '') { blank = false; break; }
      if (blank) continue;
      batch.rows.push(row);
      batch.widths.push(record.length);
      for (const cell of record) {
        batch.lengths.push(cell.length);
        batch.text += cell;
      }
      if (batch.rows.length >= ${ROWS_PER_BATCH}) await send();
    }
    await send();
    parentPort.postMessage({ done: true });
  } catch (error) {
    if (error instanceof CsvError) {
      parentPort.postMessage({ unreadable: { code: error.code, message: error.message, row: Number(error.records ?? row) + 1 } });
    } else parentPort.postMessage({ failed: String(error && error.message ? error.message : error) });
  } finally {
    input.destroy();
  }
})();
`;

/**
 * Parses a CSV (UTF-8, with or without BOM, CRLF, LF or CR, quoted fields) on a thread of its own, so
 * reading the file goes on while the importer checks and saves the rows read before: a million-row
 * file's parse is about a third of its import. Starting a thread takes ~50 ms: for big files only.
 * Answers the thread's events in order through `next`, and `stop` to end it (waits until it is gone).
 */
export function startCsvThread(file: string): { next(): Promise<CsvThreadEvent>; stop(): Promise<void> } {
  const csvParse = createRequire(import.meta.url).resolve('csv-parse');
  const thread = new Worker(THREAD, {
    eval: true,
    // Nothing of the parent's flags (a loader, --input-type=module): the program is plain CommonJS.
    execArgv: [],
    // It holds a few hand-overs; unbounded, its heap grows lazily by a hundred MB on a big file.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 24 },
    workerData: { file, csvParse, options: CSV_OPTIONS },
  });
  const events: CsvThreadEvent[] = [];
  let waiting: ((event: CsvThreadEvent) => void) | null = null;
  const deliver = (event: CsvThreadEvent) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(event);
    } else events.push(event);
  };
  let ended = false;
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('message', (event: CsvThreadEvent) => deliver(event));
  thread.on('error', (error) => deliver({ failed: error.message }));
  thread.once('exit', () => {
    ended = true;
    deliver({ failed: 'The file reader stopped.' });
  });
  return {
    next() {
      const event = events.shift();
      if (event) {
        if ('rows' in event && !ended) thread.postMessage('more');
        return Promise.resolve(event);
      }
      return new Promise((resolve) => {
        waiting = (e) => {
          if ('rows' in e && !ended) thread.postMessage('more');
          resolve(e);
        };
      });
    },
    async stop() {
      if (!ended) thread.postMessage('stop');
      await exited;
    },
  };
}
