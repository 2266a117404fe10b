import { addDays, DUE_SOON_DAYS, DUE_SOON_MILES } from '../fleet/domain/maintenance.js';
import type { Schedule } from '../fleet/schedule-store.js';
import type { ServiceValues } from '../fleet/service-store.js';
import type { VanType } from '../shared/vans.js';
import type { DemoVan } from './fleet-vans.js';
import { intBetween, pick } from './random.js';

/** A van's service history: the maintenance it had (some now due, a few overdue) and a few repairs. */

const VENDORS: Record<string, string[]> = {
  'Tire rotation': ['Discount Tire Commercial', 'Goodyear Fleet Service', 'Firestone Complete Auto Care'],
  'Preventive maintenance': ['Jiffy Lube Fleet', 'Ford Commercial Service', 'Firestone Complete Auto Care'],
  'Brake inspection': ['Midas Fleet', 'Firestone Complete Auto Care'],
  'Annual DOT inspection': ['Ryder Fleet Services', 'Penske Fleet Maintenance'],
};
const COSTS: Record<string, [number, number]> = {
  'Tire rotation': [60, 120],
  'Preventive maintenance': [180, 450],
  'Brake inspection': [90, 650],
  'Annual DOT inspection': [120, 250],
};
const REPAIRS: [string, number][] = [
  ['Replace side mirror glass', 145],
  ['Windshield chip repair', 89],
  ['Replace sliding door roller', 310],
  ['Replace battery', 240],
];

/**
 * Where in its interval a van stands for one item: mostly fine, some due soon, a few overdue, so the
 * maintenance pages have something to show. Returns how far past the last service it is, in the item's unit.
 */
function sinceLast(rand: () => number, every: number, soon: number): number {
  const r = rand();
  if (r < 0.12) return every + 1 + Math.floor(rand() * every * 0.2);
  if (r < 0.3) return every - Math.floor(rand() * soon);
  return Math.floor(every * (0.1 + rand() * 0.65));
}

/** The services that put each applicable item where `sinceLast` says, plus an earlier one and a few repairs. */
export function demoServices(
  rand: () => number,
  van: DemoVan,
  vanId: string,
  schedules: Schedule[],
  today: string,
  recordedBy: string,
): ServiceValues[] {
  const v = van.values;
  const odometer = v.odometer_miles ?? 0;
  const start = v.ownership_start ?? today;
  const out: ServiceValues[] = [];
  const add = (
    scheduleId: string | null,
    what: string,
    date: string,
    miles: number,
    cost: number,
    vendor: string,
  ) =>
    out.push({
      van_id: vanId,
      schedule_id: scheduleId,
      service_date: date,
      odometer_miles: Math.max(0, miles),
      vendor,
      description: scheduleId ? null : what,
      cost_cents: cost * 100,
      invoice_file_id: null,
      notes: null,
      recorded_by: recordedBy,
      recorded_by_user_id: null,
    });
  for (const s of schedules.filter((x) => x.vanTypes.includes(v.van_type as VanType))) {
    let milesAgo: number;
    let daysAgo: number;
    if (s.everyMiles !== null) {
      milesAgo = sinceLast(rand, s.everyMiles, DUE_SOON_MILES);
      daysAgo = Math.round((milesAgo * 7) / 5 / van.milesPerDay);
      if (s.everyDays !== null) daysAgo = Math.min(daysAgo, s.everyDays - DUE_SOON_DAYS - 1);
    } else {
      daysAgo = sinceLast(rand, s.everyDays ?? 365, DUE_SOON_DAYS);
      milesAgo = Math.round((daysAgo * 5 * van.milesPerDay) / 7);
    }
    const date = addDays(today, -daysAgo);
    // A van new to the fleet has no record yet: its count runs from the day it joined.
    if (date <= start || milesAgo >= odometer) continue;
    const vendor = pick(rand, VENDORS[s.name] ?? ['Fleet service center']);
    const cost = COSTS[s.name] ?? [100, 300];
    add(s.id, s.name, date, odometer - milesAgo, intBetween(rand, cost), vendor);
    const everyDays = s.everyDays ?? Math.round(((s.everyMiles ?? 0) * 7) / 5 / van.milesPerDay);
    const before = addDays(date, -everyDays);
    if (before > start)
      add(
        s.id,
        s.name,
        before,
        odometer - milesAgo - (s.everyMiles ?? milesAgo),
        intBetween(rand, cost),
        vendor,
      );
  }
  if (rand() < 0.3) {
    const [what, cost] = pick(rand, REPAIRS);
    const daysAgo = Math.floor(rand() * 90) + 1;
    const date = addDays(today, -daysAgo);
    if (date > start)
      add(
        null,
        what,
        date,
        odometer - Math.round((daysAgo * 5 * van.milesPerDay) / 7),
        cost,
        'Fleet Body & Glass',
      );
  }
  return out;
}
