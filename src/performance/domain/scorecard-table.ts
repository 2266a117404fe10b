import { MetricNumber, Ratio, TransporterCell } from './cells.js';
import { METRICS, type MetricKey } from './metrics.js';
import { fold, normalise, type PdfLine, type TextPiece } from './pdf-lines.js';

/**
 * The per-DA table of older scorecards (page 2, data-files.md): # / Name / Transporter ID / Delivered /
 * FICO / Seatbelt Off / … / DSB Count / POD Opps. Found by its "Transporter ID" header; each header cell
 * is a column, and every piece of a row below it belongs to the column it overlaps most. Amazon removed
 * the table in October 2025, so a scorecard without one is normal.
 */

export const COUNT_COLUMNS = ['dsb_count', 'pod_opportunities'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type ColumnKey = 'rank' | 'name' | 'transporterId' | MetricKey | CountColumn;

const COLUMN_HEADERS: [ColumnKey, readonly string[]][] = [
  ['rank', ['#', 'Rank']],
  ['name', ['Name', 'Delivery Associate', 'DA', 'DA Name']],
  ['transporterId', ['Transporter ID']],
  ['dsb_count', ['DSB Count']],
  ['pod_opportunities', ['POD Opps', 'POD Opportunities']],
  ...METRICS.map((m): [ColumnKey, readonly string[]] => [m.key, [...m.headers, ...m.stems]]),
];

/** The column a header names, or null when Stationhand does not know it. */
export function columnOf(header: string): ColumnKey | null {
  const h = header.trim() === '#' ? '#' : fold(header);
  return COLUMN_HEADERS.find(([, names]) => names.some((n) => (n === '#' ? n : fold(n)) === h))?.[0] ?? null;
}

export interface DaRowReading {
  transporterId: string;
  name: string | null;
  rank: number | null;
  /** null: the cell was blank or "-" (no data); a cell that could not be read is in `unread`. */
  metrics: Partial<Record<MetricKey, number | null>>;
  counts: Partial<Record<CountColumn, number | null>>;
  page: number;
  /** The row's line as the page has it. */
  text: string;
}

export interface UnreadCell {
  page: number;
  transporterId: string | null;
  column: string;
  text: string;
  reason: string;
}

export interface TableReading {
  found: boolean;
  pages: number[];
  columns: { header: string; column: ColumnKey | null }[];
  rows: DaRowReading[];
  unread: UnreadCell[];
}

interface Column {
  header: string;
  key: ColumnKey | null;
  left: number;
  right: number;
}

const end = (p: TextPiece) => p.x + p.width;

/** Header pieces closer than a third of their height are one cell ("Following" "Distance"). */
function headerCells(line: PdfLine): TextPiece[] {
  const cells: TextPiece[] = [];
  for (const p of line.pieces) {
    const last = cells.at(-1);
    if (last && p.x - end(last) < p.height / 3) {
      cells[cells.length - 1] = { ...last, text: `${last.text} ${p.text}`, width: end(p) - last.x };
    } else cells.push({ ...p });
  }
  return cells;
}

/** Each header cell's span: halfway to its neighbours, so left- and right-aligned values both land. */
function columnsOf(line: PdfLine): Column[] {
  const cells = headerCells(line);
  return cells.map((c, i) => {
    const prev = cells[i - 1];
    const next = cells[i + 1];
    return {
      header: normalise(c.text),
      key: columnOf(c.text),
      left: prev ? (end(prev) + c.x) / 2 : Number.NEGATIVE_INFINITY,
      right: next ? (end(c) + next.x) / 2 : Number.POSITIVE_INFINITY,
    };
  });
}

const overlap = (p: TextPiece, c: Column) =>
  p.width > 0
    ? Math.min(end(p), c.right) - Math.max(p.x, c.left)
    : p.x >= c.left && p.x < c.right
      ? 1
      : Number.NEGATIVE_INFINITY;

/** A row's text per column index. */
function cellsOf(line: PdfLine, columns: readonly Column[]): Map<number, string> {
  const cells = new Map<number, string>();
  for (const p of line.pieces) {
    let best = 0;
    for (let i = 1; i < columns.length; i++)
      if (overlap(p, columns[i] as Column) > overlap(p, columns[best] as Column)) best = i;
    cells.set(best, normalise(`${cells.get(best) ?? ''} ${p.text}`));
  }
  return cells;
}

/** A wrapped header cell goes on within this many text heights below the header line. */
const WRAP_GAP = 1.6;

/**
 * Header cells too long for their column wrap onto the lines just below ("Following" over "Distance"):
 * those lines, with nothing under Transporter ID, are added to the cells above. Answers where rows start.
 */
function wrappedHeader(header: PdfLine, body: readonly PdfLine[], columns: Column[]): number {
  const height = Math.max(...header.pieces.map((p) => p.height));
  const idAt = columns.findIndex((c) => c.key === 'transporterId');
  let y = header.y;
  let n = 0;
  for (const line of body) {
    const cells = cellsOf(line, columns);
    if (y - line.y > height * WRAP_GAP || cells.has(idAt)) break;
    for (const [i, text] of cells) {
      const c = columns[i] as Column;
      c.header = `${c.header} ${text}`;
      c.key = columnOf(c.header);
    }
    y = line.y;
    n++;
  }
  return n;
}

const isHeader = (line: PdfLine) => headerCells(line).some((p) => columnOf(p.text) === 'transporterId');

/** The lines of each table: a header line and the lines below it up to the next header or page end. */
function tablesIn(lines: readonly PdfLine[]): { header: PdfLine; body: PdfLine[] }[] {
  const tables: { header: PdfLine; body: PdfLine[] }[] = [];
  for (const line of lines) {
    const current = tables.at(-1);
    if (isHeader(line)) tables.push({ header: line, body: [] });
    else if (current && current.header.page === line.page) current.body.push(line);
  }
  return tables;
}

export function readTable(lines: readonly PdfLine[]): TableReading {
  const tables = tablesIn(lines);
  const reading: TableReading = {
    found: tables.length > 0,
    pages: [...new Set(tables.map((t) => t.header.page))],
    columns: [],
    rows: [],
    unread: [],
  };
  for (const { header, body } of tables) {
    const columns = columnsOf(header);
    const rowsFrom = wrappedHeader(header, body, columns);
    if (reading.columns.length === 0)
      reading.columns = columns.map((c) => ({ header: c.header, column: c.key }));
    for (const line of body.slice(rowsFrom)) readRow(reading, line, columns);
  }
  reportUnknownColumns(reading);
  return reading;
}

function reportUnknownColumns(reading: TableReading): void {
  for (const c of reading.columns.filter((col) => col.column === null)) {
    reading.unread.push({
      page: reading.pages[0] ?? 1,
      transporterId: null,
      column: c.header,
      text: c.header,
      reason: `Stationhand does not know the column “${c.header}”; its values are not read.`,
    });
  }
}

/** Adds a body line as a DA's row, or says why it is not one (lines with few cells are notes). */
function readRow(reading: TableReading, line: PdfLine, columns: readonly Column[]): void {
  const cells = cellsOf(line, columns);
  const at = columns.findIndex((c) => c.key === 'transporterId');
  const idText = cells.get(at) ?? '';
  const id = TransporterCell.safeParse(idText);
  if (!id.success) {
    if (cells.size * 2 >= columns.length)
      reading.unread.push({
        page: line.page,
        transporterId: null,
        column: 'Transporter ID',
        text: line.text,
        reason: idText
          ? `“${idText}” is not a Transporter ID; the row is not read.`
          : 'The row has no Transporter ID; it is not read.',
      });
    return;
  }
  if (reading.rows.some((r) => r.transporterId === id.data)) {
    reading.unread.push({
      page: line.page,
      transporterId: id.data,
      column: 'Transporter ID',
      text: line.text,
      reason: `${id.data} is in the table twice; only its first row is read.`,
    });
    return;
  }
  reading.rows.push(rowOf(reading, line, columns, cells, id.data));
}

function rowOf(
  reading: TableReading,
  line: PdfLine,
  columns: readonly Column[],
  cells: Map<number, string>,
  transporterId: string,
): DaRowReading {
  const row: DaRowReading = {
    transporterId,
    name: null,
    rank: null,
    metrics: {},
    counts: {},
    page: line.page,
    text: line.text,
  };
  columns.forEach((c, i) => {
    const text = cells.get(i) ?? '';
    if (c.key === null || c.key === 'transporterId') return;
    if (c.key === 'name') {
      row.name = text || null;
      return;
    }
    const value = cellValue(c.key, text);
    if (!value.ok) {
      reading.unread.push({ page: line.page, transporterId, column: c.header, text, reason: value.reason });
      return;
    }
    if (c.key === 'rank') row.rank = value.value;
    else if (c.key === 'dsb_count' || c.key === 'pod_opportunities') row.counts[c.key] = value.value;
    else row.metrics[c.key] = value.value;
  });
  return row;
}

const RATIO_METRICS = new Set(METRICS.filter((m) => m.unit === 'ratio').map((m) => m.key));

/** A cell's number: blank or "-" is no data (null); anything else must read as the column's kind. */
function cellValue(
  key: ColumnKey,
  text: string,
): { ok: true; value: number | null } | { ok: false; reason: string } {
  if (text === '') return { ok: true, value: null };
  const parsed = (RATIO_METRICS.has(key as MetricKey) ? Ratio : MetricNumber).safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: `“${text}” is not a number Stationhand can read here.` };
}
