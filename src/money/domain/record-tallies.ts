import type { Evidence } from './discrepancy.js';
import { blockOf, dayTally, type Tally, type WeekRecords } from './expected.js';
import { isRideAlong } from './invoice.js';
import type { ServiceDetailsRow } from './service-details.js';

// The week as our own records count it (roster, day close, shifts, Amazon's late cancels, delays).

const record = (table: NonNullable<Evidence['record']>['table'], id: string, label: string): Evidence => ({
  file: 'records',
  row: 0,
  record: { table, id, label },
});

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
    .map((r) =>
      dayTally('packages', r.date, r.packagesDelivered ?? 0, [
        record('routes', r.id, `Route ${r.code} on ${r.date}: ${r.packagesDelivered} delivered`),
      ]),
    );
  const rideAlongs = records.rideAlongs.map((s) =>
    dayTally('ride-along', s.date, 1, [
      record('shifts', s.id, `Ride-along shift of ${s.driver} on ${s.date}`),
    ]),
  );
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
          dayTally('late-cancel', r.date, 1, [
            record('route_late_cancels', r.lateCancelId, `Route ${r.code} on ${r.date}, cancelled by Amazon`),
          ]),
        ],
  );
  const delays = records.delays.map((d) =>
    dayTally('unplanned-delay', d.date, (d.minutes * d.routeCount) / 60, [
      record(
        'unplanned_delays',
        d.id,
        `Delay of ${d.minutes} min on ${d.routeCount} routes on ${d.date}${d.note ? ` (${d.note})` : ''}`,
      ),
    ]),
  );
  return [...routes, ...packages, ...training, ...rideAlongs, ...cancels, ...delays];
}
