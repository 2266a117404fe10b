import { z } from 'zod';
import type { WstFactKind } from '../../db/schema.js';
import { weekStartOf } from '../../dispatch/domain/calendar.js';
import { RouteCount } from '../../dispatch/domain/route-cells.js';
import type { CellIssue, ImportField } from '../../imports/domain/kind.js';
import { YesNo } from '../../people/domain/import-cells.js';
import { MoneyDate, WstPlannedDuration } from './cells.js';
import { QuantityCell } from './money.js';

/**
 * WST's weekly files other than Service Details, with the columns shared payroll-and-money.md §3 lists
 * ("WST ZIP"). Each row is kept as a fact: what the checks add up under a label. Only the columns the
 * checks use are needed; the others are read when present so a bad cell in them is still named.
 */
export interface WstFact {
  row: number;
  date: string | null;
  weekStart: string;
  label: string;
  quantity: number;
  eligible: boolean | null;
}

const Text = z.string().max(300, 'At most 300 characters.');

interface WstFileSpec {
  label: string;
  fields: ImportField[];
  schemas: Record<string, z.ZodType>;
  /** The row as a fact; `nameWeek` is the week the file's name carries (the Weekly Report has no date). */
  fact(values: Record<string, unknown>, nameWeek: string | null): Omit<WstFact, 'row'> | CellIssue;
}

const dated = (date: string) => ({ date, weekStart: weekStartOf(date) });

export const WST_FILES: Record<WstFactKind, WstFileSpec> = {
  'wst-delivered-packages': {
    label: 'WST Delivered Packages',
    fields: [
      { name: 'date', label: 'Date', required: true },
      { name: 'station', label: 'Station', required: false },
      { name: 'packageCount', label: 'Package Count', required: true, aliases: ['packages'] },
      { name: 'packageType', label: 'Package Type', required: false },
    ],
    schemas: { date: MoneyDate, station: Text, packageCount: RouteCount, packageType: Text },
    fact: (v) => ({
      ...dated(v.date as string),
      label: (v.packageType as string | undefined) ?? '',
      quantity: v.packageCount as number,
      eligible: null,
    }),
  },
  'wst-training': {
    label: 'WST Training Weekly',
    fields: [
      { name: 'assignmentDate', label: 'Assignment Date', required: true, aliases: ['date'] },
      { name: 'paymentDate', label: 'Payment Date', required: false },
      { name: 'deliveryAssociate', label: 'Delivery Associate', required: false },
      { name: 'courseName', label: 'Course Name', required: false, aliases: ['course'] },
      { name: 'eligible', label: 'DSP Payment Eligible', required: true, aliases: ['payment eligible'] },
    ],
    schemas: {
      assignmentDate: MoneyDate,
      paymentDate: MoneyDate,
      deliveryAssociate: Text,
      courseName: Text,
      eligible: YesNo,
    },
    fact: (v) => ({
      ...dated(v.assignmentDate as string),
      label: [v.deliveryAssociate, v.courseName].filter(Boolean).join(': '),
      quantity: 1,
      eligible: v.eligible as boolean,
    }),
  },
  'wst-unplanned-delay': {
    label: 'WST Unplanned Delay',
    fields: [
      { name: 'date', label: 'Date', required: true },
      { name: 'unplannedDelay', label: 'Unplanned Delay', required: false },
      { name: 'minutes', label: 'Total Delay In Minutes', required: true, aliases: ['delay minutes'] },
      { name: 'impactedRoutes', label: 'Impacted Routes', required: false },
      { name: 'notes', label: 'Notes', required: false },
    ],
    schemas: {
      date: MoneyDate,
      unplannedDelay: Text,
      minutes: QuantityCell,
      impactedRoutes: Text,
      notes: Text,
    },
    fact: (v) =>
      (v.minutes as number) < 0
        ? { field: 'minutes', message: 'Minutes of delay cannot be negative.' }
        : {
            ...dated(v.date as string),
            label: [v.unplannedDelay, v.impactedRoutes].filter(Boolean).join(': '),
            quantity: v.minutes as number,
            eligible: null,
          },
  },
  'wst-weekly-report': {
    label: 'WST Weekly Report',
    fields: [
      { name: 'serviceType', label: 'Service Type', required: true },
      { name: 'plannedDuration', label: 'Planned Duration', required: false },
      { name: 'amzlLateCancel', label: 'AMZL Late Cancel', required: true },
      { name: 'dspLateCancel', label: 'DSP Late Cancel', required: false },
      { name: 'quickCoverage', label: 'Quick Coverage Accepted', required: false },
      { name: 'completedRoutes', label: 'Completed Routes', required: false },
    ],
    schemas: {
      serviceType: Text,
      plannedDuration: WstPlannedDuration,
      amzlLateCancel: RouteCount,
      dspLateCancel: RouteCount,
      quickCoverage: RouteCount,
      completedRoutes: RouteCount,
    },
    fact: (v, nameWeek) =>
      nameWeek === null
        ? {
            field: 'serviceType',
            message:
              'The Weekly Report has no dates: its file name must carry a day of its week, as Amazon names it (NDAY Weekly Report-2026-09-12.zip).',
          }
        : {
            date: null,
            weekStart: nameWeek,
            label: (v.serviceType as string).replace(/\s+/g, ' '),
            quantity: v.amzlLateCancel as number,
            eligible: null,
          },
  },
};

/** The week a file's name carries: the Sunday of the first YYYY-MM-DD in it ("NDAY Weekly Report-2026-09-12"). */
export function weekOfName(fileName: string): string | null {
  const found = /(\d{4})-(\d{2})-(\d{2})/.exec(fileName);
  if (!found) return null;
  const parsed = MoneyDate.safeParse(found[0]);
  return parsed.success ? weekStartOf(parsed.data) : null;
}

export const isIssue = (x: Omit<WstFact, 'row'> | CellIssue): x is CellIssue => 'message' in x;
