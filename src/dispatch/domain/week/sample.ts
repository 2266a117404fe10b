import { addDays, type DayDemand, WEEKDAYS, type WeekDa, type Weekday, type WeekInput } from './input.js';

/**
 * A believable station week, seeded and deterministic, for the benchmark and the tests: full-time
 * (5 days) and part-time (3–4 days) DAs with recurring days off, approved time off, an expiring
 * license, preferred days and last week's days; ~50–60 routes a day (Sunday lighter) plus standbys,
 * first waves between 09:20 and 10:40 (docs/sizing). A few DAs ended last week with a rescue past
 * midnight, so the 10 h rest rule keeps them off Sunday.
 */

/** Mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAY_NAMES = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];
const FIRST = [
  'Ana',
  'Luis',
  'Maria',
  'James',
  'Keisha',
  'Tom',
  'Priya',
  'Jorge',
  'Emily',
  'Omar',
  'Grace',
  'Dev',
];
const LAST = ['Lopez', 'Smith', 'Nguyen', 'Garcia', 'Brown', 'Patel', 'Johnson', 'Kim', 'Davis', 'Rivera'];

export interface SampleOptions {
  das: number;
  seed: number;
  /** Routes a weekday; Sunday gets about three quarters. Default scales with the DAs (55 for 120). */
  routesPerDay?: number;
  /** First day of the week (a Sunday). */
  weekStart?: string;
}

export function sampleWeek(options: SampleOptions): WeekInput {
  const rnd = random(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const weekStart = options.weekStart ?? '2026-12-06';
  const dates = WEEKDAYS.map((_, i) => addDays(weekStart, i));
  const routesPerDay = options.routesPerDay ?? Math.round((options.das * 55) / 120);

  const days: DayDemand[] = dates.map((date, i) => {
    const routes = i === 0 ? Math.round(routesPerDay * 0.75) : routesPerDay + int(-5, 5);
    return {
      date,
      firstWave: pick(['09:20', '09:40', '10:00', '10:20', '10:40']),
      routes: Math.max(0, routes),
      routeMinutes: pick([480, 510, 540, 570, 600]),
      standbys: Math.max(1, Math.round(routes / 11) + int(-1, 1)),
      standbyMinutes: 240,
    };
  });

  const das: WeekDa[] = [];
  for (let n = 0; n < options.das; n++) {
    const fullTime = rnd() < 0.7;
    const wantsDays = fullTime ? 5 : int(3, 4);
    const unavailable: Record<string, string> = {};
    // Recurring days off: most full-timers none or one, part-timers two or three.
    const daysOff = fullTime ? (rnd() < 0.6 ? 0 : 1) : int(2, 3);
    for (let k = 0; k < daysOff; k++) {
      const wd = int(0, 6);
      unavailable[dates[wd] as string] = `not available on ${WEEKDAY_NAMES[wd]}`;
    }
    if (rnd() < 0.1) unavailable[dates[int(1, 6)] as string] = 'approved time off';
    if (rnd() < 0.02) {
      const from = int(2, 6);
      for (let d = from; d < 7; d++) unavailable[dates[d] as string] = `license expires ${dates[from]}`;
    }
    const preferredDays: Weekday[] =
      rnd() < 0.4 ? WEEKDAYS.filter(() => rnd() < 0.7).slice(0, wantsDays + 1) : [];
    // Last week: about the days they asked for, never more than five.
    const worked = Math.min(5, wantsDays - int(0, 1));
    const order = WEEKDAYS.map((_, d) => ({ d, r: rnd() })).sort((a, b) => a.r - b.r);
    const lastWeek = WEEKDAYS.map((_, d) => order.findIndex((o) => o.d === d) < worked);
    let run = 0;
    for (let d = 6; d >= 0 && lastWeek[d]; d--) run++;
    const lateSaturday = lastWeek[6] && rnd() < 0.05;
    das.push({
      id: `da-${String(n + 1).padStart(3, '0')}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      unavailable,
      wantsDays,
      preferredDays,
      lastWeekDays: WEEKDAYS.filter((_, d) => lastWeek[d]),
      consecutiveDaysBeforeWeek: run,
      lastShiftEndBeforeWeek: lastWeek[6]
        ? lateSaturday
          ? `${weekStart}T00:30`
          : `${addDays(weekStart, -1)}T19:40`
        : null,
      // Last week's Monday to Saturday, a full route each, for the rolling 7-day cap.
      minutesBeforeWeek: Object.fromEntries(
        WEEKDAYS.flatMap((_, d) => (d > 0 && lastWeek[d] ? [[addDays(weekStart, d - 7), 600]] : [])),
      ),
      pinned: [],
    });
  }
  return {
    rules: {
      maxDaysPerWeek: 5,
      maxWeekMinutes: 2400,
      overtimeAllowed: true,
      maxWeekMinutesWithOvertime: 3000,
      minRestMinutes: 600,
      maxConsecutiveDays: 6,
      maxDayMinutes: 720,
      maxSevenDayMinutes: 3600,
    },
    days,
    das,
  };
}
