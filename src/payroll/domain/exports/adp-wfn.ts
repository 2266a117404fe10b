import {
  centsOf,
  check,
  csv,
  dollars,
  type ExportFile,
  hours,
  inFileOrder,
  type PeriodExportInput,
} from './file.js';

/** Double time and the premiums go as Earnings $: sent as Hours 3/4, ADP pays them at the base rate. */
const EARNINGS = ['DT', 'MEAL', 'REST'] as const;

const HEADER = [
  'Co Code',
  'Batch ID',
  'File #',
  'Reg Hours',
  'O/T Hours',
  'Earnings 3 Code',
  'Earnings 3 Amount',
  'Earnings 4 Code',
  'Earnings 4 Amount',
  'Earnings 5 Code',
  'Earnings 5 Amount',
];

/**
 * ADP Workforce Now paydata (EPI) CSV: Co Code, Batch ID, File # first, then the optional columns in
 * ADP's fixed order (apps.adp.com app 372723); one row per DA. As OpenDental writes it: Co Code padded
 * to 3 with `_`, File # to 6 digits, Batch ID the period's last day as yyyyMMdd, 2 decimals, an empty
 * cell for zero. File name EPIccc##.CSV, ## the day of month of the period's end (a batch a day).
 */
export function adpWorkforceNow(input: PeriodExportInput): ExportFile {
  check(input, {
    provider: 'ADP Workforce Now',
    coded: EARNINGS,
    asDollars: EARNINGS,
    companyCode: { label: 'Co Code', pattern: /^[A-Z0-9]{2,3}$/, hint: '2 or 3 capital letters or digits' },
    employeeNumber: { pattern: /^\d{1,6}$/, hint: 'the ADP File #, up to 6 digits' },
  });
  const co = input.settings.companyCode.padEnd(3, '_');
  const batch = input.period.end.replaceAll('-', '');
  const orEmpty = (minutes: number, text: string) => (minutes > 0 ? text : '');
  const rows = inFileOrder(input.people).map((p) => [
    co,
    batch,
    (p.employeeNumber ?? '').padStart(6, '0'),
    orEmpty(p.totals.REG.minutes, hours(p.totals.REG.minutes)),
    orEmpty(p.totals.OT.minutes, hours(p.totals.OT.minutes)),
    ...EARNINGS.flatMap((item) => [
      orEmpty(p.totals[item].minutes, input.settings.codes[item]),
      orEmpty(p.totals[item].minutes, dollars(centsOf(p, item))),
    ]),
  ]);
  return { fileName: `EPI${co}${input.period.end.slice(8, 10)}.CSV`, content: csv([HEADER, ...rows]) };
}
