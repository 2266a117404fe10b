import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { PunchesTable, PunchKind } from '../db/schema.js';
import { outsideRadius, type Place } from '../payroll/domain/punches.js';
import { ruleSetFor } from '../payroll/domain/rule-sets.js';
import type { StateCode } from '../payroll/domain/types.js';
import { rememberEmployeeNumbers, saveStationLocation } from '../payroll/store.js';
import { newId } from '../shared/ids.js';
import { atLocal } from './clock.js';
import { loadWorkedDays, type PunchStation, type WorkedDay } from './punch-days.js';

/**
 * The payroll demo's punches (issue 15, item 12): each DA's workdays of the last twelve weeks at every
 * station, drawn on the day dispatch recorded. In a few minutes before the wave (after the check-in),
 * a meal in the 4th–5th hour (a second one past 10 hours where the law asks for it), out a little after
 * the route's close or the rescue's end. Most DAs clock on their phone at the station; a few on the
 * payroll provider's clock, whose export brings their punches the next morning. A few days carry the
 * problems a DSP really sees, which the exceptions queue then finds.
 */

const MINUTE = 60_000;
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Where each demo station is, for the phone clock's radius (Settings → Payroll). */
const PLACES: Record<string, Place> = {
  DXC1: { latitude: 33.9533, longitude: -117.3962 },
  DXT1: { latitude: 32.7555, longitude: -97.3308 },
  DXA2: { latitude: 33.4255, longitude: -111.94 },
  DXW3: { latitude: 47.3809, longitude: -122.2348 },
  DXF4: { latitude: 28.5383, longitude: -81.3792 },
  DXG5: { latitude: 33.749, longitude: -84.388 },
  DXI6: { latitude: 41.525, longitude: -88.0817 },
  DXN7: { latitude: 40.5187, longitude: -74.4121 },
  DXO8: { latitude: 39.9612, longitude: -82.9988 },
  DXD9: { latitude: 39.7392, longitude: -104.9903 },
};
const RADIUS_METERS = 300;

/** A demo station's place and the phone clock's radius around it. */
export const stationPlace = (code: string): Place & { radiusMeters: number } => ({
  ...(PLACES[code] ?? (PLACES.DXC1 as Place)),
  radiusMeters: RADIUS_METERS,
});

/** What goes wrong on a day, drawn once per past workday (most days: nothing). */
export type Planted =
  | 'forgot_out'
  | 'out_before_close'
  | 'no_punches'
  | 'late_meal'
  | 'outside_radius'
  | 'long_rescue'
  | null;

function plant(rand: () => number, day: WorkedDay): Planted {
  const p = rand();
  if (day.today) return null;
  if (day.routeEnd !== null && p < 0.012) return 'forgot_out';
  if (day.routeEnd !== null && !day.rescued && p < 0.022) return 'out_before_close';
  if (day.routeEnd !== null && p < 0.026) return 'no_punches';
  // After a rescue, some wait at the station for the rescued route's returns to be checked in.
  if (day.rescued && p < 0.3) return 'long_rescue';
  if (p < 0.066) return 'late_meal';
  if (p < 0.08) return 'outside_radius';
  return null;
}

interface Drawn {
  kind: PunchKind;
  at: number;
}

/**
 * The punches of one workday. Meals start on worked time: the first 3 h 30 to 4 h 30 in (5 h 01 or
 * later when planted late), the second (where owed) about 9 h in; each lasts 30 to 36 minutes.
 */
function drawDay(rand: () => number, day: WorkedDay, planted: Planted, now: number): Drawn[] {
  if (planted === 'no_punches') return [];
  const came = day.checkIn + between(rand, 1, 4) * MINUTE;
  // A DA who has checked in this morning is clocked in by now.
  const punchIn = Math.min(
    Math.max(came, day.start - between(rand, 10, 20) * MINUTE),
    day.today ? now : Infinity,
  );
  const fallback = day.standby ? day.start + between(rand, 240, 300) * MINUTE : day.plannedEnd;
  const [lo, hi] = planted === 'long_rescue' ? [60, 90] : day.rescued ? [25, 50] : [15, 35];
  const back = (day.end ?? fallback) + between(rand, lo, hi) * MINUTE;
  const out =
    planted === 'out_before_close' && day.routeEnd !== null
      ? day.routeEnd - between(rand, 15, 45) * MINUTE
      : back;
  const punches: Drawn[] = [{ kind: 'in', at: punchIn }];
  const firstIn = (planted === 'late_meal' ? between(rand, 301, 335) : between(rand, 210, 270)) * MINUTE;
  let meals = 0;
  const meal = (workedBefore: number) => {
    const start = punchIn + workedBefore + meals;
    const length = between(rand, 30, 36) * MINUTE;
    if (start + length + 30 * MINUTE > out) return;
    punches.push({ kind: 'meal_start', at: start }, { kind: 'meal_end', at: start + length });
    meals += length;
  };
  meal(firstIn);
  if (out - punchIn - meals > 10 * 60 * MINUTE && secondMealOwed(day.station.state, day.date))
    meal(between(rand, 530, 570) * MINUTE);
  if (planted !== 'forgot_out') punches.push({ kind: 'out', at: out });
  return punches.filter((p) => p.at <= now);
}

