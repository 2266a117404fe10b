import { formatDollars } from '../money/domain/money.js';
import { addDays } from '../shared/days.js';
import type { Cell, DemoFile } from './performance-files.js';

/**
 * A station's money files for some service weeks (issue 16, item 12), as Amazon hands them to a DSP:
 * its rate card, then per week WST's Service Details (a row a route the dispatch history closed, planned
 * as whole-hour blocks), the Variable invoice pricing them, and the deposit paying its Total Due. The
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

/** WST's service type of a route, by the van it ran in (the invoice's line names carry it). */
const VAN_SERVICE: Record<string, string> = {
  edv: 'Standard Parcel Electric - Rivian MEDIUM',
  cdv: 'Standard Parcel - Custom Delivery Van 12ft',
  step_van: 'Standard Parcel - Step Van',
  rental: 'Standard Parcel - Custom Delivery Van 12ft',
};
const NURSERY = 'Nursery Route Level 1';

export const wstServiceType = (r: Pick<RunRoute, 'serviceType' | 'vanType'>): string =>
  r.serviceType === 'Nursery'
    ? NURSERY
    : (VAN_SERVICE[r.vanType] ?? 'Standard Parcel - Custom Delivery Van 12ft');

/** Amazon plans routes in whole-hour blocks: the block a route's planned time falls in. */
export const blockHoursOf = (plannedMinutes: number): number => Math.ceil(plannedMinutes / 60);

const BLOCKS = [8, 9, 10];

/** A station as its card prices it: every block at an hour's rate ($32.50 makes a 10-hour block $325). */
export interface PricedStation {
  code: string;
  hourCents: number;
}

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

/** The rate card from the first week on: every service type's 8, 9 and 10-hour blocks. */
export function rateCardFile(station: PricedStation, from: string): DemoFile {
  const types = [...new Set([...Object.values(VAN_SERVICE), NURSERY])];
  const rows = types.flatMap((t) => BLOCKS.map((h) => [from, 'route', t, h, dollars(h * station.hourCents)]));
  return file('rate-card', station.code, from, `${station.code}_Rate_Card_${from}`, RATE_HEADER, rows);
}
const RATE_HEADER = ['Effective From', 'Item', 'Service Type', 'Block Hours', 'Rate'];

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

/** A week's Variable invoice of its routes, with its Routes section total and Total Due; its total in cents. */
export function invoiceFile(
  station: PricedStation,
  week: string,
  routes: readonly RunRoute[],
  shortBlock: boolean,
): { file: DemoFile; totalCents: number } {
  const lines = shortBlock ? payOneShort(routeLines(routes)) : routeLines(routes);
  const amount = (l: InvoiceLine) => l.quantity * l.hours * station.hourCents;
  const total = lines.reduce((sum, l) => sum + amount(l), 0);
  const count = lines.reduce((n, l) => n + l.quantity, 0);
  const rows: Cell[][] = [
    ['', 'Routes', count, '', dollars(total)],
    ...lines.map((l) => [
      l.date,
      `${l.serviceType} - Block of ${l.hours} Hours`,
      l.quantity,
      dollars(l.hours * station.hourCents),
      dollars(amount(l)),
    ]),
    ['', 'Total Due', '', '', dollars(total)],
  ];
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
  week: string,
  run: readonly RunRoute[],
  leak: Leak | undefined,
  rand: () => number,
) {
  const drawn = run[Math.floor(rand() * run.length)];
  const invoiced = leak?.kind === 'dropped-route' ? run.filter((r) => r !== drawn) : run;
  const wst = wstFile(station.code, week, run, leak?.kind === 'excluded-paid' ? drawn : undefined);
  const invoice = invoiceFile(station, week, invoiced, leak?.kind === 'short-block');
  return {
    files: [wst, invoice.file],
    totalCents: invoice.totalCents,
    shortCents: leak?.kind === 'short-deposit' ? leak.cents : 0,
  };
}
