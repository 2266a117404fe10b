import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  columnIndex,
  isDateFormatId,
  isoDateText,
  MAX_COLUMNS,
  numberText,
  serialDateText,
  wholeNumber,
} from './domain/xlsx-cells.js';
import { type XmlHandler, XmlScanner } from './domain/xml-scan.js';
import { FileFormatError, type FileRow } from './file-row.js';
import { entryText, wholeText, type ZipEntry, ZipError, zipEntries } from './zip-entries.js';

/**
 * Streams the rows of an XLSX's first sheet (in the workbook's order) as text, as a spreadsheet shows
 * them: shared and inline strings, numbers, booleans, formulas' last results, errors, and dates (told by
 * the cell's number format) as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS. Row numbers are the sheet's; rows whose
 * cells are all blank are skipped. Handed on as the rows each piece of the sheet completes (a turn per
 * row would cost more than reading it). Stopping early closes the file.
 */
export async function* readXlsx(file: string): AsyncIterable<FileRow[]> {
  const handle = await fs.promises.open(file, 'r');
  let sheet: SheetRows | undefined;
  try {
    const book = await openWorkbook(handle);
    if (!book) return;
    sheet = new SheetRows(book);
    const scanner = new XmlScanner(sheet);
    for await (const piece of entryText(handle, book.sheet)) {
      scanner.push(piece);
      if (sheet.ready.length > 0) yield sheet.take();
      if (sheet.done) return;
    }
    scanner.end();
    if (sheet.ready.length > 0) yield sheet.take();
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw unreadable((error as Error).message, sheet?.stoppedAt ?? 1);
  } finally {
    await handle.close();
  }
}

const unreadable = (why: string, row: number) =>
  new FileFormatError(
    `The XLSX file could not be read (${why}). Save it again from the spreadsheet or export it as CSV.`,
    row,
  );

/** What reading the first sheet's cells needs from the rest of the workbook. */
interface Workbook {
  sheet: ZipEntry;
  strings: string[];
  /** By cell style index (a cell's s): whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

const parseDecimal = (text: string) => Number.parseInt(text, 10);

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The workbook's first sheet and what its cells refer to; null when the workbook has no sheet. */
async function openWorkbook(handle: FileHandle): Promise<Workbook | null> {
  const entries = await zipEntries(handle);
  const part = (name: string) => entries.get(name.toLowerCase());
  const read = async (name: string) => {
    const entry = part(name);
    return entry ? wholeText(handle, entry) : '';
  };
  const root = relationships(await read('_rels/.rels'), '');
  const bookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  if (!part(bookPath)) throw new ZipError('it has no workbook: it is a zip file but no spreadsheet');
  const book = workbookOf(await read(bookPath));
  if (book.firstSheet === undefined) return null;
  const rels = relationships(await read(relsPathOf(bookPath)), path.posix.dirname(bookPath));
  const sheetPath = rels.get(book.firstSheet)?.target;
  const sheet = sheetPath ? part(sheetPath) : undefined;
  if (!sheet) throw new ZipError('its first sheet is missing');
  const target = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? fallback;
  const stylesPath = target('styles', 'xl/styles.xml');
  const stringsPath = target('sharedStrings', 'xl/sharedStrings.xml');
  return {
    sheet,
    strings: await sharedStrings(handle, part(stringsPath)),
    dateStyles: dateStylesOf(await read(stylesPath)),
    date1904: book.date1904,
  };
}

/** Where a part's relationships are: a/b.xml → a/_rels/b.xml.rels. */
const relsPathOf = (partPath: string) =>
  path.posix.join(path.posix.dirname(partPath), '_rels', `${path.posix.basename(partPath)}.rels`);

/** Scans a whole small part with handlers for some elements' starts. */
function scanPart(
  xml: string,
  open: (name: string, scan: XmlScanner) => void,
  close?: (name: string) => void,
) {
  const handler: XmlHandler = {
    capturing: false,
    done: false,
    open,
    close: close ?? (() => {}),
    text: () => {},
  };
  const scanner = new XmlScanner(handler);
  scanner.push(xml);
}

/** A part's relationships by id: their type and the part they point at, resolved from folder `base`. */
function relationships(xml: string, base: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  scanPart(xml, (name, scan) => {
    const id = scan.attr('Id');
    const target = scan.attr('Target');
    if (name !== 'Relationship' || !id || !target || scan.attr('TargetMode') === 'External') return;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(base, target);
    out.set(id, { type: scan.attr('Type') ?? '', target: path.posix.normalize(resolved) });
  });
  return out;
}

function workbookOf(xml: string): { firstSheet?: string; date1904: boolean } {
  const book: { firstSheet?: string; date1904: boolean } = { date1904: false };
  scanPart(xml, (name, scan) => {
    if (name === 'workbookPr') book.date1904 = ['1', 'true'].includes(scan.attr('date1904') ?? '');
    if (name === 'sheet' && book.firstSheet === undefined) book.firstSheet = scan.attr('id') ?? '';
  });
  return book;
}

/** Whether each cell style (cellXfs, in order) shows a date, from its number format. */
function dateStylesOf(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellStyles = false;
  scanPart(
    xml,
    (name, scan) => {
      if (name === 'numFmt') custom.set(Number(scan.attr('numFmtId')), scan.attr('formatCode') ?? '');
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'xf' && inCellStyles) formats.push(Number(scan.attr('numFmtId') ?? 0));
    },
    (name) => {
      if (name === 'cellXfs') inCellStyles = false;
    },
  );
  return formats.map((id) => isDateFormatId(id, custom));
}

