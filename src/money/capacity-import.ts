import { weekStartOf } from '../dispatch/domain/calendar.js';
import type { ImportField } from '../imports/domain/kind.js';
import { cellsParser } from '../imports/domain/parse-cells.js';
import type { CapacityDay } from './domain/capacity.js';
import { MoneyDate, WholeCount } from './domain/cells.js';
import { type FileRow, rowsFileKind } from './file-kind.js';
import { insertCapacityRows } from './files-store.js';

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

type Row = FileRow & CapacityDay & { weekStart: string };

export const capacityImport = rowsFileKind<
  {
    date: string;
    finalScheduled: number;
    completed: number;
    amazonPaidCancels: number;
    target?: number;
    dspDropped: number;
  },
  Row
>({
  kind: 'capacity-reliability',
  label: 'Amazon Capacity & Reliability report',
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
    return (v, row) => ({
      ok: true,
      row: { ...v, target: v.target ?? null, row, weekStart: weekStartOf(v.date) },
    });
  },
  store: (trx, orgId, fileId, rows) =>
    insertCapacityRows(
      trx,
      rows.map((r) => ({
        org_id: orgId,
        file_id: fileId,
        row: r.row,
        date: r.date,
        week_start: r.weekStart,
        final_scheduled: r.finalScheduled,
        completed: r.completed,
        amazon_paid_cancels: r.amazonPaidCancels,
        target: r.target,
        dsp_dropped: r.dspDropped,
      })),
    ),
});
