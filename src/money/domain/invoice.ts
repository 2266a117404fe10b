import { z } from 'zod';
import type { ImportField } from '../../imports/domain/kind.js';
import { MoneyDate } from './cells.js';
import { MoneyCell, QuantityCell } from './money.js';
import { type FileIssue, readTable, type SheetRow } from './table.js';

/**
 * An Amazon invoice (Variable or Incentive) as a CSV of its lines in the order the invoice shows them
 * (docs/money.md): `Date, Description, Quantity, Rate, Amount`. A line with a rate is an invoice line; a
 * line without one is a section's total (Routes, Packages…; its quantity, if any, is not read) heading the
 * lines under it; the last line is Total Due.
 */

/** What an invoice line pays for, read from its description (shared domain/money.md, "What real invoices look like"). */
export type LineItem =
  | { kind: 'route'; serviceType: string; blockHours: number }
  | { kind: 'training'; blockHours: number }
  | { kind: 'late-cancel' }
  | { kind: 'unplanned-delay' }
  | { kind: 'branding-deliveries' }
  | { kind: 'per-piece-deliveries' }
  | { kind: 'pickups' }
  | { kind: 'delivery-incentive'; tier: string }
  | { kind: 'pickup-incentive' }
  | { kind: 'other' };

export interface InvoiceLine {
  row: number;
  date: string | null;
  description: string;
  quantity: number;
  rateCents: number;
  amountCents: number;
  item: LineItem;
  /** Index of the section it is listed under, or null for a line before any section. */
  section: number | null;
}

export interface InvoiceSection {
  row: number;
  name: string;
  amountCents: number;
}

export interface Invoice {
  lines: InvoiceLine[];
  sections: InvoiceSection[];
  totalDue: { row: number; amountCents: number };
}

/**
 * A Ride Along / On-Road Experience block ("Standard Parcel - On-Road Experience: Driver - Block of 10
 * Hours", shared payroll-and-money.md §3: $579): a new DA's day beside a trainer, paid on its own line.
 * A route "w/ Ride Along" is a route (a van with a seat for one), not this.
 */
export const isRideAlong = (serviceType: string): boolean =>
  /on-road experience|^(ride[\s-]?along|ORE)\b/i.test(serviceType.trim());

const BLOCK = /^(.+?)\s+-\s+Block of\s+(\d+(?:\.\d+)?)\s+hours?$/i;

/** "Standard Parcel Electric - Rivian MEDIUM - Block of 10 Hours" is a route: its service type and block. */
export function lineItemOf(description: string): LineItem {
  const text = description.trim().replace(/\s+/g, ' ');
  const block = BLOCK.exec(text);
  if (block) {
    const blockHours = Number(block[2]);
    const serviceType = block[1] ?? '';
    return /^training$/i.test(serviceType)
      ? { kind: 'training', blockHours }
      : { kind: 'route', serviceType, blockHours };
  }
  const incentive = /^delivery excellence incentive\s*\(([^)]+)\)/i.exec(text);
  if (incentive) return { kind: 'delivery-incentive', tier: (incentive[1] ?? '').trim() };
  if (/^pickup excellence incentive/i.test(text)) return { kind: 'pickup-incentive' };
  if (/late cancel/i.test(text)) return { kind: 'late-cancel' };
  if (/unplanned delay/i.test(text)) return { kind: 'unplanned-delay' };
  if (/branding\W+deliveries/i.test(text)) return { kind: 'branding-deliveries' };
  if (/per piece payment\W+deliveries/i.test(text)) return { kind: 'per-piece-deliveries' };
  if (/per piece payment\W+pickups/i.test(text)) return { kind: 'pickups' };
  return { kind: 'other' };
}

export const invoiceFields: ImportField[] = [
  { name: 'date', label: 'Date', required: false },
  { name: 'description', label: 'Description', required: true, aliases: ['label', 'line item'] },
  { name: 'quantity', label: 'Quantity', required: false, aliases: ['qty'] },
  { name: 'rate', label: 'Rate', required: false },
  { name: 'amount', label: 'Amount', required: true, aliases: ['total'] },
];

export const invoiceSchemas = {
  date: MoneyDate,
  description: z.string().max(300, 'At most 300 characters.'),
  quantity: QuantityCell,
  rate: MoneyCell,
  amount: MoneyCell,
};

const isTotalDue = (description: string) => description.toLowerCase().replace(/[^a-z]/g, '') === 'totaldue';

export type InvoiceRead = { ok: true; invoice: Invoice } | { ok: false; errors: FileIssue[] };

/** An invoice file's row as read: a line, a section's total or Total Due. */
export interface InvoiceRowValues {
  date?: string | undefined;
  description: string;
  quantity?: number | undefined;
  rate?: number | undefined;
  amount: number;
}

/** Reads an invoice CSV's rows; every mistake is named by row and column, and then nothing is read. */
export function readInvoice(sheet: SheetRow[]): InvoiceRead {
  const table = readTable(invoiceFields, invoiceSchemas, sheet, ['date', 'quantity', 'rate']);
  if (!table.ok) return table;
  return assembleInvoice(table.rows, table.columnOf);
}

/**
 * An invoice from its rows in file order (as read, or as stored): lines under their sections, the last
 * row Total Due. `columnOf` names a field's column in the file, for the mistakes found.
 */
export function assembleInvoice(
  rows: { row: number; values: InvoiceRowValues }[],
  columnOf: (field: string) => string = (f) => f,
): InvoiceRead {
  const assembler = invoiceAssembler(columnOf);
  const errors = rows.flatMap(({ row, values }) => assembler.add(row, values));
  const read = assembler.finish(rows.at(-1)?.row ?? 2);
  return errors.length > 0 ? { ok: false, errors: [...errors, ...(read.ok ? [] : read.errors)] } : read;
}

/**
 * Builds an invoice a row at a time, telling each row's mistakes as it comes (an import checks rows
 * one by one); `finish` answers the invoice, or that it has no Total Due.
 */
export function invoiceAssembler(columnOf: (field: string) => string = (f) => f) {
  const lines: InvoiceLine[] = [];
  const sections: InvoiceSection[] = [];
  let totalDue: Invoice['totalDue'] | null = null;
  const [description, quantity] = [columnOf('description'), columnOf('quantity')];
  const add = (row: number, v: InvoiceRowValues): FileIssue[] => {
    if (totalDue)
      return [{ row, column: description, message: `Total Due (row ${totalDue.row}) is the last line.` }];
    if (isTotalDue(v.description)) totalDue = { row, amountCents: v.amount };
    else if (v.rate === undefined) sections.push({ row, name: v.description, amountCents: v.amount });
    else if (v.quantity === undefined)
      return [{ row, column: quantity, message: 'A line with a rate needs its quantity.' }];
    else {
      const item = lineItemOf(v.description);
      if (item.kind === 'route' && !Number.isInteger(v.quantity))
        return [{ row, column: quantity, message: 'A route line pays whole blocks.' }];
      lines.push({
        row,
        date: v.date ?? null,
        description: v.description,
        quantity: v.quantity,
        rateCents: v.rate,
        amountCents: v.amount,
        item,
        section: sections.length > 0 ? sections.length - 1 : null,
      });
    }
    return [];
  };
  const finish = (lastRow: number): InvoiceRead =>
    totalDue
      ? { ok: true, invoice: { lines, sections, totalDue } }
      : {
          ok: false,
          errors: [{ row: lastRow, column: description, message: 'The last line must be Total Due.' }],
        };
  return { add, finish };
}
