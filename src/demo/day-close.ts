import { minutesOfDay } from '../dispatch/domain/calendar.js';
import type { Outcome, RosterDay } from './roster.js';

/**
 * How a past day went on the road, drawn on its roster: when each route actually left and came back
 * (local minutes after midnight), what was delivered and returned, and the rescues of routes running
 * late. About nine routes in ten finish within half an hour of their plan (sizing.md).
 */

export interface RouteRun {
  /** Local minutes after midnight. */
  start: number;
  end: number;
  stopsCompleted: number;
  packagesDelivered: number;
  packagesReturned: number;
}

export interface DemoRescue {
  route: number;
  rescuerId: string;
  stops: number;
  packages: number;
  start: number;
  end: number;
  note: string;
}

interface Timing {
  index: number;
  start: number;
  end: number;
  overrun: number;
  leftEarly: boolean;
}

/**
 * When a route left and came back: at its wave, or once its van's pre-trip was done (a late DA's
 * later), and around its planned length.
 */
function timing(
  rand: () => number,
  day: RosterDay,
  index: number,
  outcome: Outcome | undefined,
  ready: number,
): Timing {
  const r = day.routes[index];
  const planned = r?.route.plannedMinutes ?? 480;
  const start = Math.max(minutesOfDay(r?.route.waveTime ?? '10:00') + Math.floor(rand() * 10) - 2, ready);
  const leftEarly = outcome?.kind === 'left_early';
  const minutes = leftEarly
    ? Math.round(planned * (0.45 + rand() * 0.25))
    : Math.round(planned * (0.88 + rand() * 0.16)) + (rand() < 0.12 ? 30 + Math.floor(rand() * 70) : 0);
  return { index, start, end: start + minutes, overrun: minutes - planned, leftEarly };
}

/**
 * Who rescues a route from `from` on: whoever can start soonest, a standby still at the station or a
 * DA back from their own route (not this one's DA). Returns when they can start; null if nobody came.
 */
function rescuer(
  busy: Map<string, number>,
  exclude: string | null,
  from: number,
): { id: string; start: number } | null {
  let best: { id: string; start: number } | null = null;
  for (const [id, free] of busy) {
    if (id === exclude) continue;
    const start = Math.max(from, free + 15);
    if (!best || start < best.start) best = { id, start };
  }
  return best;
}

/**
 * A day's runs and rescues. Every DA who left early is rescued; so are about half the routes running
 * 30 minutes or more over their plan, which makes rescues on about one route in twenty.
 */
export function closeDay(
  rand: () => number,
  day: RosterDay,
  outcomeOf: (driverId: string) => Outcome | undefined,
  standbys: readonly { driverId: string; startTime: string }[],
  readyAt: (route: number) => number,
): { runs: (RouteRun | null)[]; rescues: DemoRescue[] } {
  const timings = day.routes.map((r, i) =>
    r.driverId && r.vanId ? timing(rand, day, i, outcomeOf(r.driverId), readyAt(i)) : null,
  );
  const busy = new Map<string, number>();
  for (const s of standbys) busy.set(s.driverId, minutesOfDay(s.startTime) + 60);
  // A DA who left early (unwell) rescues nobody.
  for (const t of timings) if (t && !t.leftEarly) busy.set(day.routes[t.index]?.driverId as string, t.end);
  const behind = timings
    .filter((t): t is Timing => t !== null && (t.leftEarly || (t.overrun >= 30 && rand() < 0.55)))
    .sort((a, b) => Number(b.leftEarly) - Number(a.leftEarly) || b.overrun - a.overrun);
  const rescues: DemoRescue[] = [];
  for (const t of behind) {
    const route = day.routes[t.index];
    if (!route) continue;
    const from = t.leftEarly ? t.end + 20 : t.start + Math.round(route.route.plannedMinutes * 0.55);
    const who = rescuer(busy, route.driverId, from);
    if (!who || (!t.leftEarly && who.start > t.end - 45)) continue;
    const share = t.leftEarly ? 1 - (t.end - t.start) / route.route.plannedMinutes : 0.1 + rand() * 0.12;
    const stops = Math.max(10, Math.round(route.route.stops * share));
    const end = who.start + Math.round(stops * (3 + rand() * 1.5));
    busy.set(who.id, end);
    rescues.push({
      route: t.index,
      rescuerId: who.id,
      stops,
      packages: Math.min(route.route.packages, Math.round(stops * (1.3 + rand() * 0.3))),
      start: who.start,
      end,
      note: t.leftEarly
        ? 'DA left early, felt unwell.'
        : `Running ${Math.round(t.overrun / 15) * 15} min behind.`,
    });
  }
  return { runs: timings.map((t) => (t ? run(rand, day, t, rescues) : null)), rescues };
}

/** The figures the dispatcher closed the route with: a few packages back to the station on most routes. */
function run(rand: () => number, day: RosterDay, t: Timing, rescues: DemoRescue[]): RouteRun {
  const { route } = day.routes[t.index] as NonNullable<RosterDay['routes'][number]>;
  const helped = rescues.filter((x) => x.route === t.index);
  const rescuedStops = helped.reduce((n, x) => n + x.stops, 0);
  const rescuedPackages = helped.reduce((n, x) => n + x.packages, 0);
  const returned = rand() < 0.8 ? Math.floor(rand() * 3) : 3 + Math.floor(rand() * 10);
  const missedStops = returned === 0 ? 0 : 1 + Math.floor(rand() * Math.min(returned, 4));
  return {
    start: t.start,
    end: t.end,
    stopsCompleted: Math.max(0, route.stops - rescuedStops - missedStops),
    packagesDelivered: Math.max(0, route.packages - rescuedPackages - returned),
    packagesReturned: returned,
  };
}
