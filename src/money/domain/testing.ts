import { type Invoice, readInvoice } from './invoice.js';
import { readServiceDetails, type ServiceDetailsRow } from './service-details.js';
import type { SheetRow } from './table.js';

/** Rows as a spreadsheet numbers them: the header is row 1. */
export const sheetOf = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));

export const INVOICE_HEADER = ['Date', 'Description', 'Quantity', 'Rate', 'Amount'];

/** An invoice from its lines as [date, description, quantity, rate, amount]; failing when it is not one. */
export function invoiceOf(...lines: string[][]): Invoice {
  const read = readInvoice(sheetOf(INVOICE_HEADER, ...lines));
  if (!read.ok) throw new Error(`Not an invoice: ${JSON.stringify(read.errors)}`);
  return read.invoice;
}

/** A route line: `<service type> - Block of <hours> Hours`. */
export const routeLine = (
  date: string,
  serviceType: string,
  hours: number,
  quantity: number,
  rate: string,
) => {
  const cents = Math.round(Number(rate.replace(/[$,]/g, '')) * 100) * quantity;
  return [
    date,
    `${serviceType} - Block of ${hours} Hours`,
    String(quantity),
    rate,
    `$${(cents / 100).toFixed(2)}`,
  ];
};

export const totalDue = (amount: string) => ['', 'Total Due', '', '', amount];

export const WST_HEADER = [
  'Date',
  'Route',
  'Service Type',
  'Planned Duration',
  'Shipments Delivered',
  'Excluded?',
];

/** WST Service Details rows as [date, route, service type, planned duration, shipments, excluded?]. */
export function serviceDetailsOf(...rows: string[][]): ServiceDetailsRow[] {
  const read = readServiceDetails(sheetOf(WST_HEADER, ...rows));
  if (!read.ok) throw new Error(`Not Service Details: ${JSON.stringify(read.errors)}`);
  return read.rows;
}
