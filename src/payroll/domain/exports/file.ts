import { guardCell } from '../../../imports/domain/sheet-cells.js';
import {
  PAY_ITEMS,
  type PayFrequency,
  type PayItem,
  type PeriodDates,
  type ProviderSettings,
} from '../pay-periods.js';
import type { ItemTotals } from '../period-totals.js';

/** One DA of a closed period as the close froze them: the names and number the provider keys on. */
export interface ExportPerson {
  employeeNumber: string | null;
  firstName: string;
  lastName: string;
  totals: ItemTotals;
}

export interface PeriodExportInput {
  period: PeriodDates;
  frequency: PayFrequency;
  settings: ProviderSettings;
  people: readonly ExportPerson[];
}

export interface ExportFile {
  fileName: string;
  content: string;
}

export interface ExportProblem {
  path: string;
  message: string;
}

/** A period the provider's file cannot carry as set up (a code, a number or a rate missing). */
export class ExportRefused extends Error {
  constructor(
    provider: string,
    readonly problems: ExportProblem[],
  ) {
    super(
      `The ${provider} file cannot be written until ${problems.length === 1 ? 'this is' : `these ${problems.length} are`} set right:`,
    );
  }
}

export const ITEM_LABEL: Record<PayItem, string> = {
  REG: 'Regular',
  OT: 'Overtime',
  DT: 'Double time',
  MEAL: 'Meal premium',
  REST: 'Rest premium',
};

/** A CSV cell (RFC 4180 quoting), guarded against being run as a formula. */
export function cell(text: string): string {
  const guarded = guardCell(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The file's text: CRLF after every line, as the providers' samples are; no timestamps, no BOM. */
export const csv = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => `${r.map(cell).join(',')}\r\n`).join('');

/** Hours to two decimals from minutes (rounded to the hundredth first, so 20 min is 0.33). */
export const hours = (minutes: number): string => (Math.round((minutes * 100) / 60) / 100).toFixed(2);

export const dollars = (cents: number): string => (cents / 100).toFixed(2);

/** MM/DD/YYYY from YYYY-MM-DD. */
export const usDate = (date: string): string =>
  `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

export const fullName = (p: ExportPerson): string => `${p.firstName} ${p.lastName}`;

const order = new Intl.Collator('en', { numeric: true });

/** The same people in the same order whatever order they came in: by number (7 before 55), then name. */
export const inFileOrder = (people: readonly ExportPerson[]): ExportPerson[] =>
  [...people].sort(
    (a, b) =>
      order.compare(a.employeeNumber ?? '', b.employeeNumber ?? '') ||
      order.compare(a.lastName, b.lastName) ||
      order.compare(a.firstName, b.firstName),
  );

/** The items a DA has something of, in pay-code order. */
export const itemsOf = (p: ExportPerson): PayItem[] => PAY_ITEMS.filter((i) => p.totals[i].minutes > 0);

export interface Requirements {
  provider: string;
  /** Items sent under the org's own code. */
  coded: readonly PayItem[];
  /** Items sent as dollars (the provider would pay their hours at the base rate). */
  asDollars: readonly PayItem[];
  /** What the company code is called at the provider, when the file carries one. */
  companyCode?: { label: string; pattern: RegExp; hint: string };
  /** The employee number the provider keys on, when it does. */
  employeeNumber?: { pattern: RegExp; hint: string };
}

/** Every reason the file cannot be written, each naming the setting or the DA; throws when any. */
export function check(input: PeriodExportInput, r: Requirements): void {
  const problems: ExportProblem[] = [];
  const { settings } = input;
  if (r.companyCode && !r.companyCode.pattern.test(settings.companyCode))
    problems.push({
      path: 'settings.companyCode',
      message: `Set the ${r.provider} ${r.companyCode.label} in Payroll settings (${r.companyCode.hint}).`,
    });
  const used = new Set(input.people.flatMap(itemsOf));
  for (const item of r.coded)
    if (used.has(item) && !/^[ -z]+$/.test(settings.codes[item]))
      problems.push({
        path: `settings.codes.${item}`,
        message: `Set the ${r.provider} code for ${ITEM_LABEL[item]} in Payroll settings (letters, digits and spaces).`,
      });
  for (const p of inFileOrder(input.people)) {
    if (r.employeeNumber && !r.employeeNumber.pattern.test(p.employeeNumber ?? ''))
      problems.push({
        path: `people.${fullName(p)}`,
        message: `${fullName(p)} needs an employee ID for ${r.provider} (${r.employeeNumber.hint}).`,
      });
    for (const item of r.asDollars)
      if (p.totals[item].minutes > 0 && p.totals[item].cents === null)
        problems.push({
          path: `people.${fullName(p)}`,
          message: `${fullName(p)} has no hourly rate on file: ${ITEM_LABEL[item]} is sent to ${r.provider} in dollars.`,
        });
  }
  if (problems.length > 0) throw new ExportRefused(r.provider, problems);
}

/** The cents of an item `check` has proved known. */
export const centsOf = (p: ExportPerson, item: PayItem): number => p.totals[item].cents ?? 0;
