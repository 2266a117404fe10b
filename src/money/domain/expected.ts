import type { RateItem } from '../../db/schema.js';
import type { Evidence } from './discrepancy.js';
import { type Invoice, type InvoiceLine, isRideAlong } from './invoice.js';
import { lineAmountCents } from './money.js';
import { type RateLine, rateOn } from './rate-card.js';
import { typeKey } from './route-check.js';
import type { ServiceDetailsRow } from './service-details.js';

/**
 * Issue 16 item 4: what a station's week should pay, counted from our own records and priced by the
 * rate card in force each day, and the same lines counted from WST and from the invoice. Each source
 * becomes tallies (a quantity of one line of the week on one day) that the checks and the Money week
 * page compare.
 */

export type Category = 'route' | 'training' | 'ride-along' | 'late-cancel' | 'unplanned-delay' | 'packages';

/** A route of the week as our records have it (roster + day close). */
export interface RecordRoute {
  id: string;
  code: string;
  date: string;
  serviceType: string | null;
  plannedMinutes: number;
  /** A DA was rostered on it. */
  staffed: boolean;
  /** The day close was recorded. */
  closed: boolean;
  packagesDelivered: number | null;
  /** Amazon cancelled it after we staffed it (the board's record). */
  lateCancelId: string | null;
}

/** A training or ride-along shift the DA did not call out of. */
export interface RecordTraining {
  id: string;
  date: string;
  minutes: number;
  driver: string;
}

export interface RecordDelay {
  id: string;
  date: string;
  minutes: number;
  routeCount: number;
  note: string | null;
}

export interface WeekRecords {
  routes: RecordRoute[];
  training: RecordTraining[];
  /** Ride-along (On-Road Experience) days: paid by the day at the card's ride-along line. */
  rideAlongs: RecordTraining[];
  delays: RecordDelay[];
}

/** A quantity of one line of the week on one day (or the whole week: date null), priced in cents. */
export interface Tally {
  category: Category;
  /** Service type (routes); '' otherwise. */
  serviceType: string;
  /** Block hours (routes, training); 0 otherwise (a ride-along is counted by the day). */
  blockHours: number;
  date: string | null;
  quantity: number;
  /** null when no rate prices it. */
  cents: number | null;
  evidence: Evidence[];
}

/** The week page's line a tally or a discrepancy belongs to. */
export const lineKey = (t: Pick<Tally, 'category' | 'serviceType' | 'blockHours'>): string =>
  t.category === 'route'
    ? `route:${typeKey(t.serviceType)}:${t.blockHours}`
    : t.category === 'training'
      ? `training:${t.blockHours}`
      : t.category;

const RATE_ITEM: Record<Category, RateItem> = {
  route: 'route',
  training: 'training',
  'ride-along': 'ride-along',
  'late-cancel': 'late-cancel',
  'unplanned-delay': 'unplanned-delay',
  packages: 'per-package',
};

/**
 * A route block's rate on a day: the card's for the service type, else the one rate every service type's
 * block of that length has then (our own routes carry Cortex's service type, "Standard Parcel", where
 * Amazon's lines name the van: "… - Rivian MEDIUM"); null when the card does not settle it.
 */
export function routeRate(
  card: readonly RateLine[],
  serviceType: string,
  hours: number,
  date: string,
): number | null {
  const own = rateOn(card, { item: 'route', variant: serviceType, blockHours: hours }, date);
  if (own !== null) return own;
  const variants = new Set(
    card.filter((l) => l.item === 'route' && l.blockHours === hours).map((l) => l.variant),
  );
  const rates = new Set(
    [...variants].map((v) => rateOn(card, { item: 'route', variant: v, blockHours: hours }, date)),
  );
  return rates.size === 1 ? ([...rates][0] ?? null) : null;
}

/**
 * A ride-along day's rate: the card's ride-along line, else the one rate its by-the-block ride-along
 * lines have that day (a day is one ORE block, whatever its length).
 */
