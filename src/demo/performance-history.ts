import { weekStartOf, weeksEndingAt } from '../performance/domain/weeks.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import type { DrivenRoute, WeekPhase } from './performance-events.js';
import { type DaPerformanceProfile, demoPerformanceProfile, streamFor } from './performance-profile.js';
import { type AmazonFigures, amazonFigures } from './performance-scoring.js';
import type { DemoDa, DemoStation, PerformanceSource } from './performance-store.js';
import { type DaWeek, drawDaWeek, phasesOf } from './performance-week.js';

/**
 * Twelve complete weeks of a station's DAs on Amazon's scorecard, told on the routes each DA drove:
 * each DA week drawn from its own seeded stream (seed, Transporter ID, week), so the same demo always
 * makes the same files, whatever order they are made in. Two DAs who left the DSP (their Transporter
 * IDs match nobody now) appear in the first weeks, for the unknown-ID list to show.
 */

export const HISTORY_WEEKS = 12;

export interface DaWeekRecord {
  transporterId: string;
  name: string;
  weekStart: string;
  /** A DA who left: no DA has the Transporter ID, and their routes are not in the demo's history. */
  left: boolean;
  profile: DaPerformanceProfile;
  phase: WeekPhase;
  week: DaWeek;
  amazon: AmazonFigures;
}

export interface StationHistory {
  station: DemoStation;
  /** Sundays, oldest first: the last twelve complete weeks at the station. */
  weeks: string[];
  records: DaWeekRecord[];
}

/** The last `HISTORY_WEEKS` complete Amazon weeks (Sunday to Saturday) before today at the station. */
export function completeWeeks(zone: string, now: Date): string[] {
  return weeksEndingAt(addDays(weekStartOf(localDate(zone, now)), -7), HISTORY_WEEKS);
}

function daRecords(
  seed: number,
  da: DemoDa,
  routes: readonly DrivenRoute[],
  weeks: string[],
): DaWeekRecord[] {
  const profile = demoPerformanceProfile(seed, da.transporterId);
  const weekOf = new Map<string, DrivenRoute[]>();
  for (const r of routes) {
    const w = weekStartOf(r.date);
    weekOf.set(w, [...(weekOf.get(w) ?? []), r]);
  }
  const byWeek = weeks.map((w) => weekOf.get(w) ?? []);
  const phases = phasesOf(
    profile,
    byWeek.map((list) => list.length > 0),
  );
  return weeks.flatMap((weekStart, i) => {
    const driven = byWeek[i] ?? [];
    if (driven.length === 0) return [];
    const phase = phases[i] ?? 'normal';
    const week = drawDaWeek(streamFor(seed, 'da-week', da.transporterId, weekStart), profile, phase, driven);
    return [
      {
        transporterId: da.transporterId,
        name: da.name,
        weekStart,
        left: false,
        profile,
        phase,
        week,
        amazon: amazonFigures(week.metrics),
      },
    ];
  });
}

const LEFT_NAMES = ['Trevor Nguyen', 'Alexis Moreno', 'Dustin Price', 'Paola Castillo'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Weekday routes of a DA who left, for their weeks' figures: they are in no table of the demo. */
function leftRoutes(weekStart: string): DrivenRoute[] {
  return [1, 2, 3, 4, 5].map((d) => {
    const date = addDays(weekStart, d);
    return {
      date,
      start: new Date(`${date}T17:00:00Z`),
      end: new Date(`${addDays(date, 1)}T01:30:00Z`),
      vin: null,
      fleetNumber: null,
      stops: 185,
      delivered: 262,
      returned: d === 3 ? 4 : 1,
    };
  });
}

/** Two DAs who left the station: one after three weeks, one after five. */
function leftRecords(seed: number, station: DemoStation, weeks: string[]): DaWeekRecord[] {
  return [3, 5].flatMap((stayed, i) => {
    const rand = streamFor(seed, 'left', station.code, String(i));
    const transporterId = `A${Array.from({ length: 13 }, () => ALNUM[Math.floor(rand() * ALNUM.length)]).join('')}`;
    const name = LEFT_NAMES[(i + station.code.charCodeAt(3)) % LEFT_NAMES.length] as string;
    const profile: DaPerformanceProfile = { level: 'average', problem: null, coaching: null, onsetWeek: 0 };
    return weeks.slice(0, stayed).map((weekStart) => {
      const week = drawDaWeek(
        streamFor(seed, 'da-week', transporterId, weekStart),
        profile,
        'normal',
        leftRoutes(weekStart),
      );
      return {
        transporterId,
        name,
        weekStart,
        left: true,
        profile,
        phase: 'normal' as const,
        week,
        amazon: amazonFigures(week.metrics),
      };
    });
  });
}

export function stationHistory(
  seed: number,
  source: PerformanceSource,
  station: DemoStation,
  now: Date,
): StationHistory {
  const weeks = completeWeeks(station.timeZone, now);
  const records = source.das
    .filter((da) => da.stationId === station.id)
    .flatMap((da) => daRecords(seed, da, source.routes.get(da.id) ?? [], weeks));
  return { station, weeks, records: [...records, ...leftRecords(seed, station, weeks)] };
}
