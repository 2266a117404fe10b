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
} from './file.js';

/** A pay component carries its own multiplier (Doubletime pays 2×); only the premiums go as AMOUNT. */
const AS_AMOUNT: readonly PayItem[] = ['MEAL', 'REST'];

const HEADER = [
  'CLIENT ID',
  'WORKER ID',
  'ORG',
  'JOB NUMBER',
  'PAY COMPONENT',
  'RATE',
  'RATE NUMBER',
  'HOURS',
  'UNITS',
  'LINE DATE',
  'AMOUNT',
  'CHECK SEQ NUMBER',
  'OVERRIDE STATE',
  'OVERRIDE LOCAL',
  'OVERRIDE LOCAL JURISDICTION',
  'LABOR ASSIGNMENT',
];

/**
 * Paychex Flex pay data import (the layout Deltek documents): one line per DA per pay component, the
 * client's case-sensitive component names. Each line carries one of Rate, Rate # or Amount: hours lines
 * carry Rate # 1 (the worker's first rate on file), premium lines their Amount; the rest stay empty.
 */
export function paychexFlex(input: PeriodExportInput): ExportFile {
  check(input, {
    provider: 'Paychex Flex',
    coded: ['REG', 'OT', 'DT', 'MEAL', 'REST'],
    asDollars: AS_AMOUNT,
    companyCode: { label: 'client ID', pattern: /^[A-Za-z0-9]{1,12}$/, hint: 'letters and digits' },
    employeeNumber: { pattern: /^[A-Za-z0-9-]{1,20}$/, hint: 'the Paychex worker ID' },
  });
  const { settings } = input;
  const rows = inFileOrder(input.people).flatMap((p) =>
    itemsOf(p).map((item) => {
      const amount = AS_AMOUNT.includes(item);
      return [
        settings.companyCode,
        p.employeeNumber ?? '',
        '',
        '',
        settings.codes[item],
        '',
        amount ? '' : '1',
        amount ? '' : hours(p.totals[item].minutes),
        '',
        '',
        amount ? dollars(centsOf(p, item)) : '',
        '',
        '',
        '',
        '',
        '',
      ];
    }),
  );
  return {
    fileName: `Paychex-${input.period.start}-${input.period.end}.csv`,
    content: csv([HEADER, ...rows]),
  };
}
