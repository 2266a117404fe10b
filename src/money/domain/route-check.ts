import { hoursText, weekStartOf } from '../../dispatch/domain/calendar.js';
import { between, type Discrepancy, type Evidence } from './discrepancy.js';
import type { Invoice, InvoiceLine } from './invoice.js';
import { formatQuantity } from './money.js';
import type { ServiceDetailsRow } from './service-details.js';

/**
 * Item 4, WST against the invoice: each day's routes of a service type in WST's Service Details, by
 * their planned block, against the invoice's route lines (`<Service Type> - Block of <N> Hours`). Only
 * units defined the same way are compared: a route planned for whole hours is one block of that many
 * hours; anything else is "not comparable" rather than a made-up variance.
 */

type RouteLine = InvoiceLine & { item: { kind: 'route'; serviceType: string; blockHours: number } };

const isRoute = (line: InvoiceLine): line is RouteLine => line.item.kind === 'route';

/** Service types match whatever the case and the spacing around their dashes. */
export const typeKey = (serviceType: string) =>
  serviceType
    .toLowerCase()
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();

const block = (hours: number) => `Block of ${hours} Hours`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const wstRows = (rows: ServiceDetailsRow[]): Evidence[] => rows.map((r) => ({ file: 'wst', row: r.row }));
const invoiceRows = (lines: InvoiceLine[]): Evidence[] => lines.map((l) => ({ file: 'invoice', row: l.row }));
const quantityOf = (lines: InvoiceLine[]) => lines.reduce((n, l) => n + l.quantity, 0);

/** The one rate among lines, or null when they have none or several. */
function oneRate(lines: InvoiceLine[]): number | null {
  const rates = new Set(lines.map((l) => l.rateCents));
  return rates.size === 1 ? ([...rates][0] ?? null) : null;
}

/** The rate card's price of a block of a service type on a day, or null when the card has none. */
export type BlockRates = (serviceType: string, hours: number, date: string) => number | null;

/**
 * The rate of a block of `hours` for a service type on a day: the rate card's in force that day when
 * there is one; else from the invoice itself: that day's line, else the type's one rate for that block
 * in the week, else the one rate every line of that block has. Null when neither settles it.
 */
function blockRate(routes: RouteLine[], key: string, hours: number, date: string): number | null {
  const sameBlock = routes.filter((l) => l.item.blockHours === hours);
  const sameType = sameBlock.filter((l) => typeKey(l.item.serviceType) === key);
  const sameDay = sameType.find((l) => l.date === date);
  return sameDay?.rateCents ?? oneRate(sameType) ?? oneRate(sameBlock);
}

const times = (n: number, rate: number | null) => (rate === null ? null : n * rate);

interface Day {
  date: string;
  serviceType: string;
  wst: ServiceDetailsRow[];
  lines: RouteLine[];
}

function daysOf(rows: ServiceDetailsRow[], routes: RouteLine[]): Day[] {
  const days = new Map<string, Day>();
  const dayOf = (date: string, serviceType: string) => {
    const id = `${date}|${typeKey(serviceType)}`;
    let day = days.get(id);
    if (!day) {
      day = { date, serviceType, wst: [], lines: [] };
      days.set(id, day);
    }
    return day;
  };
  for (const row of rows) dayOf(row.date, row.serviceType).wst.push(row);
  for (const line of routes) if (line.date) dayOf(line.date, line.item.serviceType).lines.push(line);
  return [...days.values()];
}

/** Per block length, the WST routes and the invoice blocks not yet matched. */
interface Block {
  hours: number;
  wst: ServiceDetailsRow[];
  lines: RouteLine[];
  unpaid: number;
  unworked: number;
}

function blocksOf(day: Day): Block[] {
  const blocks = new Map<number, Block>();
  const at = (hours: number) => {
    let b = blocks.get(hours);
    if (!b) {
      b = { hours, wst: [], lines: [], unpaid: 0, unworked: 0 };
      blocks.set(hours, b);
    }
    return b;
  };
  for (const row of day.wst) at(row.plannedMinutes / 60).wst.push(row);
  for (const line of day.lines) at(line.item.blockHours).lines.push(line);
  for (const b of blocks.values()) {
    const paid = quantityOf(b.lines);
    b.unpaid = Math.max(0, b.wst.length - paid);
    b.unworked = Math.max(0, paid - b.wst.length);
  }
  return [...blocks.values()].sort((a, b) => b.hours - a.hours);
}

