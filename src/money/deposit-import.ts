import { z } from 'zod';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import type { ImportField } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { MoneyDate } from './domain/cells.js';
import { MoneyCell } from './domain/money.js';
import { rowsFileKind } from './file-kind.js';

/** A remittance (Payee Central): a payment a row, with a day of the service week it pays for. */
const fields: ImportField[] = [
  {
    name: 'depositDate',
    label: 'Deposit Date',
    required: true,
    aliases: ['payment date', 'paid on', 'date'],
  },
  {
    name: 'week',
    label: 'Service Week',
    required: true,
    aliases: ['week', 'week of', 'period start', 'invoice period'],
    description: 'Any day of the service week (Sunday to Saturday) the payment is for',
  },
  {
    name: 'reference',
    label: 'Reference',
    required: false,
    aliases: ['invoice number', 'payment id', 'description'],
  },
  { name: 'amount', label: 'Amount', required: true, aliases: ['amount paid', 'net amount', 'paid amount'] },
];

const schemas = {
  depositDate: MoneyDate,
  week: MoneyDate,
  reference: z.string().max(200, 'At most 200 characters.'),
  amount: MoneyCell,
};

/** The deposit: what arrived for each service week, checked against that week's Total Due (item 6). */
export const depositImport = rowsFileKind({
  kind: 'deposit',
  label: 'Deposit (remittance)',
  table: 'money_deposits',
  fields,
  reader: () => cellsParser(fields, schemas),
  async prepare() {
    return (v, row) => {
      const weekStart = weekStartOf(v.week);
      const columns = {
        row,
        deposit_date: v.depositDate,
        week_start: weekStart,
        reference: v.reference ?? '',
        amount_cents: v.amount,
      };
      return { ok: true, row: { weekStart, columns } };
    };
  },
});
