import { sayWording } from '../app/i18n.js';
import { notFound } from '../app/problems.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { ownDriver } from '../people/own-driver.js';
import { instantAt, localDate, localTime } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { findStation } from '../tenancy/store.js';
import { DA_QUESTION } from './domain/exceptions.js';
import { myWeek } from './domain/my-week.js';
import { workweekStart } from './domain/workday.js';
import { driverWorkweek, findOrgPolicy } from './driver-week.js';
import { listDriverExceptions } from './me-store.js';
import { questionView } from './questions.js';
import { listPremiums } from './store.js';

/**
 * The DA's own workweek (this one by default) at their station, as the calculator pays it: days,
 * meals and rests, hours by pay code, premiums and why, pay at their rate, punches taken outside the
 * station's radius, and the questions they asked with the manager's answers.
 */
export async function myPayrollWeek(db: Db, actor: Actor, week?: string) {
  const da = await ownDriver(db, actor);
  const station = await findStation(db, actor.orgId, da.home_station_id);
  if (!station) throw notFound('Station');
  const zone = station.time_zone;
  const { caps, workweekStartsOn } = await findOrgPolicy(db, actor.orgId);
  const weekStart = workweekStart(week ?? localDate(zone), workweekStartsOn);
  const weekEnd = addDays(weekStart, 6);
  const { rows, problems, days, rules, result } = await driverWorkweek(db, station, caps, da.id, weekStart);
  const exceptions = await listDriverExceptions(db, actor.orgId, da.id, weekStart, weekEnd);
  const ledger = await listPremiums(db, actor.orgId, da.id);
  const midnights = new Map<string, number>();
  const clock = (date: string, minute: number) => {
    const midnight = midnights.get(date) ?? Date.parse(instantAt(date, '00:00', zone));
    midnights.set(date, midnight);
    return localTime(new Date(midnight + minute * 60_000).toISOString(), zone);
  };
  const shaped = myWeek({
    weekStart,
    days,
    problems,
    result,
    rules,
    hourlyCents: da.hourly_rate_cents,
    exceptions: exceptions.map((e) => ({
      date: e.workday,
      kind: e.kind,
      status: e.status,
      resolution: e.resolution,
      reason: e.resolution_reason,
    })),
    ledger: ledger.map((l) => ({ workday: l.workday, kind: l.kind, paidAt: l.paid_at })),
    clock,
    words: (english, said) =>
      said && da.language !== 'en' ? sayWording(da.language, said, english) : english,
  });
  return {
    weekStart,
    weekEnd,
    station: { code: station.code, name: station.name, state: station.state, timeZone: zone },
    rules: rules.name,
    hourlyRateCents: da.hourly_rate_cents,
    ...shaped,
    outsideRadius: rows
      .filter((p) => p.outside_radius === 1 && p.workday >= weekStart)
      .map((p) => ({ workday: p.workday, kind: p.kind, time: localTime(p.at, zone) })),
    questions: exceptions.filter((e) => e.kind === DA_QUESTION).map(questionView),
  };
}
