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

const HEADER = [
  'first_name',
  'last_name',
  'ssn(*1234)',
  'gusto_employee_id',
  'title',
  'regular_hours',
  'overtime_hours',
  'double_overtime_hours',
  'bonus',
  'commission',
  'paycheck_tips',
  'cash_tips',
  'correction_payment',
  'reimbursement',
  'personal_note',
];

/**
 * Gusto's payroll CSV upload (support.gusto.com, "Upload payroll data with a CSV"): one row per DA,
 * keyed by name (the employee number, when on file, as gusto_employee_id). Hours are written even when
 * zero, since a zero overwrites and this file is the period's whole time. Gusto allows no custom
 * earning types, so meal and rest premiums (wages, never a bonus: a bonus would enter the regular rate)
 * go in correction_payment, named in personal_note for the pay stub.
 */
export function gusto(input: PeriodExportInput): ExportFile {
  check(input, { provider: 'Gusto', coded: [], asDollars: ['MEAL', 'REST'] });
  const rows = inFileOrder(input.people).map((p) => {
    const premiums = (['MEAL', 'REST'] as const).filter((i) => p.totals[i].minutes > 0);
    const cents = premiums.reduce((sum, i) => sum + centsOf(p, i), 0);
    const note = premiums
      .map((i) => `${i === 'MEAL' ? 'Meal' : 'Rest'} premium ${hours(p.totals[i].minutes)} h`)
      .join('; ');
    return [
      p.firstName,
      p.lastName,
      '',
      p.employeeNumber ?? '',
      '',
      hours(p.totals.REG.minutes),
      hours(p.totals.OT.minutes),
      hours(p.totals.DT.minutes),
      '',
      '',
      '',
      '',
      premiums.length > 0 ? dollars(cents) : '',
      '',
      note,
    ];
  });
  return {
    fileName: `Gusto-${input.period.start}-${input.period.end}.csv`,
    content: csv([HEADER, ...rows]),
  };
}
