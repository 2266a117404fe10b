import { formatDollars } from '../money/domain/money.js';
import { addDays, weekday } from '../shared/days.js';
import type { Cell, DemoFile } from './demo-file.js';
import {
  DELAY_HOUR_CENTS,
  LATE_CANCEL_CENTS,
  NURSERY,
  PER_PACKAGE_CENTS,
  type PricedStation,
  TRAINING,
  VAN_SERVICE,
} from './money-card.js';
import type { DemoDelay } from './money-delays.js';
import type { RecordedEvent } from './money-plan.js';

/**
 * A station's money files for some service weeks (issue 16, item 12), as Amazon hands them to a DSP:
 * per week WST's Service Details (a row a route the dispatch history closed, planned as whole-hour
 * blocks), the Variable invoice paying them with the week's training days and delivered packages at the
 * rate card's rates (money-card.ts), and the deposit paying its Total Due. The
 * leaks a DSP finds in them are planted a week at a time (money-plan.ts): a worked route missing from the
 * invoice, a 10-hour block paid as 9 hours, a route WST excludes still paid (a count difference), and a
 * deposit short of the Total Due.
 */

/** A route the station ran: its day, code, DA, Amazon service type and planned minutes. */
export interface RunRoute {
  date: string;
  code: string;
  da: string;
  serviceType: string;
  vanType: string;
  plannedMinutes: number;
  delivered: number | null;
}

export const wstServiceType = (r: Pick<RunRoute, 'serviceType' | 'vanType'>): string =>
  r.serviceType === 'Nursery'
    ? NURSERY
    : (VAN_SERVICE[r.vanType] ?? 'Standard Parcel - Custom Delivery Van 12ft');

/** Amazon plans routes in whole-hour blocks: the block a route's planned time falls in. */
export const blockHoursOf = (plannedMinutes: number): number => Math.ceil(plannedMinutes / 60);

/** A leak planted in a week's files. */
export type Leak =
  /** The invoice leaves out one worked route. */
  | { kind: 'dropped-route' }
  /** The invoice pays one 10-hour route as a 9-hour block. */
  | { kind: 'short-block' }
  /** WST excludes one worked route that the invoice still pays: the counts differ. */
  | { kind: 'excluded-paid' }
  /** The deposit is short of the Total Due. */
  | { kind: 'short-deposit'; cents: number };

const dollars = (cents: number) => formatDollars(cents);
const file = (
  kind: DemoFile['kind'],
  stationCode: string,
  weekStart: string,
  baseName: string,
  header: string[],
  rows: Cell[][],
): DemoFile => ({ kind, stationCode, weekStart, baseName, header, rows });

const WST_HEADER = [
  'Date',
  'Station',
  'Delivery Associate',
  'Route',
  'Service Type',
  'Planned Duration',
  'Shipments Delivered',
  'Excluded?',
];

const hhmm = (hours: number) => `${String(hours).padStart(2, '0')}:00`;

/** A week's WST Service Details: one row a route run, planned as its block; `excluded` marked Y. */
export function wstFile(
  stationCode: string,
  week: string,
  routes: readonly RunRoute[],
  excluded?: RunRoute,
): DemoFile {
  const rows = routes.map((r) => [
    r.date,
    stationCode,
    r.da,
    r.code,
    wstServiceType(r),
    hhmm(blockHoursOf(r.plannedMinutes)),
    r.delivered ?? '',
    r === excluded ? 'Y' : 'N',
  ]);
  return file(
    'wst-service-details',
    stationCode,
    week,
    `${stationCode}_Service_Details_${week}`,
    WST_HEADER,
    rows,
  );
}

interface InvoiceLine {
  date: string;
  serviceType: string;
  hours: number;
  quantity: number;
}

/** The invoice's route lines: a line a day, service type and block, as the PDF groups them. */
function routeLines(routes: readonly RunRoute[]): InvoiceLine[] {
  const lines = new Map<string, InvoiceLine>();
  for (const r of routes) {
    const line = { date: r.date, serviceType: wstServiceType(r), hours: blockHoursOf(r.plannedMinutes) };
    const key = `${line.date}|${line.serviceType}|${line.hours}`;
    const found = lines.get(key) ?? { ...line, quantity: 0 };
    found.quantity += 1;
    lines.set(key, found);
  }
  return [...lines.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.serviceType.localeCompare(b.serviceType) || a.hours - b.hours,
  );
}

/** Pays one of the week's 10-hour routes as a 9-hour block: its line loses one, a 9-hour line gains one. */
function payOneShort(lines: InvoiceLine[]): InvoiceLine[] {
  const long = lines.find((l) => l.hours === 10);
  if (!long) return lines;
  const short = { ...long, hours: 9, quantity: 1 };
  const rest = lines.map((l) => (l === long ? { ...l, quantity: l.quantity - 1 } : l));
  return [...rest, short].filter((l) => l.quantity > 0);
}

const INVOICE_HEADER = ['Date', 'Description', 'Quantity', 'Rate', 'Amount'];

/** A line of the invoice as written: its day ('' for none), what it pays, how many, at what rate. */
interface Line {
  date: string;
  description: string;
  quantity: number;
  rateCents: number;
}

