import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/domain/permissions.js';
import type { RoutesTable, ShiftsTable } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { addDays, minutesOfDay, weekStartOf } from '../dispatch/domain/calendar.js';
import { mySchedule } from '../dispatch/my-schedule.js';
import { diskStorage } from '../files/storage.js';
import { clearedToDrive } from '../people/domain/cleared.js';
import { groupBy } from '../people/domain/group.js';
import { toDriver } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { createDemoDsp } from './generate.js';

// Issue 4, item 11: twelve weeks of schedules, routes, rosters, callouts, rescues and day closes,
// consistent with attendance and fleet history; this week and next scheduled; today's morning.
describe('demo dispatch', () => {
  let db: TestDatabase;
  let dir = '';
  let orgId = '';
  let shifts: ShiftsTable[] = [];
  let routes: RoutesTable[] = [];
  const key = (...parts: (string | null)[]) => parts.join('|');

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    orgId = (await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) })).orgId;
    shifts = await db.db.selectFrom('shifts').selectAll().where('org_id', '=', orgId).execute();
    routes = await db.db.selectFrom('routes').selectAll().where('org_id', '=', orgId).execute();
  }, 180_000); // the whole demo DSP, its payroll included: slow on a loaded machine
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const stations = () =>
    db.db.selectFrom('stations').selectAll().where('org_id', '=', orgId).orderBy('code').execute();

  it('puts every callout and no-show on the shift it missed, and that DA on no route that day', async () => {
    const events = await db.db
      .selectFrom('attendance_events')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('kind', 'in', ['callout', 'ncns'])
      .execute();
    expect(events.length).toBeGreaterThan(50);
    const shiftOf = new Map(shifts.map((s) => [key(s.driver_id, s.business_date), s]));
    const onRoute = new Set(routes.map((r) => key(r.driver_id, r.business_date)));
    for (const e of events) {
      const shift = shiftOf.get(key(e.driver_id, e.business_date));
      expect(shift?.status).toBe(e.kind === 'callout' ? 'called_out' : 'no_show');
      expect(shift?.attendance_event_id).toBe(e.id);
      expect(onRoute.has(key(e.driver_id, e.business_date))).toBe(false);
    }
    const marked = shifts.filter((s) => s.status !== 'scheduled');
    expect(marked.every((s) => events.some((e) => e.id === s.attendance_event_id))).toBe(true);
    // Sizing: callouts on 3–8% of the driving shifts that have happened.
    const past = shifts.filter(
      (s) => (s.kind === 'route' || s.kind === 'standby') && s.source === 'auto' && s.checked_in_at !== null,
    ).length;
    const rate = events.length / (past + events.length);
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.08);
  });

  it('gives every route a DA who was scheduled to drive that day, one route a day, within five days a week', () => {
    const driving = new Map(
      shifts
        .filter((s) => s.status === 'scheduled' && (s.kind === 'route' || s.kind === 'standby'))
        .map((s) => [key(s.driver_id, s.business_date), s]),
    );
    const assigned = routes.filter((r) => r.driver_id);
    for (const r of assigned) expect(driving.has(key(r.driver_id, r.business_date))).toBe(true);
    for (const group of groupBy(assigned, (r) => key(r.driver_id, r.business_date)).values()) {
      expect(group).toHaveLength(1);
    }
    const weeks = groupBy(
      shifts.filter((s) => s.kind === 'route' || s.kind === 'standby'),
      (s) => key(s.driver_id, weekStartOf(s.business_date)),
    );
    for (const week of weeks.values()) {
      expect(week.length).toBeLessThanOrEqual(5);
      expect(week.reduce((m, s) => m + s.minutes, 0)).toBeLessThanOrEqual(40 * 60);
    }
  });

  // Issue 14, item 4: shifts are planned at the length of the routes they run, so the week's hours on
  // the schedule are what the DAs work (the demo planned 8 h for 8.5–9.8 h routes).
  it('plans each route shift as long as its route, and keeps every DA’s week within 40 h', () => {
    const shiftOf = new Map(shifts.map((s) => [key(s.driver_id, s.business_date), s]));
    const driven = routes.filter(
      (r) => r.driver_id && shiftOf.get(key(r.driver_id, r.business_date))?.kind === 'route',
    );
    expect(driven.length).toBeGreaterThan(500);
    const same = driven.filter(
      (r) => shiftOf.get(key(r.driver_id, r.business_date))?.minutes === r.planned_minutes,
    );
    expect(same.length / driven.length).toBeGreaterThan(0.9);
    const weeks = groupBy(
      shifts.filter((s) => s.status === 'scheduled' && s.kind !== 'training'),
      (s) => key(s.driver_id, weekStartOf(s.business_date)),
    );
    for (const [, week] of weeks) expect(week.reduce((m, s) => m + s.minutes, 0)).toBeLessThanOrEqual(2400);
  });

  it('gives each route a van of its type and a DA cleared and qualified to drive it that day', async () => {
    const drivers = new Map(
      (await db.db.selectFrom('drivers').selectAll().where('org_id', '=', orgId).execute()).map((d) => [
        d.id,
        toDriver(d),
      ]),
    );
    const vans = new Map(
      (await db.db.selectFrom('vans').select(['id', 'van_type']).where('org_id', '=', orgId).execute()).map(
        (v) => [v.id, v.van_type],
      ),
    );
    const assigned = routes.filter((r) => r.driver_id);
    for (const r of assigned) {
      expect(vans.get(r.van_id ?? ''), `${r.code} on ${r.business_date}`).toBe(r.van_type);
      const da = drivers.get(r.driver_id as string);
      expect(da && clearedToDrive(da, r.business_date).vanTypes).toContain(r.van_type);
    }
    const usual = assigned.filter((r) => r.assignment_why.includes('usual van')).length;
    expect(usual / assigned.length).toBeGreaterThan(0.5);
  });

  it('keeps 10 h of rest between shifts and no more than six days in a row', () => {
    for (const own of groupBy(shifts, (s) => s.driver_id).values()) {
      const byDate = new Map(own.map((s) => [s.business_date, s]));
      for (const s of own) {
        const next = byDate.get(addDays(s.business_date, 1));
        if (next) {
          const rest = 1440 + minutesOfDay(next.start_time) - minutesOfDay(s.start_time) - s.minutes;
          expect(rest).toBeGreaterThanOrEqual(600);
        }
        let run = 1;
        while (byDate.has(addDays(s.business_date, run))) run++;
        expect(run).toBeLessThanOrEqual(6);
      }
    }
  });

  it('puts no van on two routes a day, and none that was grounded, in the shop or not yet in the fleet', async () => {
    const withVan = routes.filter((r) => r.van_id);
    for (const group of groupBy(withVan, (r) => key(r.van_id, r.business_date)).values()) {
      expect(group).toHaveLength(1);
    }
    const history = groupBy(
      await db.db
        .selectFrom('van_status_changes')
        .selectAll()
        .where('org_id', '=', orgId)
        .orderBy('at')
        .execute(),
      (h) => h.van_id,
    );
    const now = new Date().toISOString();
    for (const r of withVan) {
      const when = r.actual_start ?? now;
      const before = (history.get(r.van_id as string) ?? []).filter((h) => h.at <= when);
      expect(before.at(-1)?.status, `${r.code} on ${r.business_date}`).toBe('active');
    }
    // Past groundings were fixed and the van came back: the history shows both.
    const grounded = [...history.values()]
      .flat()
      .filter((h) => h.status === 'grounded' && h.source === 'inspection');
    expect(grounded.length).toBeGreaterThan(0);
  });

  it('inspects a van only on a route, by that route’s DA (a failed pre-trip swapped for a spare)', async () => {
    const preTrips = await db.db
      .selectFrom('inspections')
      .select(['van_id', 'driver_id', 'business_date', 'grounded'])
      .where('org_id', '=', orgId)
      .where('kind', '=', 'pre_trip')
      .execute();
    const driven = new Set(routes.map((r) => key(r.van_id, r.driver_id, r.business_date)));
    const drivers = new Map(routes.map((r) => [key(r.driver_id, r.business_date), r]));
    for (const i of preTrips) {
      if (i.grounded) {
        const route = drivers.get(key(i.driver_id, i.business_date));
        expect(route?.van_id).not.toBe(i.van_id);
        expect(route?.assignment_why).toContain('failed its pre-trip');
      } else expect(driven.has(key(i.van_id, i.driver_id, i.business_date))).toBe(true);
    }
    expect(preTrips.some((i) => i.grounded)).toBe(true);
  });

  it('closes every past route that ran, rescues about one in twenty, and leaves very few uncovered', async () => {
    const todayAt = new Map((await stations()).map((s) => [s.id, localDate(s.time_zone)]));
    const past = routes.filter((r) => r.business_date < (todayAt.get(r.station_id) ?? ''));
    const closed = past.filter((r) => r.actual_end);
    for (const r of closed) {
      expect((r.actual_end as string) > (r.actual_start as string)).toBe(true);
      expect((r.packages_delivered ?? 0) + (r.packages_returned ?? 0)).toBeLessThanOrEqual(r.packages ?? 0);
      expect(r.stops_completed ?? 0).toBeLessThanOrEqual(r.stops ?? 0);
    }
    // A route Amazon cancelled after we staffed it never ran (the money demo's late cancels).
    const cancelled = new Set(
      (
        await db.db.selectFrom('route_late_cancels').select('route_id').where('org_id', '=', orgId).execute()
      ).map((c) => c.route_id),
    );
    expect(closed.length).toBe(past.filter((r) => r.driver_id && !cancelled.has(r.id)).length);
    // Shifts as long as their routes (8.5–10 h) leave fewer DAs room to be called in within 40 h, so a
    // few more callouts go uncovered than with 8 h shifts (1.1–1.2% of past routes, most of them step vans).
    expect(past.filter((r) => !r.driver_id).length / past.length).toBeLessThan(0.015);
    const rescues = await db.db.selectFrom('rescues').selectAll().where('org_id', '=', orgId).execute();
    expect(rescues.length / closed.length).toBeGreaterThan(0.02);
    expect(rescues.length / closed.length).toBeLessThan(0.08);
    const routeOf = new Map(routes.map((r) => [r.id, r]));
    const working = new Set(
      shifts.filter((s) => s.checked_in_at).map((s) => key(s.driver_id, s.business_date)),
    );
    for (const x of rescues) {
      expect(x.rescuer_driver_id).not.toBe(routeOf.get(x.route_id)?.driver_id);
      expect(working.has(key(x.rescuer_driver_id, x.business_date))).toBe(true);
    }
  });

  it('publishes past weeks and this one, leaves next week a draft, and keeps availability and time off', async () => {
    const [first] = await stations();
    const thisWeek = weekStartOf(localDate(first?.time_zone ?? 'UTC'));
    const plans = await db.db
      .selectFrom('week_plans')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('station_id', '=', first?.id ?? '')
      .execute();
    expect(plans.length).toBeGreaterThanOrEqual(14);
    for (const p of plans) expect(p.published_at === null).toBe(p.week_start > thisWeek);
    const nextWeek = shifts.filter((s) => s.business_date >= addDays(thisWeek, 7));
    expect(nextWeek.length).toBeGreaterThan(100);
    expect(nextWeek.every((s) => s.published_at === null)).toBe(true);
    const timeOff = await db.db
      .selectFrom('time_off_requests')
      .selectAll()
      .where('org_id', '=', orgId)
      .execute();
    expect(new Set(timeOff.map((t) => t.status))).toEqual(new Set(['approved', 'pending', 'denied']));
    for (const t of timeOff.filter((x) => x.status === 'approved')) {
      const off = shifts.filter(
        (s) =>
          s.driver_id === t.driver_id && s.business_date >= t.first_date && s.business_date <= t.last_date,
      );
      expect(off).toEqual([]);
    }
    const patterns = await db.db
      .selectFrom('driver_availability')
      .selectAll()
      .where('org_id', '=', orgId)
      .execute();
    expect(patterns.some((p) => p.wants_days < 5)).toBe(true);
  });

  it('has today’s roster out at the first station and not yet built at the second, after a callout', async () => {
    const [first, second] = await stations();
    const day = async (stationId: string, date: string) =>
      db.db
        .selectFrom('dispatch_days')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('station_id', '=', stationId)
        .where('business_date', '=', date)
        .executeTakeFirst();
    const today1 = localDate(first?.time_zone ?? 'UTC');
    expect((await day(first?.id ?? '', today1))?.roster_published_at).not.toBeNull();
    const morning = routes.filter((r) => r.station_id === first?.id && r.business_date === today1);
    expect(morning.length).toBeGreaterThan(10);
    expect(morning.every((r) => r.driver_id && r.van_id && !r.actual_start)).toBe(true);
    const checkedIn = shifts.filter(
      (s) => s.station_id === first?.id && s.business_date === today1 && s.checked_in_at,
    );
    expect(checkedIn.length).toBeGreaterThanOrEqual(2);

    const today2 = localDate(second?.time_zone ?? 'UTC');
    expect((await day(second?.id ?? '', today2))?.roster_published_at ?? null).toBeNull();
    const open = routes.filter((r) => r.station_id === second?.id && r.business_date === today2);
    expect(open.length).toBeGreaterThan(10);
    expect(open.every((r) => r.driver_id === null)).toBe(true);
    const calledOut = shifts.filter(
      (s) => s.station_id === second?.id && s.business_date === today2 && s.status === 'called_out',
    );
    expect(calledOut).toHaveLength(1);
  });

  it('shows each demo driver a published shift today, the route at the first station, and messages', async () => {
    const [first] = await stations();
    const logins = await db.db
      .selectFrom('drivers')
      .select(['id', 'user_id', 'home_station_id'])
      .where('org_id', '=', orgId)
      .where('user_id', 'is not', null)
      .execute();
    expect(logins).toHaveLength(6);
    for (const da of logins) {
      const actor: Actor = {
        orgId,
        userId: da.user_id,
        role: 'driver',
        stationIds: [da.home_station_id],
        label: 'driver',
      };
      const mine = await mySchedule(db.db, actor);
      expect(mine.todayShift?.status).toBe('scheduled');
      expect(mine.todayShift?.publishedAt).not.toBeNull();
      const messages = await db.db
        .selectFrom('messages')
        .select(['topic', 'body'])
        .where('org_id', '=', orgId)
        .where('driver_id', '=', da.id)
        .execute();
      expect(messages.some((m) => m.topic === 'week_published')).toBe(true);
      if (da.home_station_id === first?.id) {
        expect(mine.todayRoute?.van).not.toBeNull();
        const day = `${mine.today.slice(5, 7)}/${mine.today.slice(8, 10)}`;
        const told = messages.filter(
          (m) =>
            m.topic === 'route_assigned' &&
            m.body.includes(day) &&
            m.body.includes(mine.todayRoute?.code ?? '?'),
        );
        expect(told.length).toBeGreaterThan(0);
      } else expect(mine.todayRoute).toBeNull();
    }
  });
});
