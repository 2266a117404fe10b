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

/** RUN pays an earnings code's hours at the rate code given; double time and premiums go as Dollars. */
const AS_DOLLARS: readonly PayItem[] = ['DT', 'MEAL', 'REST'];

const HEADER = [
  'IID',
  'Pay Frequency',
  'Pay Period Start Date',
  'Pay Period End Date',
  'Employee ID',
  'Earnings Code',
  'Pay Hours',
  'Dollars',
  'Separate Check',
  'Worked In Dept',
  'Rate Code',
];

/**
 * ADP RUN generic import: `##GENERIC## V1.0`, then the header and one row per DA per earnings code,
 * as OpenDental writes it (`R1ABC,W,09/13/2026,09/19/2026,000102,OVT,5.00,,0,,BASE`): hours at rate
 * code BASE (REG's and OVT's own multipliers apply), dollars with no rate code, Separate Check 0.
 */
export function adpRun(input: PeriodExportInput): ExportFile {
  check(input, {
    provider: 'ADP RUN',
    coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'],
    asDollars: AS_DOLLARS,
    companyCode: { label: 'IID', pattern: /^[A-Za-z0-9]{1,12}$/, hint: 'letters and digits, e.g. R1ABC' },
    employeeNumber: { pattern: /^\d{1,6}$/, hint: 'the RUN employee ID, up to 6 digits' },
  });
  const { period, settings } = input;
  const frequency = input.frequency === 'weekly' ? 'W' : 'B';
  const rows = inFileOrder(input.people).flatMap((p) =>
    itemsOf(p).map((item) => {
      const money = AS_DOLLARS.includes(item);
      return [
        settings.companyCode,
        frequency,
        usDate(period.start),
        usDate(period.end),
        (p.employeeNumber ?? '').padStart(6, '0'),
        settings.codes[item],
        money ? '' : hours(p.totals[item].minutes),
        money ? dollars(centsOf(p, item)) : '',
        '0',
        '',
        money ? '' : 'BASE',
      ];
    }),
  );
  const name = `${input.frequency === 'weekly' ? 'Weekly' : 'Biweekly'}-${usDate(period.start).replaceAll('/', '')}-${usDate(period.end).replaceAll('/', '')}.csv`;
  return { fileName: name, content: csv([['##GENERIC## V1.0'], HEADER, ...rows]) };
}
