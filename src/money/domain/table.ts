import type { z } from 'zod';
import { cellsOf, columnIndexes, resolveMapping } from '../../imports/domain/headers.js';
import type { ImportField } from '../../imports/domain/kind.js';
import { cellsParser } from '../../imports/domain/parse-cells.js';

/** One row of a file as read: its row number as a spreadsheet shows it (header = 1) and its cells. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** What is wrong with a file, where: the row and the file's own header of the column ('' for the whole row). */
export interface FileIssue {
  row: number;
  column: string;
  message: string;
}

export type TableRead<V> =
  | { ok: true; rows: { row: number; values: V }[]; columnOf: (field: string) => string }
  | { ok: false; errors: FileIssue[] };

/**
 * Reads a file's rows (header first) into values, one zod schema a field, with the headers matched
 * loosely as the imports match them (case, spaces and punctuation ignored, aliases). Every bad cell is
 * reported with its row and column; a file with any is not read. `columns` names the fields whose column
 * the file must have although their cells may be blank (a required field's column is always needed).
 */
export function readTable<S extends Record<string, z.ZodType>>(
  fields: ImportField[],
  schemas: S,
  sheet: SheetRow[],
  columns: string[] = [],
): TableRead<{ [K in keyof S]: z.output<S[K]> }> {
  const [header, ...body] = sheet;
  if (!header) return { ok: false, errors: [{ row: 1, column: '', message: 'The file is empty.' }] };
  const headers = header.cells.map((c) => c.trim());
  const mapping = resolveMapping(fields, headers);
  const errors: FileIssue[] = fields
    .filter((f) => (f.required || columns.includes(f.name)) && !mapping[f.name])
    .map((f) => ({ row: header.row, column: f.label, message: `No column for “${f.label}”.` }));
  if (errors.length > 0) return { ok: false, errors };
  if (body.length === 0)
    return { ok: false, errors: [{ row: header.row + 1, column: '', message: 'The file has no rows.' }] };
  const indexes = columnIndexes(mapping, headers);
  const read = cellsParser(fields, schemas);
  const columnOf = (field: string) => mapping[field] ?? field;
  const rows: { row: number; values: { [K in keyof S]: z.output<S[K]> } }[] = [];
  for (const { row, cells } of body) {
    const parsed = read(cellsOf(indexes, cells));
    if (parsed.ok) rows.push({ row, values: parsed.row });
    else errors.push(...parsed.issues.map((i) => ({ row, column: columnOf(i.field), message: i.message })));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows, columnOf };
}
