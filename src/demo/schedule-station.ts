import { addDays, timeOfMinutes, weekStartOf } from '../dispatch/domain/calendar.js';
import { localDate } from '../shared/dates.js';
import { weekday } from '../shared/days.js';
import type { DaPlan, PlanInput, StationPlan } from './schedule.js';
import { patternOf, timeOffAndExceptions } from './schedule-availability.js';
import { planDay, trainingShifts } from './schedule-days.js';
import { assignUsualVans } from './schedule-vans.js';

/** Twelve weeks of history, as the people and inspection demos have. */
const PLAN_HISTORY_DAYS = 84;

/** Three to five waves 20 minutes apart, the first between 09:20 and 10:40 (sizing.md). */
function wavesOf(rand: () => number): string[] {
  const first = 9 * 60 + 20 + 20 * Math.floor(rand() * 5);
  return Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => timeOfMinutes(first + 20 * i));
}

/** The whole plan of one station, from twelve weeks back to the end of next week. */
export function planStation(rand: () => number, input: PlanInput): StationPlan {
  const { station } = input;
  const today = localDate(station.time_zone);
  const first = addDays(today, -PLAN_HISTORY_DAYS);
  const last = addDays(weekStartOf(today), 13);
  const das: DaPlan[] = input.drivers
    .filter((d) => d.status === 'active' || d.status === 'onboarding')
    .map((driver) => {
      const login = input.loginDriverIds.has(driver.id);
      const { p, note } = patternOf(rand, login ? weekday(today) : null);
      return {
        driver,
        pattern: p,
        patternNote: note,
        exceptions: [],
        timeOff: [],
        usualVanId: null,
        shifts: new Map(),
      };
    });
  const plan: StationPlan = {
    station,
    today,
    first,
    last,
    waves: wavesOf(rand),
    das,
    vans: input.vans,
    days: [],
  };
  assignUsualVans(rand, das, input.vans);
  timeOffAndExceptions(
    rand,
    das.filter((d) => !input.loginDriverIds.has(d.driver.id)),
    today,
    { from: first, to: last },
  );
  const base = 26 + Math.floor(rand() * 4);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    plan.days.push(planDay(rand, plan, date, base, input.loginDriverIds));
  }
  trainingShifts(rand, plan);
  return plan;
}
