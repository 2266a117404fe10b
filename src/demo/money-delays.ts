import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { recordDelay } from '../dispatch/amazon-events.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { addDays } from '../shared/days.js';
import type { RecordedEvent } from './money-plan.js';

/**
 * Late line-haul trucks in the money weeks (issue 16 items 4 and 9): on one day of some weeks the board
 * records a delay on a few of the routes that ran long that day, each past its plan by at least the
 * delay (the wait explains the overrun). They are recorded before the weeks' files are made, so a
 * week's Variable invoice can pay its delay (hours × the card's $32.49); half of them are not paid, for
 * the risk ledger to show what the DSP absorbed and the checks delays to dispute.
 */

/** A week's late truck as the invoice pays it. */
export interface DemoDelay extends RecordedEvent {
  /** DA-hours held: the delay's minutes on each route it names, whole hours so the card prices it exactly. */
  hours: number;
}

/** How long a truck was late and how many routes waited, longest first: whole DA-hours each. */
const SHAPES = [
  { minutes: 45, routes: 4 },
  { minutes: 30, routes: 4 },
  { minutes: 40, routes: 3 },
  { minutes: 30, routes: 2 },
];

type Route = Awaited<ReturnType<typeof listStationRoutes>>[number];

/** Minutes a closed route ran past its plan. */
const overrun = (r: Route) =>
  (Date.parse(r.actual_end ?? '') - Date.parse(r.actual_start ?? '')) / 60_000 - r.planned_minutes;

/** The week's day and routes a truck of that shape could have held: the day with most routes that long. */
function heldRoutes(routes: readonly Route[], shape: (typeof SHAPES)[number]): Route[] {
  const byDay = new Map<string, Route[]>();
  for (const r of routes.filter((r) => r.actual_end !== null && overrun(r) >= shape.minutes))
    byDay.set(r.business_date, [...(byDay.get(r.business_date) ?? []), r]);
  const [best] = [...byDay.values()].sort(
    (a, b) => b.length - a.length || (a[0]?.business_date ?? '').localeCompare(b[0]?.business_date ?? ''),
  );
  return (best ?? []).sort((a, b) => a.code.localeCompare(b.code)).slice(0, shape.routes);
}

/** A week's late truck, recorded on the board; null when no day of the week had routes long enough. */
export const lateTruckOf =
  (db: Db, owner: Actor, stationId: string) =>
  async (week: string, paid: boolean): Promise<DemoDelay | null> => {
    const routes = await listStationRoutes(db, owner.orgId, stationId, week, addDays(week, 6));
    for (const shape of SHAPES) {
      const held = heldRoutes(routes, shape);
      if (held.length < shape.routes) continue;
      await recordDelay(db, owner, {
        routeIds: held.map((r) => r.id),
        minutes: shape.minutes,
        note: 'Line-haul truck late to the station',
      });
      const date = held[0]?.business_date ?? week;
      return { date, hours: (shape.minutes * shape.routes) / 60, paid };
    }
    return null;
  };
