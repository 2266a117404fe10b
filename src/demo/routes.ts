import type { Van } from '../fleet/store.js';
import { daysBetween } from '../shared/days.js';
import type { VanType } from '../shared/vans.js';
import type { Candidate, PlannedRoute } from './schedule.js';

/** What a station's day of routes is made from: its waves, its vans' room and the DAs scheduled. */
export interface RoutesInput {
  date: string;
  waves: readonly string[];
  /** Routes each van type can take that day (spares kept back). */
  cap: Record<VanType, number>;
  count: number;
  /** The day's scheduled DAs, most needed first; the first `count` matched become route DAs. */
  das: readonly Candidate[];
  vans: readonly Van[];
}

/** About one route in eight needs a step van. */
export const STEP_SHARE = 0.12;

/** Step vans and rentals need DAs qualified for them, so they are matched first. */
const TYPE_ORDER: VanType[] = ['step_van', 'rental', 'edv', 'cdv'];

/**
 * How many routes of each type: a few step vans, one or two rentals, and
 * the rest split between EDVs and CDVs as the station's vans allow (past that, the station takes fewer).
 */
function typeCounts(
  rand: () => number,
  cap: Record<VanType, number>,
  count: number,
): Record<VanType, number> {
  const step = Math.min(cap.step_van, Math.round(count * STEP_SHARE));
  const rental = Math.min(cap.rental, count - step, rand() < 0.5 ? 1 : 2);
  const rest = count - step - rental;
  const share = cap.edv / Math.max(1, cap.edv + cap.cdv);
  const cdv = Math.min(cap.cdv, rest - Math.min(cap.edv, Math.round(rest * share)));
  return { step_van: step, rental, edv: Math.min(cap.edv, rest - cdv), cdv };
}

/**
 * Pairs each route type with scheduled DAs qualified for it, preferring a DA whose usual van is of
 * that type (so most keep their van). A step-van or rental route nobody can drive becomes an EDV or
 * CDV route while those vans have room; past that the station takes one route fewer.
 */
function matchTypes(rand: () => number, input: RoutesInput): { type: VanType; c: Candidate }[] {
  const usualType = new Map(input.vans.map((v) => [v.id, v.vanType]));
  const counts = typeCounts(rand, input.cap, input.count);
  const free = [...input.das];
  const pairs: { type: VanType; c: Candidate }[] = [];
  for (const type of TYPE_ORDER) {
    for (let k = 0; k < counts[type]; k++) {
      const qualified = (c: Candidate) => c.types.includes(type);
      let i = free.findIndex((c) => qualified(c) && usualType.get(c.da.usualVanId ?? '') === type);
      if (i < 0) i = free.findIndex(qualified);
      if (i < 0) {
        const room = (['edv', 'cdv'] as const).find((t) => counts[t] < input.cap[t]);
        if (room && (type === 'step_van' || type === 'rental')) counts[room] += 1;
        continue;
      }
      pairs.push({ type, c: free.splice(i, 1)[0] as Candidate });
    }
  }
  return pairs;
}

/** A DA in their first month gets a nursery route: fewer stops, packages and hours. */
const isNew = (c: Candidate, date: string) =>
  c.da.driver.hireDate !== null && daysBetween(c.da.driver.hireDate, date) < 30;

/** The longest a demo route is planned (10 h). */
export const LONGEST_ROUTE_MINUTES = 600;

function figures(rand: () => number, nursery: boolean) {
  const stops = 150 + Math.floor(rand() * (nursery ? 21 : 71));
  const packages = Math.max(250, Math.min(330, Math.round(stops * (1.35 + rand() * 0.25))));
  // 8 h for the lightest routes to 10 h for the heaviest, in 5-minute steps.
  const minutes = 480 + 5 * Math.round(((stops - 150) / 70) * 18 + rand() * 6);
  return { stops, packages, plannedMinutes: Math.min(LONGEST_ROUTE_MINUTES, minutes) };
}

/**
 * A station's routes of one day and the DA planned on each (same order): spread over the waves,
 * codes `CX` + number drawn from the station's usual range, a staging location per wave and slot.
 */
export function planRoutes(
  rand: () => number,
  input: RoutesInput,
): { routes: PlannedRoute[]; drivers: Candidate[] } {
  const pairs = matchTypes(rand, input).sort(() => rand() - 0.5);
  const numbers = Array.from({ length: pairs.length + 15 }, (_, i) => i + 1)
    .sort(() => rand() - 0.5)
    .slice(0, pairs.length);
  const waves = input.waves.length;
  const made = pairs.map(({ type, c }, i) => {
    const nursery = isNew(c, input.date) || rand() < 0.03;
    const wave = i % waves;
    const route: PlannedRoute = {
      code: `CX${numbers[i]}`,
      waveTime: input.waves[wave] as string,
      stagingLocation: `STG.${'ABCDE'[wave]}${Math.floor(i / waves) + 1}`,
      serviceType: nursery ? 'Nursery' : 'Standard Parcel',
      ...figures(rand, nursery),
      vanType: type,
    };
    return { route, c, number: numbers[i] as number };
  });
  made.sort((a, b) => a.route.waveTime.localeCompare(b.route.waveTime) || a.number - b.number);
  return { routes: made.map((m) => m.route), drivers: made.map((m) => m.c) };
}
