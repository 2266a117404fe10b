import type { PayItem } from '../pay-periods.js';
import {
  centsOf,
  check,
  csv,
  dollars,
  type ExportFile,
  hours,
  inFileOrder,
  itemsOf,
  type PeriodExportInput,
  usDate,
} from './file.js';

/** A Paycom earning code carries its own multiplier; only the premiums go as Dollars. */
const AS_DOLLARS: readonly PayItem[] = ['MEAL', 'REST'];

const HEADER = [
  'Employee ID',
  'Department Code',
  'Date',
  'Punch Time',
  'Punch Type',
  'Earning Code',
  'Tax Profile Code',
  'Comments',
  'Labor Allocation Code',
  'Hours',
  'Dollars',
  'Temporary Rate',
  'DST Flag',
  'Units',
];

/**
 * Paycom punch/earnings import, in the only public layout (a third-party spec: knowledgebase.flaik.com,
 * "perfect-north-paycom"): one line per DA per earning code, dated the period's last day, with no punch
 * time or type (totals, not punches); Hours or Dollars.
 */
export function paycom(input: PeriodExportInput): ExportFile {
  check(input, {
    provider: 'Paycom',
    coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'],
    asDollars: AS_DOLLARS,
    employeeNumber: { pattern: /^[A-Za-z0-9-]{1,20}$/, hint: 'the Paycom employee code' },
  });
  const date = usDate(input.period.end);
  const rows = inFileOrder(input.people).flatMap((p) =>
    itemsOf(p).map((item) => {
      const money = AS_DOLLARS.includes(item);
      return [
        p.employeeNumber ?? '',
        '',
        date,
        '',
        '',
        input.settings.codes[item],
        '',
        '',
        '',
        money ? '' : hours(p.totals[item].minutes),
        money ? dollars(centsOf(p, item)) : '',
        '',
        '',
        '',
      ];
    }),
  );
  return {
    fileName: `Paycom-${input.period.start}-${input.period.end}.csv`,
    content: csv([HEADER, ...rows]),
  };
}