export function rideAlongRate(card: readonly RateLine[], date: string): number | null {
  const want = (blockHours: number) => ({ item: 'ride-along' as const, variant: '', blockHours });
  const own = rateOn(card, want(0), date);
  if (own !== null) return own;
  const blocks = new Set(card.filter((l) => l.item === 'ride-along').map((l) => l.blockHours));
  const rates = new Set([...blocks].map((h) => rateOn(card, want(h), date)).filter((r) => r !== null));
  return rates.size === 1 ? ([...rates][0] ?? null) : null;
}

/** A line's quantity priced by the card on its day (the week's first day for undated ones). */
export function priced(card: readonly RateLine[], t: Omit<Tally, 'cents'>, weekStart: string): Tally {
  const date = t.date ?? weekStart;
  const rate =
    t.category === 'route'
      ? routeRate(card, t.serviceType, t.blockHours, date)
      : t.category === 'ride-along'
        ? rideAlongRate(card, date)
        : rateOn(
            card,
            { item: RATE_ITEM[t.category], variant: t.serviceType, blockHours: t.blockHours },
            date,
          );
  return { ...t, cents: rate === null ? null : lineAmountCents(t.quantity, rate) };
}

const record = (table: NonNullable<Evidence['record']>['table'], id: string, label: string): Evidence => ({
  file: 'records',
  row: 0,
  record: { table, id, label },
});

/** A whole number of hours is a block; anything else matches no block. */
export const blockOf = (minutes: number): number | null =>
  minutes > 0 && minutes % 60 === 0 ? minutes / 60 : null;

/** Routes we ran: staffed, closed and not cancelled by Amazon. */
export const ranRoutes = (records: WeekRecords) =>
  records.routes.filter((r) => r.staffed && r.closed && r.lateCancelId === null);

/** The days our records cover: a staffed route was closed (or cancelled by Amazon) that day. */
export const closedDays = (records: WeekRecords): Set<string> =>
  new Set(
    records.routes.filter((r) => r.staffed && (r.closed || r.lateCancelId !== null)).map((r) => r.date),
  );

/** Amazon plans a route in the whole-hour block its planned time falls in (9 h 10 min: a 10-hour block). */
export const routeBlockOf = (plannedMinutes: number): number => Math.ceil(plannedMinutes / 60);

/**
 * Amazon's service type of each of our routes: WST's row of the same day and route code when there is
 * one (WST names the van: "Standard Parcel Electric - Rivian MEDIUM"), else our own (Cortex's).
 */
export function serviceTypes(
  records: WeekRecords,
  wst: readonly ServiceDetailsRow[] | null,
): Map<string, string | null> {
  const key = (date: string, code: string) => `${date}|${code.trim().toUpperCase()}`;
  const amazon = new Map(
    (wst ?? [])
      // An ORE row names the trainer's route code: it is not that route's service type.
      .filter((r) => r.route !== null && !r.excluded && !isRideAlong(r.serviceType))
      .map((r) => [key(r.date, r.route ?? ''), r.serviceType]),
  );
  return new Map(records.routes.map((r) => [r.id, amazon.get(key(r.date, r.code)) ?? r.serviceType]));
}

/** Ran routes with no service type, ours or WST's: no block line to price or compare. */
export const untypedRoutes = (records: WeekRecords, types: Map<string, string | null>) =>
  ranRoutes(records).filter((r) => !types.get(r.id));

