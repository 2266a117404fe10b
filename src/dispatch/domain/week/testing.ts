import {
  addDays,
  type DayDemand,
  type PlannedShift,
  parseWeekInput,
  WEEKDAYS,
  type WeekDa,
  type WeekInput,
  type WeekRules,
} from './input.js';

/**
 * A small scenario builder for the week's tests: `givenWeek({ das: [da('ana')], demand: { routes: 1 } })`
 * is a Sunday-to-Saturday week starting 2026-12-06 with one route a day and one DA who can work
 * every day. Days, DAs and rules take partial overrides.
 */

export const SUNDAY = '2026-12-06';
export const DATES = WEEKDAYS.map((_, i) => addDays(SUNDAY, i));
export const [SUN, MON, TUE, WED, THU, FRI, SAT] = DATES as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export const RULES: WeekRules = {
  maxDaysPerWeek: 5,
  maxWeekMinutes: 2400,
  overtimeAllowed: false,
  maxWeekMinutesWithOvertime: 3000,
  minRestMinutes: 600,
  maxConsecutiveDays: 6,
  maxDayMinutes: 720,
  maxSevenDayMinutes: 3600,
};

export const da = (id: string, over: Partial<WeekDa> = {}): WeekDa => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  unavailable: {},
  wantsDays: 5,
  preferredDays: [],
  lastWeekDays: [],
  consecutiveDaysBeforeWeek: 0,
  lastShiftEndBeforeWeek: null,
  minutesBeforeWeek: {},
  pinned: [],
  ...over,
});

type DayOver = Partial<Omit<DayDemand, 'date'>>;

export interface GivenWeek {
  das: WeekDa[];
  rules?: Partial<WeekRules>;
  /** Every day's demand (default: nothing), then per-date overrides. */
  demand?: DayOver;
  days?: Record<string, DayOver>;
}

export function givenWeek(spec: GivenWeek): WeekInput {
  const days: DayDemand[] = DATES.map((date) => ({
    date,
    firstWave: '10:00',
    routes: 0,
    routeMinutes: 600,
    standbys: 0,
    standbyMinutes: 240,
    ...spec.demand,
    ...spec.days?.[date],
  }));
  return parseWeekInput({ rules: { ...RULES, ...spec.rules }, days, das: spec.das });
}

/** The dates a DA works in a plan, in order. */
export const datesOf = (plan: readonly PlannedShift[], daId: string): string[] =>
  plan
    .filter((s) => s.daId === daId)
    .map((s) => s.date)
    .sort();

/** Days worked per DA id. */
export const daysPerDa = (input: WeekInput, plan: readonly PlannedShift[]): Record<string, number> =>
  Object.fromEntries(input.das.map((d) => [d.id, plan.filter((s) => s.daId === d.id).length]));
