import { weekStartOf } from '../dispatch/domain/calendar.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { invoiceAssembler, invoiceFields, invoiceSchemas } from './domain/invoice.js';
import { weekOfName } from './domain/wst-files.js';
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
 * An Amazon invoice file, one line a row (`Date, Description, Quantity, Rate, Amount`, Total Due last),
 * for the station picked. Each row is checked as the invoice reader reads it; the week is the Sunday of
 * its first dated line, or else of the day its file's name carries (`weekOfName`: an Incentive invoice's
 * lines may have no date).
 */
export const invoiceImport = (kind: 'variable-invoice' | 'incentive-invoice', label: string) =>
  rowsFileKind({
    kind,
    label,
    fields: invoiceFields,
    reader: () => cellsParser(invoiceFields, invoiceSchemas),
    async prepare(_db, scope) {
      const invoice = invoiceAssembler();
      const nameWeek = weekOfName(scope.fileName);
      return (v, row) => {
        const issues = invoice.add(row, v);
        if (issues.length > 0)
          return { ok: false, issues: issues.map((i) => ({ field: i.column, message: i.message })) };
        const parsed: InvoiceFileRow = {
          row,
          weekStart: v.date ? weekStartOf(v.date) : nameWeek,
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

export const variableInvoiceImport = invoiceImport('variable-invoice', 'Amazon Variable invoice (lines)');