/** The shared strings, each the text of its runs (phonetic guides left out), read piece by piece. */
async function sharedStrings(handle: FileHandle, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const strings = new SharedStrings();
  const scanner = new XmlScanner(strings);
  for await (const piece of entryText(handle, entry)) scanner.push(piece);
  scanner.end();
  return strings.all;
}

class SharedStrings implements XmlHandler {
  readonly all: string[] = [];
  readonly done = false;
  capturing = false;
  private current = '';
  private phonetic = false;

  open(name: string): void {
    if (name === 't') this.capturing = !this.phonetic;
    else if (name === 'si') this.current = '';
    else if (name === 'rPh') this.phonetic = true;
  }

  close(name: string): void {
    if (name === 't') this.capturing = false;
    else if (name === 'si') this.all.push(this.current);
    else if (name === 'rPh') this.phonetic = false;
  }

  text(text: string): void {
    this.current += text;
  }
}

/** The sheet's rows as its XML is scanned: each row's cells as dense text, taken after each piece. */
class SheetRows implements XmlHandler {
  done = false;
  capturing = false;
  /** The rows completed since the last take(), blank ones left out. */
  ready: FileRow[] = [];
  private inData = false;
  private cells: string[] | null = null;
  private blank = true;
  private column = -1;
  // The current cell: its type (t), style (s), whether it holds anything, its value and inline text.
  private type = '';
  private style = 0;
  private filled = false;
  private value = '';
  private inline = '';
  private inInline = false;
  private phonetic = false;
  private into: 'value' | 'inline' = 'value';
  /** The row being scanned, or the last one scanned (blank or not). */
  private row = 0;

  constructor(private readonly book: Workbook) {}

  /** The row where reading stopped: the one being scanned, else the one after the last. */
  get stoppedAt(): number {
    return this.cells ? this.row : this.row + 1;
  }

  /** The rows completed since the last take(). */
  take(): FileRow[] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }

  open(name: string, scan: XmlScanner): void {
    switch (name) {
      case 'c':
        if (this.cells) this.openCell(scan);
        return;
      case 'v':
        this.filled = true;
        this.into = 'value';
        this.capturing = this.cells !== null;
        return;
      case 'f':
        this.filled = true;
        return;
      case 'is':
        this.filled = true;
        this.inInline = true;
        return;
      case 't':
        this.into = 'inline';
        this.capturing = this.inInline && !this.phonetic && this.cells !== null;
        return;
      case 'rPh':
        this.phonetic = true;
        return;
      case 'row':
        if (this.inData) this.openRow(scan);
        return;
      case 'sheetData':
        this.inData = true;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capturing = false;
        return;
      case 'c':
        if (this.cells && this.filled) this.closeCell(this.cells);
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic = false;
        return;
      case 'row':
        if (this.cells && !this.blank) this.ready.push({ row: this.row, cells: this.cells });
        this.cells = null;
        return;
      case 'sheetData':
        this.done = true;
    }
  }

  text(text: string): void {
    if (this.into === 'value') this.value += text;
    else this.inline += text;
  }

  private openRow(scan: XmlScanner): void {
    const r = wholeNumber(scan.attr('r') ?? '', parseDecimal);
    this.row = r > 0 ? r : this.row + 1; // r may be left out: the row after the last
    this.cells = [];
    this.blank = true;
    this.column = -1;
  }

  private openCell(scan: XmlScanner): void {
    const ref = scan.attr('r');
    this.column = ref ? columnIndex(ref) : this.column + 1;
    if (this.column < 0 || this.column >= MAX_COLUMNS) {
      throw unreadable(`its cell ${ref} is past the last column, XFD`, this.row);
    }
    this.type = scan.attr('t') ?? 'n';
    this.style = wholeNumber(scan.attr('s') ?? '0', Number);
    this.filled = false;
    this.value = '';
    this.inline = '';
  }

  private closeCell(cells: string[]): void {
    const text = this.cellText();
    while (cells.length < this.column) cells.push('');
    cells[this.column] = text;
    if (this.blank && text.trim() !== '') this.blank = false;
  }

  /** The cell as text; a formula's is its last result, stored as any cell's value. */
  private cellText(): string {
    const { value, book } = this;
    switch (this.type) {
      case 's':
        return book.strings[wholeNumber(value, parseDecimal)] ?? '';
      case 'inlineStr':
        return this.inline || value;
      case 'str':
      case 'e':
        return value;
      case 'b':
        return value.trim() === '' ? '' : String(Number.parseInt(value, 10) !== 0);
      case 'd':
        return isoDateText(value.trim());
      default:
        if (value.trim() === '') return '';
        if (book.dateStyles[this.style]) {
          const serial = Number.parseFloat(value);
          if (Number.isFinite(serial)) return serialDateText(serial, book.date1904);
        }
        return numberText(value);
    }
  }
}
