import { weekStartOf } from '../dispatch/domain/calendar.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { invoiceAssembler, invoiceFields, invoiceSchemas } from './domain/invoice.js';
import { type FileRow, rowsFileKind } from './file-kind.js';
import { insertInvoiceRows } from './store.js';

interface InvoiceFileRow extends FileRow {
  date: string | null;
  description: string;
  quantity: number | null;
  rateCents: number | null;
  amountCents: number;
}

/**
 * The weekly Variable invoice, one line a row (`Date, Description, Quantity, Rate, Amount`, Total Due
 * last), for the station picked. Each row is checked as the invoice reader reads it; the week is the
 * Sunday of its first dated line.
 */
export const variableInvoiceImport = rowsFileKind({
  kind: 'variable-invoice',
  label: 'Amazon Variable invoice (lines)',
  fields: invoiceFields,
  reader: () => cellsParser(invoiceFields, invoiceSchemas),
  async prepare() {
    const invoice = invoiceAssembler();
    return (v, row) => {
      const issues = invoice.add(row, v);
      if (issues.length > 0)
        return { ok: false, issues: issues.map((i) => ({ field: i.column, message: i.message })) };
      const parsed: InvoiceFileRow = {
        row,
        weekStart: v.date ? weekStartOf(v.date) : null,
        date: v.date ?? null,
        description: v.description,
        quantity: v.quantity ?? null,
        rateCents: v.rate ?? null,
        amountCents: v.amount,
      };
      return { ok: true, row: parsed };
    };
  },
  store: (trx, orgId, fileId, rows) =>
    insertInvoiceRows(
      trx,
      rows.map((r) => ({
        org_id: orgId,
        file_id: fileId,
        row: r.row,
        date: r.date,
        description: r.description,
        quantity: r.quantity,
        rate_cents: r.rateCents,
        amount_cents: r.amountCents,
      })),
    ),
});
