import { badRequest } from '../app/problems.js';
import { recordAudits } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { touchDay } from './day-store.js';
import { addDays, minutesOfDay, timeOfMinutes, weekday } from './domain/calendar.js';
import { explainWeek } from './domain/week/explain.js';
import {
  type PinnedShift,
  parseWeekInput,
  WEEKDAYS,
  type WeekDa,
  type WeekInput,
} from './domain/week/input.js';
import { WeekInputError } from './domain/week/rules.js';
import { scheduleWeek } from './domain/week/schedule.js';
import { deleteShifts, findShift, insertShifts, type Shift } from './schedule-store.js';
import { demandOf, knownRoutesPerDay } from './week.js';
import { loadWeekContext, type WeekDriver } from './week-context.js';

/** Shifts the auto-scheduler may replace: its own from an earlier run that no DA has seen yet. */
const replaceable = (s: Shift) => s.source === 'auto' && s.publishedAt === null && s.status === 'scheduled';

/** The local date-time a shift ends (it may run past midnight), as the scheduler reads it. */
function shiftEnd(s: Shift): string {
  const end = minutesOfDay(s.startTime) + s.minutes;
  return `${addDays(s.date, Math.floor(end / 1440))}T${timeOfMinutes(end)}`;
}

/** The days a DA worked in a row up to and including the Saturday before the week. */
function streakBefore(weekStart: string, worked: Set<string>): number {
  let n = 0;
  for (let d = addDays(weekStart, -1); worked.has(d); d = addDays(d, -1)) n++;
  return n;
}

/** One DA as the scheduler sees them: the days they cannot work and why, their fixed shifts, last week. */
function weekDa(d: WeekDriver, weekStart: string): WeekDa {
  const before = d.around.filter((s) => s.date < weekStart);
  const pinned: PinnedShift[] = d.days.flatMap(({ shift }) =>
    shift && shift.status === 'scheduled' && !replaceable(shift)
      ? [{ date: shift.date, kind: shift.kind, start: shift.startTime, minutes: shift.minutes }]
      : [],
  );
  const pinnedDates = new Set(pinned.map((p) => p.date));
  const unavailable: Record<string, string> = {};
  for (const day of d.days) {
    if (pinnedDates.has(day.date)) continue;
    if (day.shift && day.shift.status !== 'scheduled') unavailable[day.date] = 'called out';
    else if (!day.availability.available) unavailable[day.date] = day.availability.reason ?? 'not available';
    else if (!day.clearance.cleared)
      unavailable[day.date] = `not cleared to drive (${day.clearance.reasons.join(' ')})`;
  }
  const lastWeek = before.filter((s) => s.date >= addDays(weekStart, -7));
  const minutesBeforeWeek: Record<string, number> = {};
  for (const s of before.filter((x) => x.date >= addDays(weekStart, -6)))
    minutesBeforeWeek[s.date] = (minutesBeforeWeek[s.date] ?? 0) + s.minutes;
  const lastShift = before.at(-1);
  return {
    id: d.driver.id,
    name: `${d.driver.firstName} ${d.driver.lastName}`,
    unavailable,
    wantsDays: d.pattern.wantsDays,
    preferredDays: WEEKDAYS.filter((_, i) => d.pattern.preferredWeekdays[i]),
    lastWeekDays: [...new Set(lastWeek.map((s) => WEEKDAYS[weekday(s.date)] as (typeof WEEKDAYS)[number]))],
    consecutiveDaysBeforeWeek: streakBefore(weekStart, new Set(before.map((s) => s.date))),
    lastShiftEndBeforeWeek: lastShift ? shiftEnd(lastShift) : null,
    minutesBeforeWeek,
    pinned,
  };
}

/**
 * Auto-schedules a station's week with HiGHS: the manager's shifts and anything already published
 * stay as they are; the auto-scheduler's own unpublished shifts from an earlier run are replaced. The
 * new shifts wait for the manager to publish the week. Answers what it did and why any day is short
 * or any DA got fewer days than asked.
 */
export async function autoSchedule(db: Db, actor: Actor, stationId: string, weekStart: string) {
  const ctx = await loadWeekContext(db, actor, stationId, weekStart);
  const [demand, known] = await Promise.all([
    demandOf(db, actor.orgId, stationId, weekStart),
    knownRoutesPerDay(db, actor.orgId, stationId, weekStart),
  ]);
  const input: WeekInput = parseWeekInput({
    rules: ctx.rules,
    days: ctx.dates.map((date, i) => ({
      date,
      firstWave: demand.startTime,
      routes: known.get(date)?.routes || (demand.days[i]?.routes ?? 0),
      // Shifts as long as the day's routes where they are known, so the week's hours are real.
      routeMinutes: known.get(date)?.routeMinutes ?? demand.routeMinutes,
      standbys: demand.days[i]?.standbys ?? 0,
      standbyMinutes: demand.standbyMinutes,
    })),
    das: ctx.drivers.map((d) => weekDa(d, weekStart)),
  });
  let plan: Awaited<ReturnType<typeof scheduleWeek>>;
  try {
    plan = await scheduleWeek(input);
  } catch (e) {
    if (e instanceof WeekInputError) {
      throw badRequest(
        'The shifts already on the schedule break the week’s rules; fix them first.',
        e.problems.map((message) => ({ path: 'shifts', message })),
      );
    }
    throw e;
  }
  const stale = ctx.drivers.flatMap((d) =>
    d.days.flatMap((x) => (x.shift && replaceable(x.shift) ? [x.shift] : [])),
  );
  const fresh = plan.shifts.filter((s) => !s.pinned);
  await db.transaction().execute(async (trx) => {
    const before = await Promise.all(stale.map((s) => findShift(trx, actor.orgId, s.id)));
    await deleteShifts(
      trx,
      actor.orgId,
      stale.map((s) => s.id),
    );
    const rows = await insertShifts(
      trx,
      actor.orgId,
      fresh.map((s) => ({
        station_id: stationId,
        driver_id: s.daId,
        business_date: s.date,
        kind: s.kind,
        start_time: s.start,
        minutes: s.minutes,
        status: 'scheduled' as const,
        source: 'auto',
        note: null,
        published_at: null,
        confirmed_at: null,
        checked_in_at: null,
        attendance_event_id: null,
      })),
    );
    await recordAudits(trx, actor, [
      ...before.flatMap((b) => (b ? [{ entity: 'shift', entityId: b.id, before: b, after: null }] : [])),
      ...rows.map((r) => ({ entity: 'shift', entityId: r.id, before: null, after: r })),
    ]);
    for (const date of ctx.dates) await touchDay(trx, actor.orgId, stationId, date);
  });
  const why = explainWeek(input, plan.shifts);
  return {
    shiftsCreated: fresh.length,
    shiftsRemoved: stale.length,
    gap: plan.gap,
    dayGaps: why.days.map((d) => ({ date: d.date, message: d.text })),
    // One sentence per cause with the DAs it applies to, not one copy per DA.
    daGaps: [
      ...why.causes.map((c) => ({
        message: c.text,
        das: c.das.map((d) => ({ driverId: d.daId, name: d.name })),
      })),
      ...(why.fairness ? [{ message: why.fairness, das: [] }] : []),
    ],
  };
}