const secondMealOwed = (state: string, date: string) =>
  ruleSetFor(state as StateCode, date).rules.some((r) => r.type === 'second_meal');

/** Where the phone was: at the station, or a kilometer and more away when planted. */
function phonePlace(rand: () => number, station: Place, away: boolean): Place {
  const jitter = () => (rand() - 0.5) * 0.002;
  const off = away ? 0.012 + rand() * 0.01 : 0;
  return { latitude: station.latitude + jitter() + off, longitude: station.longitude + jitter() - off };
}

/** Whose clock a station's DAs punch on, and where the station is. */
export interface DemoClock {
  orgId: string;
  /** DAs who clock on the payroll provider's clock rather than their phone. */
  onProviderClock: ReadonlySet<string>;
  place: Place & { radiusMeters: number };
  system: string;
}

function rows(rand: () => number, src: DemoClock, day: WorkedDay, drawn: Drawn[], planted: Planted) {
  // Today's punches are the phone's: the provider's export of them comes tomorrow.
  const imported = src.onProviderClock.has(day.driverId) && !day.today && day.employeeNumber !== null;
  // The provider's export of the day comes in at 06:00 the next morning.
  const importedAt = atLocal(day.station.timeZone, day.date, 30 * 60).toISOString();
  const awayAt = planted === 'outside_radius' ? (rand() < 0.5 ? 'in' : 'out') : null;
  return drawn.map((p): PunchesTable => {
    const at = new Date(p.at).toISOString();
    // Meals are taken on the road, where the station's radius says nothing: no place is kept with them.
    const place =
      imported || p.kind === 'meal_start' || p.kind === 'meal_end'
        ? null
        : phonePlace(rand, src.place, p.kind === awayAt);
    return {
      org_id: src.orgId,
      id: newId(),
      station_id: day.station.id,
      driver_id: day.driverId,
      employee_number: imported ? day.employeeNumber : null,
      kind: p.kind,
      at,
      workday: day.date,
      source: imported ? 'import' : 'phone',
      client_id: imported ? null : newId(),
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      outside_radius: place ? outsideRadius(place, src.place) : null,
      import_id: null,
      corrects_id: null,
      reason: null,
      created_by: imported ? src.system : (day.userId ?? src.system),
      created_at: imported ? importedAt : at,
    };
  });
}

/** A workday's punches as stored, with what was planted on it. */
export function drawPunches(rand: () => number, clock: DemoClock, day: WorkedDay, now: Date) {
  const planted = plant(rand, day);
  const drawn = drawDay(rand, day, planted, now.getTime());
  return { planted, punches: rows(rand, clock, day, drawn, planted) };
}

export interface StationPunches {
  station: PunchStation;
  days: { day: WorkedDay; planted: Planted; punches: PunchesTable[] }[];
}

/**
 * Every station's punches, stored in multi-row inserts with each station's place and the employee
 * numbers of the DAs on the provider's clock. Returns the days with what was planted on them.
 */
export async function createDemoPunches(
  db: Db,
  opts: { orgId: string; rand: () => number; stations: PunchStation[]; system: string; now: Date },
): Promise<StationPunches[]> {
  const out: StationPunches[] = [];
  for (const station of opts.stations) {
    const place = stationPlace(station.code);
    await saveStationLocation(db, {
      org_id: opts.orgId,
      station_id: station.id,
      latitude: place.latitude,
      longitude: place.longitude,
      radius_meters: RADIUS_METERS,
      updated_by: opts.system,
      updated_at: opts.now.toISOString(),
    });
    const worked = await loadWorkedDays(db, opts.orgId, station);
    const drivers = [...new Map(worked.map((d) => [d.driverId, d])).values()];
    const onProviderClock = new Set(drivers.filter(() => opts.rand() < 0.15).map((d) => d.driverId));
    const src: DemoClock = { orgId: opts.orgId, onProviderClock, place, system: opts.system };
    const days = worked.map((day) => ({ day, ...drawPunches(opts.rand, src, day, opts.now) }));
    await insertRows(
      db,
      'punches',
      days.flatMap((d) => d.punches),
    );
    await rememberEmployeeNumbers(
      db,
      opts.orgId,
      drivers.flatMap((d) =>
        onProviderClock.has(d.driverId) && d.employeeNumber
          ? [{ employeeNumber: d.employeeNumber, name: d.providerName, driverId: d.driverId }]
          : [],
      ),
    );
    out.push({ station, days });
  }
  return out;
}
