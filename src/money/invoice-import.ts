import { weekStartOf } from '../dispatch/domain/calendar.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { invoiceAssembler, invoiceFields, invoiceSchemas } from './domain/invoice.js';
import { weekOfName } from './domain/wst-files.js';
import { rowsFileKind } from './file-kind.js';

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
    table: 'money_invoice_rows',
    fields: invoiceFields,
    reader: () => cellsParser(invoiceFields, invoiceSchemas),
    async prepare(_db, scope) {
      const invoice = invoiceAssembler();
      const nameWeek = weekOfName(scope.fileName);
      return (v, row) => {
        const issues = invoice.add(row, v);
        if (issues.length > 0)
          return { ok: false, issues: issues.map((i) => ({ field: i.column, message: i.message })) };
        const columns = {
          row,
          date: v.date ?? null,
          description: v.description,
          quantity: v.quantity ?? null,
          rate_cents: v.rate ?? null,
          amount_cents: v.amount,
        };
        return { ok: true, row: { weekStart: v.date ? weekStartOf(v.date) : nameWeek, columns } };
      };
    },
  });

export const variableInvoiceImport = invoiceImport('variable-invoice', 'Amazon Variable invoice (lines)');
