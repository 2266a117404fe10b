import { FileFormatError } from '../imports/file-row.js';
import { readRows, sniffFormat } from '../imports/read-rows.js';
import { type Discrepancy, inOrder, owedCents } from './domain/discrepancy.js';
import { type Invoice, readInvoice } from './domain/invoice.js';
import { checkIncentive, checkInvoice } from './domain/invoice-checks.js';
import { checkRoutes } from './domain/route-check.js';
import { readServiceDetails } from './domain/service-details.js';
import type { FileIssue, SheetRow } from './domain/table.js';

export interface ReconcileFiles {
  /** WST's Service Details (CSV or XLSX). */
  wst: string;
  /** The weekly Variable invoice, one line a row (CSV or XLSX). */
  invoice: string;
  /** The same week's Incentive invoice, checked against the Variable one. */
  incentive?: string;
}

export type FileProblem = FileIssue & { file: string };

export type Reconciliation =
  | { ok: true; discrepancies: Discrepancy[]; owedCents: number }
  | { ok: false; errors: FileProblem[] };

/** A file's rows, or where it could not be read. */
async function readSheet(file: string): Promise<{ rows: SheetRow[] } | { error: FileIssue }> {
  try {
    const rows: SheetRow[] = [];
    for await (const row of readRows(file, await sniffFormat(file))) rows.push(row);
    return { rows };
  } catch (error) {
    if (error instanceof FileFormatError)
      return { error: { row: error.row, column: '', message: error.message } };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
      return { error: { row: 0, column: '', message: `Cannot read the file (${code}).` } };
    throw error;
  }
}

/** Reads a file with a reader; its problems are collected under the file's name. */
async function read<T>(
  file: string,
  reader: (rows: SheetRow[]) => ({ ok: true } & T) | { ok: false; errors: FileIssue[] },
  problems: FileProblem[],
): Promise<T | null> {
  const sheet = await readSheet(file);
  const result = 'error' in sheet ? { ok: false as const, errors: [sheet.error] } : reader(sheet.rows);
  if (result.ok) return result;
  problems.push(...result.errors.map((e) => ({ file, ...e })));
  return null;
}

/**
 * `stationhand money reconcile`: the invoice checks (item 3) and WST against the invoice (item 4) on the
 * files alone, no database. Every file is read before any check, so all their mistakes come together.
 */
export async function reconcileFiles(files: ReconcileFiles): Promise<Reconciliation> {
  const errors: FileProblem[] = [];
  const wst = await read(files.wst, readServiceDetails, errors);
  const variable = await read(files.invoice, readInvoice, errors);
  const incentive = files.incentive ? await read(files.incentive, readInvoice, errors) : null;
  if (!wst || !variable || (files.incentive && !incentive)) return { ok: false, errors };
  const discrepancies = inOrder([
    ...checkInvoice(variable.invoice),
    ...(incentive ? incentiveChecks(variable.invoice, incentive.invoice) : []),
    ...checkRoutes(wst.rows, variable.invoice),
  ]);
  return { ok: true, discrepancies, owedCents: owedCents(discrepancies) };
}

const incentiveChecks = (variable: Invoice, incentive: Invoice) => [
  ...checkInvoice(incentive, 'incentive'),
  ...checkIncentive(variable, incentive),
];