function checkDay(day: Day, routes: RouteLine[], card: BlockRates): Discrepancy[] {
  const found: Discrepancy[] = [];
  const key = typeKey(day.serviceType);
  const whole = day.wst.filter((r) => r.plannedMinutes % 60 === 0);
  const odd = day.wst.filter((r) => r.plannedMinutes % 60 !== 0);
  if (odd.length > 0) {
    const planned = [...new Set(odd.map((r) => hoursText(r.plannedMinutes)))].join(', ');
    found.push(
      between(
        {
          kind: 'not-comparable',
          date: day.date,
          description: `${day.serviceType}: ${plural(odd.length, 'route')} planned ${planned} in WST, no whole block to compare with the invoice's blocks`,
          evidence: [...wstRows(odd), ...invoiceRows(day.lines)],
        },
        null,
        null,
      ),
    );
  }
  const blocks = blocksOf({ ...day, wst: whole });
  const rate = (hours: number) =>
    card(day.serviceType, hours, day.date) ?? blockRate(routes, key, hours, day.date);
  // A route paid as a block of another length: paired with the blocks paid beyond WST's count.
  for (const planned of blocks) {
    for (const paid of blocks) {
      const n = Math.min(planned.unpaid, paid.unworked);
      if (n === 0 || paid === planned) continue;
      planned.unpaid -= n;
      paid.unworked -= n;
      found.push(
        between(
          {
            kind: 'block-length',
            date: day.date,
            description: `${day.serviceType}: ${plural(n, 'route')} planned ${planned.hours} h in WST paid as ${block(paid.hours)}`,
            evidence: [...wstRows(planned.wst), ...invoiceRows(paid.lines)],
          },
          times(n, rate(planned.hours)),
          times(n, oneRate(paid.lines)),
        ),
      );
    }
  }
  for (const b of blocks) {
    const evidence = [...wstRows(b.wst), ...invoiceRows(b.lines)];
    const title = `${day.serviceType} - ${block(b.hours)}`;
    const counts = `${plural(b.wst.length, 'route')} in WST, ${plural(quantityOf(b.lines), 'block')} paid`;
    if (b.unpaid > 0) {
      const priced = rate(b.hours);
      found.push(
        between(
          {
            kind: day.lines.length === 0 ? 'route-missing' : 'route-paid-short',
            date: day.date,
            description: `${title}: ${counts}${priced === null ? '; no one rate on the invoice for this block' : ''}`,
            evidence,
          },
          times(b.unpaid, priced),
          0,
        ),
      );
    }
    // Blocks beyond WST's count are only a variance when every WST route of the day was comparable.
    if (b.unworked > 0 && odd.length === 0)
      found.push(
        between(
          { kind: 'route-count', date: day.date, description: `${title}: ${counts}`, evidence },
          0,
          times(b.unworked, oneRate(b.lines)),
        ),
      );
  }
  return found;
}

/** Days of weeks (Sunday to Saturday) a file has rows in: outside them it says nothing. */
const weeksOf = (dates: (string | null)[]) =>
  new Set(dates.filter((d): d is string => d !== null).map(weekStartOf));

/**
 * WST's shipments delivered are the route's, where the invoice pays payment-eligible packages (WST's
 * Delivered Packages file, not read yet): when they differ, it is said, not priced.
 */
function packagesNotComparable(rows: ServiceDetailsRow[], invoice: Invoice): Discrepancy[] {
  const perPiece = invoice.lines.filter((l) => l.item.kind === 'per-piece-deliveries');
  const shipments = rows.filter((r) => r.shipmentsDelivered !== null);
  const wst = shipments.reduce((n, r) => n + (r.shipmentsDelivered ?? 0), 0);
  const paid = quantityOf(perPiece);
  if (perPiece.length === 0 || shipments.length === 0 || wst === paid) return [];
  return [
    between(
      {
        kind: 'not-comparable',
        date: null,
        description: `WST Service Details: ${formatQuantity(wst)} shipments delivered; the invoice pays ${formatQuantity(paid)} per-piece deliveries, counted as payment-eligible packages (WST's Delivered Packages file)`,
        evidence: invoiceRows(perPiece),
      },
      null,
      null,
    ),
  ];
}

export function checkRoutes(
  serviceDetails: ServiceDetailsRow[],
  invoice: Invoice,
  card: BlockRates = () => null,
): Discrepancy[] {
  const routes = invoice.lines.filter(isRoute);
  const counted = serviceDetails.filter((r) => !r.excluded);
  const invoiceWeeks = weeksOf(routes.map((l) => l.date));
  const wstWeeks = weeksOf(serviceDetails.map((r) => r.date));
  const found: Discrepancy[] = [];
  for (const line of routes.filter((l) => l.date === null))
    found.push(
      between(
        {
          kind: 'not-comparable',
          date: null,
          description: `${line.description}: a route line without a date cannot be matched to WST's days`,
          evidence: invoiceRows([line]),
        },
        null,
        null,
      ),
    );
  for (const day of daysOf(counted, routes)) {
    const week = weekStartOf(day.date);
    const missing = !invoiceWeeks.has(week)
      ? 'the invoice has no routes'
      : !wstWeeks.has(week)
        ? 'WST has no rows'
        : null;
    if (missing)
      found.push(
        between(
          {
            kind: 'not-comparable',
            date: day.date,
            description: `${day.serviceType}: ${missing} in the week of ${week}`,
            evidence: [...wstRows(day.wst), ...invoiceRows(day.lines)],
          },
          null,
          null,
        ),
      );
    else found.push(...checkDay(day, routes, card));
  }
  return [...found, ...packagesNotComparable(counted, invoice)];
}