/** A section's total row, then its lines; nothing for a section without lines. */
function section(title: string, lines: Line[]): { rows: Cell[][]; cents: number } {
  if (lines.length === 0) return { rows: [], cents: 0 };
  const cents = lines.reduce((sum, l) => sum + l.quantity * l.rateCents, 0);
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  const rows = lines.map((l) => [
    l.date,
    l.description,
    l.quantity,
    dollars(l.rateCents),
    dollars(l.quantity * l.rateCents),
  ]);
  return { rows: [['', title, count, '', dollars(cents)], ...rows], cents };
}

/** Training days paid a block each, a line a day (the day's training shifts we recorded). */
function trainingLines(days: readonly string[]): Line[] {
  const counts = new Map<string, number>();
  for (const day of [...days].sort()) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts].map(([date, quantity]) => ({
    date,
    description: `Training - Block of ${TRAINING.hours} Hours`,
    quantity,
    rateCents: TRAINING.cents,
  }));
}

/** What a week's Variable invoice pays for: the routes it pays, training days, packages delivered. */
export interface InvoicedWeek {
  routes: readonly RunRoute[];
  trainingDays: readonly string[];
  packages: number;
  shortBlock: boolean;
  /** The late truck it pays for, if any. */
  delay?: DemoDelay | null;
  /** The late cancel it pays for, if any. */
  lateCancel?: RecordedEvent | null;
}

/**
 * A week's Variable invoice: its Routes, Training sessions, Late cancels, Unplanned delay and Packages
 * sections (each a total row over its lines) and Total Due; its total in cents.
 */
export function invoiceFile(
  station: PricedStation,
  week: string,
  paid: InvoicedWeek,
): { file: DemoFile; totalCents: number } {
  const blocks = paid.shortBlock ? payOneShort(routeLines(paid.routes)) : routeLines(paid.routes);
  const sections = [
    section(
      'Routes',
      blocks.map((l) => ({
        date: l.date,
        description: `${l.serviceType} - Block of ${l.hours} Hours`,
        quantity: l.quantity,
        rateCents: l.hours * station.hourCents,
      })),
    ),
    section('Training sessions', trainingLines(paid.trainingDays)),
    section(
      'Late cancels',
      paid.lateCancel
        ? [
            {
              date: paid.lateCancel.date,
              description: `AMZL Late Cancel- ${[0, 6].includes(weekday(paid.lateCancel.date)) ? 'weekend' : 'weekday'}`,
              quantity: 1,
              rateCents: LATE_CANCEL_CENTS,
            },
          ]
        : [],
    ),
    section(
      'Unplanned delay',
      paid.delay
        ? [
            {
              date: paid.delay.date,
              description: 'Unplanned Delay',
              quantity: paid.delay.hours,
              rateCents: DELAY_HOUR_CENTS,
            },
          ]
        : [],
    ),
    section(
      'Packages',
      paid.packages > 0
        ? [
            {
              date: '',
              description: 'Per piece payment - deliveries',
              quantity: paid.packages,
              rateCents: PER_PACKAGE_CENTS,
            },
          ]
        : [],
    ),
  ];
  const total = sections.reduce((sum, s) => sum + s.cents, 0);
  const rows = [...sections.flatMap((s) => s.rows), ['', 'Total Due', '', '', dollars(total)]];
  const name = `${station.code}_Variable_Invoice_${week}`;
  return {
    file: file('variable-invoice', station.code, week, name, INVOICE_HEADER, rows),
    totalCents: total,
  };
}

/** The day Amazon pays a service week: the Friday after it. */
export const depositDate = (week: string) => addDays(week, 12);

/** The remittance of the weeks already paid: what arrived for each, short where planted. */
export function depositFile(
  stationCode: string,
  weeks: readonly { week: string; totalCents: number; shortCents: number }[],
): DemoFile {
  const rows = weeks.map(({ week, totalCents, shortCents }) => [
    depositDate(week),
    week,
    `Payment ${stationCode} ${week}`,
    dollars(totalCents - shortCents),
  ]);
  const first = weeks[0]?.week ?? '';
  return file('deposit', stationCode, first, `${stationCode}_Remittance_${first}`, DEPOSIT_HEADER, rows);
}
const DEPOSIT_HEADER = ['Deposit Date', 'Service Week', 'Reference', 'Amount'];

/**
 * A week's WST file and Variable invoice of the routes run, with the week's leak planted (the route it
 * is about drawn with `rand`), and what its deposit will be short by.
 */
export function weekFiles(
  station: PricedStation,
  week: {
    week: string;
    run: readonly RunRoute[];
    trainingDays: readonly string[];
    delay?: DemoDelay | null;
    lateCancel?: RecordedEvent | null;
  },
  leak: Leak | undefined,
  rand: () => number,
) {
  const { run } = week;
  const drawn = run[Math.floor(rand() * run.length)];
  const wst = wstFile(station.code, week.week, run, leak?.kind === 'excluded-paid' ? drawn : undefined);
  // A dropped route's line is left out; its packages are still paid, as the Incentive invoice counts them.
  const invoice = invoiceFile(station, week.week, {
    routes: leak?.kind === 'dropped-route' ? run.filter((r) => r !== drawn) : run,
    trainingDays: week.trainingDays,
    packages: run.reduce((sum, r) => sum + (r.delivered ?? 0), 0),
    shortBlock: leak?.kind === 'short-block',
    delay: week.delay?.paid ? week.delay : null,
    lateCancel: week.lateCancel?.paid ? week.lateCancel : null,
  });
  return {
    files: [wst, invoice.file],
    totalCents: invoice.totalCents,
    shortCents: leak?.kind === 'short-deposit' ? leak.cents : 0,
  };
}