/** Our records as tallies, one per route (1), training day (1), late cancel (1), delay (hours), day's packages. */
export function recordTallies(
  records: WeekRecords,
  types: Map<string, string | null>,
): Omit<Tally, 'cents'>[] {
  const routes = ranRoutes(records).flatMap((r) => {
    const serviceType = types.get(r.id);
    if (!serviceType) return [];
    const ev = record('routes', r.id, `Route ${r.code} on ${r.date}, closed`);
    const blockHours = routeBlockOf(r.plannedMinutes);
    return [
      { category: 'route' as const, serviceType, blockHours, date: r.date, quantity: 1, evidence: [ev] },
    ];
  });
  const packages = ranRoutes(records)
    .filter((r) => r.packagesDelivered !== null)
    .map((r) => ({
      category: 'packages' as const,
      serviceType: '',
      blockHours: 0,
      date: r.date,
      quantity: r.packagesDelivered ?? 0,
      evidence: [record('routes', r.id, `Route ${r.code} on ${r.date}: ${r.packagesDelivered} delivered`)],
    }));
  const rideAlongs = records.rideAlongs.map((s) => ({
    category: 'ride-along' as const,
    serviceType: '',
    blockHours: 0,
    date: s.date,
    quantity: 1,
    evidence: [record('shifts', s.id, `Ride-along shift of ${s.driver} on ${s.date}`)],
  }));
  const training = records.training.flatMap((s) => {
    const hours = blockOf(s.minutes);
    if (hours === null) return [];
    const ev = record('shifts', s.id, `Training shift of ${s.driver} on ${s.date}`);
    return [
      {
        category: 'training' as const,
        serviceType: '',
        blockHours: hours,
        date: s.date,
        quantity: 1,
        evidence: [ev],
      },
    ];
  });
  const cancels = records.routes.flatMap((r) =>
    r.lateCancelId === null || !r.staffed
      ? []
      : [
          {
            category: 'late-cancel' as const,
            serviceType: '',
            blockHours: 0,
            date: r.date,
            quantity: 1,
            evidence: [
              record(
                'route_late_cancels',
                r.lateCancelId,
                `Route ${r.code} on ${r.date}, cancelled by Amazon`,
              ),
            ],
          },
        ],
  );
  const delays = records.delays.map((d) => ({
    category: 'unplanned-delay' as const,
    serviceType: '',
    blockHours: 0,
    date: d.date,
    quantity: (d.minutes * d.routeCount) / 60,
    evidence: [
      record(
        'unplanned_delays',
        d.id,
        `Delay of ${d.minutes} min on ${d.routeCount} routes on ${d.date}${d.note ? ` (${d.note})` : ''}`,
      ),
    ],
  }));
  return [...routes, ...packages, ...training, ...rideAlongs, ...cancels, ...delays];
}

/** WST's routes (whole blocks only, excluded rows left out) and shipments delivered as tallies. */
export function wstTallies(rows: readonly ServiceDetailsRow[]): Omit<Tally, 'cents'>[] {
  return rows
    .filter((r) => !r.excluded)
    .flatMap((r) => {
      const ev: Evidence[] = [{ file: 'wst', row: r.row }];
      const hours = blockOf(r.plannedMinutes);
      const route = isRideAlong(r.serviceType)
        ? [
            {
              category: 'ride-along' as const,
              serviceType: '',
              blockHours: 0,
              date: r.date,
              quantity: 1,
              evidence: ev,
            },
          ]
        : hours === null
          ? []
          : [
              {
                category: 'route' as const,
                serviceType: r.serviceType,
                blockHours: hours,
                date: r.date,
                quantity: 1,
                evidence: ev,
              },
            ];
      const shipments =
        r.shipmentsDelivered === null
          ? []
          : [
              {
                category: 'packages' as const,
                serviceType: '',
                blockHours: 0,
                date: r.date,
                quantity: r.shipmentsDelivered,
                evidence: ev,
              },
            ];
      return [...route, ...shipments];
    });
}

function invoiceTally(line: InvoiceLine): Tally | null {
  const base = {
    serviceType: '',
    blockHours: 0,
    date: line.date,
    quantity: line.quantity,
    cents: line.amountCents,
  };
  const evidence: Evidence[] = [{ file: 'invoice', row: line.row }];
  const { item } = line;
  if (item.kind === 'route' && isRideAlong(item.serviceType))
    return { ...base, category: 'ride-along', evidence };
  if (item.kind === 'route')
    return {
      ...base,
      category: 'route',
      serviceType: item.serviceType,
      blockHours: item.blockHours,
      evidence,
    };
  if (item.kind === 'training')
    return { ...base, category: 'training', blockHours: item.blockHours, evidence };
  if (item.kind === 'late-cancel') return { ...base, category: 'late-cancel', evidence };
  if (item.kind === 'unplanned-delay') return { ...base, category: 'unplanned-delay', evidence };
  if (item.kind === 'per-piece-deliveries') return { ...base, category: 'packages', evidence };
  return null;
}

/** The invoice's lines of the categories we count, at their amounts. */
export const invoiceTallies = (invoice: Invoice): Tally[] =>
  invoice.lines.map(invoiceTally).filter((t): t is Tally => t !== null);
