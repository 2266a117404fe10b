import { hoursText, minutesOfDay } from './calendar.js';

/**
 * The org's hard caps on one DA's day (docs/dispatch.md): the longest day, the most hours in any
 * rolling 7 days, and the rest owed since yesterday's route. Safety and law, not cost: the roster
 * builder, Find a DA and a drop on the board all refuse what breaks them, in these words.
 */
export interface DayCaps {
  maxDayMinutes: number;
  maxSevenDayMinutes: number;
  minRestMinutes: number;
}

/** What a DA worked lately, as the caps read it. */
export interface RecentWork {
  /** Minutes worked (actual, else planned) on the 6 days before this one. */
  pastSixDaysMinutes: number;
  /** When yesterday's route ended, in minutes after yesterday's local midnight (over 1,440 past midnight); null: none. */
  yesterdayEndMinute: number | null;
}

export interface CapRoute {
  /** Local `HH:MM`: the route's day starts at its wave. */
  waveTime: string;
  plannedMinutes: number;
}

/** Minutes between the end of yesterday's route and this route's wave; null when none yesterday. */
export const restBefore = (route: CapRoute, recent: RecentWork): number | null =>
  recent.yesterdayEndMinute === null ? null : 1440 + minutesOfDay(route.waveTime) - recent.yesterdayEndMinute;

/**
 * Every hard cap the route would break for a DA, each said of them without their name ("would have
 * 9 h 20 min of rest since yesterday's route, under the 10 h minimum"); empty when none.
 */
export function capBreaches(route: CapRoute, recent: RecentWork, caps: DayCaps): string[] {
  const out: string[] = [];
  if (route.plannedMinutes > caps.maxDayMinutes)
    out.push(
      `would work ${hoursText(route.plannedMinutes)} today, past the ${hoursText(caps.maxDayMinutes)} day cap`,
    );
  const seven = recent.pastSixDaysMinutes + route.plannedMinutes;
  if (seven > caps.maxSevenDayMinutes)
    out.push(`would reach ${hoursText(seven)} in 7 days, past the ${hoursText(caps.maxSevenDayMinutes)} cap`);
  const rest = restBefore(route, recent);
  if (rest !== null && rest < caps.minRestMinutes)
    out.push(
      `would have ${hoursText(Math.max(0, rest))} of rest since yesterday's route, under the ${hoursText(caps.minRestMinutes)} minimum`,
    );
  return out;
}

/** A stretch of work on a past day: a route (actual times once closed, else planned) or a scheduled shift. */
export interface WorkedStretch {
  date: string;
  kind: 'route' | 'shift';
  /** Local `HH:MM` it started. */
  startTime: string;
  minutes: number;
}

/**
 * A DA's recent work as the caps read it, from the 6 days before `date`: a day's routes when it had
 * any (they are what was worked), else its scheduled shifts (what is planned).
 */
export function recentWork(date: string, yesterday: string, stretches: readonly WorkedStretch[]): RecentWork {
  const byDay = new Map<string, WorkedStretch[]>();
  for (const s of stretches) {
    if (s.date >= date) continue;
    byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  }
  const worked = (day: readonly WorkedStretch[]) =>
    day.some((s) => s.kind === 'route') ? day.filter((s) => s.kind === 'route') : day;
  let pastSixDaysMinutes = 0;
  for (const day of byDay.values()) pastSixDaysMinutes += worked(day).reduce((m, s) => m + s.minutes, 0);
  const last = worked(byDay.get(yesterday) ?? []).map((s) => minutesOfDay(s.startTime) + s.minutes);
  return { pastSixDaysMinutes, yesterdayEndMinute: last.length > 0 ? Math.max(...last) : null };
}

/** `HH:MM` of minutes after yesterday's midnight, not wrapped ("25:10" is 01:10 today), as the roster instance reads it. */
export const yesterdayClock = (minute: number): string => {
  const m = Math.min(Math.max(0, minute), 48 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
