/**
 * CSV text parsed in one pass, as csv-parse reads it with the import's options (csv-thread.ts CSV_OPTIONS:
 * a BOM dropped, CRLF, LF or CR ending a record, quotes doubled inside quoted cells, any number of cells a
 * record), failing with the same error codes. csv-parse runs every character through a state machine and
 * costs about as much as saving the rows does; this slices whole cells out of text already in memory.
 */

/** Why a record cannot be read: csv-parse's error `code`, and how many records were read before it. */
export class CsvTextError extends Error {
  constructor(
    readonly code: string,
    readonly records: number,
  ) {
    super(code);
    this.name = 'CsvTextError';
  }
}

const QUOTE = 34; // "
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * The records of `text` in order, read a batch at a time (the cells of a batch only are held as they are
 * worked through), as arrays of cells: an empty line is one empty cell, as csv-parse gives it. Throws
 * CsvTextError where csv-parse does: a quote inside a cell that does not start with one
 * (INVALID_OPENING_QUOTE), text after a closing quote (CSV_INVALID_CLOSING_QUOTE), a quote never closed
 * (CSV_QUOTE_NOT_CLOSED), a record of more than `maxRecordChars` characters (CSV_MAX_RECORD_SIZE).
 */
export class CsvRecords {
  /** Records read so far. */
  count = 0;
  private at: number;

  constructor(
    private readonly text: string,
    private readonly maxRecordChars: number,
  ) {
    this.at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The next `most` records; fewer at the end of the text, none after it. */
  next(most: number): string[][] {
    const records: string[][] = [];
    while (this.at < this.text.length && records.length < most) {
      records.push(this.record());
      this.count++;
    }
    return records;
  }

  private record(): string[] {
    const { text, maxRecordChars } = this;
    const start = this.at;
    let at = start;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        at = quotedCell(text, at, cells);
        if (at === -2) throw new CsvTextError('CSV_INVALID_CLOSING_QUOTE', this.count);
        // Never closed: csv-parse reads on to the end of the text, past the longest record it takes.
        if (at < 0) {
          const tooLong = text.length - start > maxRecordChars;
          throw new CsvTextError(tooLong ? 'CSV_MAX_RECORD_SIZE' : 'CSV_QUOTE_NOT_CLOSED', this.count);
        }
      } else {
        const from = at;
        at = unquotedEnd(text, at);
        if (at < 0) throw new CsvTextError('INVALID_OPENING_QUOTE', this.count);
        cells.push(text.slice(from, at));
      }
      if (at - start > maxRecordChars) throw new CsvTextError('CSV_MAX_RECORD_SIZE', this.count);
      const next = text.charCodeAt(at);
      if (next === COMMA) {
        at++;
        continue; // at the end of the text too: "a," is two cells, the last empty
      }
      if (next === CR) at += text.charCodeAt(at + 1) === LF ? 2 : 1;
      else if (next === LF) at++;
      this.at = at;
      return cells;
    }
  }
}

/** Where the unquoted cell starting at `from` ends: a comma, a line break or the end of the text (-1: a quote). */
function unquotedEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
    if (c === QUOTE) return -1;
  }
  return text.length;
}

/**
 * Reads the quoted cell whose opening quote is at `open` into `cells`; answers where it ends (-1: it never
 * does, -2: text follows its closing quote).
 */
function quotedCell(text: string, open: number, cells: string[]): number {
  let cell = '';
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return -1;
    const after = text.charCodeAt(close + 1);
    if (after === QUOTE) {
      cell += text.slice(from, close + 1); // a doubled quote is one quote
      from = close + 2;
      continue;
    }
    if (after === COMMA || after === LF || after === CR || close + 1 === text.length) {
      cells.push(cell + text.slice(from, close));
      return close + 1;
    }
    return -2;
  }
}
