import { weekStartOf } from '../dispatch/domain/calendar.js';
import type { ImportField } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import { MoneyDate, WholeCount } from './domain/cells.js';
import { rowsFileKind } from './file-kind.js';

/**
 * Amazon's Capacity & Reliability report (shared payroll-and-money.md §3): columns A date, E final
 * scheduled, F completed, H Amazon-paid cancels, J target, L DSP dropped. Its headings are matched by
 * name, else taken from those places. Amazon hands it out on its own, not in WST's weekly ZIP.
 */
const fields: ImportField[] = [
  { name: 'date', label: 'Date', required: true, column: 'A', aliases: ['day', 'service date'] },
  {
    name: 'finalScheduled',
    label: 'Final Scheduled',
    required: true,
    column: 'E',
    aliases: ['final scheduled routes', 'scheduled routes', 'scheduled'],
  },
  { name: 'completed', label: 'Completed', required: true, column: 'F', aliases: ['completed routes'] },
  {
    name: 'amazonPaidCancels',
    label: 'Amazon Paid Cancels',
    required: true,
    column: 'H',
    aliases: ['amazon paid cancellations', 'amzl paid cancels', 'paid cancels'],
  },
  { name: 'target', label: 'Target', required: false, column: 'J', aliases: ['target routes'] },
  {
    name: 'dspDropped',
    label: 'DSP Dropped',
    required: true,
    column: 'L',
    aliases: ['dsp dropped routes', 'dropped routes', 'dropped'],
  },
];

export const capacityImport = rowsFileKind({
  kind: 'capacity-reliability',
  label: 'Amazon Capacity & Reliability report',
  table: 'money_capacity_rows',
  fields,
  reader: () =>
    cellsParser(fields, {
      date: MoneyDate,
      finalScheduled: WholeCount,
      completed: WholeCount,
      amazonPaidCancels: WholeCount,
      target: WholeCount,
      dspDropped: WholeCount,
    }),
  async prepare() {
    return (v, row) => {
      const weekStart = weekStartOf(v.date);
      const columns = {
        row,
        date: v.date,
        week_start: weekStart,
        final_scheduled: v.finalScheduled,
        completed: v.completed,
        amazon_paid_cancels: v.amazonPaidCancels,
        target: v.target ?? null,
        dsp_dropped: v.dspDropped,
      };
      return { ok: true, row: { weekStart, columns } };
    };
  },
});
