import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PayrollExceptionsTable, PunchesTable, RoutesTable, StationsTable } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { diskStorage } from '../files/storage.js';
import { countingPunches } from '../payroll/domain/punches.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { createDemoDsp } from './generate.js';

// Issue 15, item 12: twelve weeks of punches consistent with each DA's routes at both stations, most
// clean, some planted problems; exceptions built for every workday, settled but for last week's.
describe('demo payroll', () => {
  let db: TestDatabase;
  let dir = '';
  let stations: StationsTable[] = [];
  let punches: PunchesTable[] = [];
  let routes: RoutesTable[] = [];
  let exceptions: PayrollExceptionsTable[] = [];
  const key = (driverId: string | null, date: string) => `${driverId} ${date}`;
  const code = (stationId: string) => stations.find((s) => s.id === stationId)?.code;
  const todayAt = (stationId: string) =>
    localDate(stations.find((s) => s.id === stationId)?.time_zone ?? 'UTC');

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    const { orgId } = await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) });
    stations = await db.db.selectFrom('stations').selectAll().where('org_id', '=', orgId).execute();
    punches = await db.db
      .selectFrom('punches')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('at')
      .execute();
    routes = await db.db.selectFrom('routes').selectAll().where('org_id', '=', orgId).execute();
    exceptions = await db.db
      .selectFrom('payroll_exceptions')
      .selectAll()
      .where('org_id', '=', orgId)
      .execute();
  }, 600_000);
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const counting = () => {
    const byDay = new Map<string, PunchesTable[]>();
    for (const p of countingPunches(punches)) {
      const list = byDay.get(key(p.driver_id, p.workday)) ?? [];
      list.push(p);
      byDay.set(key(p.driver_id, p.workday), list);
    }
    return byDay;
  };
  const exceptionOn = (driverId: string | null, date: string, kind: string) =>
    exceptions.find((e) => e.driver_id === driverId && e.workday === date && e.kind === kind);

  it('punches every DA-day with a closed route, in after the check-in and out after the close', () => {
    const byDay = counting();
    const closed = routes.filter((r) => r.driver_id && r.actual_end);
    expect(closed.length).toBeGreaterThan(2000);
    let gaps = 0;
    for (const r of closed) {
      const day = byDay.get(key(r.driver_id, r.business_date));
      if (!day) {
        // The planted gaps: a DA on a route who never punched is last week's open exception.
        gaps += 1;
        expect(exceptionOn(r.driver_id, r.business_date, 'route_without_punches')?.status).toBe('open');
        continue;
      }
      const out = day.filter((p) => p.kind === 'out').at(-1);
      if (!out) expect(exceptionOn(r.driver_id, r.business_date, 'missing_punch')?.status).toBe('open');
      else if (out.at < (r.actual_end as string))
        expect(exceptionOn(r.driver_id, r.business_date, 'out_before_route_closed')?.status).toBe('open');
      const punchIn = day.find((p) => p.kind === 'in') as PunchesTable;
      expect(Date.parse(punchIn.at)).toBeLessThan(Date.parse(r.actual_start as string) + 3_600_000);
    }
    expect(gaps).toBeLessThan(closed.length * 0.01);
  });

  it('takes most punches on the phone at the station, some from the provider, a few outside the radius', () => {
    const phone = punches.filter((p) => p.source === 'phone');
    const imported = punches.filter((p) => p.source === 'import');
    expect(phone.length).toBeGreaterThan(imported.length * 3);
    expect(imported.length).toBeGreaterThan(100);
    expect(imported.every((p) => p.employee_number && p.driver_id)).toBe(true);
    const away = phone.filter((p) => p.outside_radius === 1);
    expect(away.length).toBeGreaterThan(5);
    expect(away.length).toBeLessThan(phone.length * 0.02);
  });

  it('leaves open only last week’s exceptions; the rest are resolved by the manager with a reason', () => {
    const open = exceptions.filter((e) => e.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const e of open) expect(e.workday >= addDays(todayAt(e.station_id), -7)).toBe(true);
    const resolved = exceptions.filter((e) => e.status === 'resolved');
    expect(resolved.length).toBeGreaterThan(open.length);
    for (const e of resolved) {
      expect(e.resolution_reason?.length ?? 0).toBeGreaterThan(10);
      expect(e.resolved_by).toBeTruthy();
    }
    // A forgotten punch out and an early one are settled by the manager's punch, kept beside the original.
    const corrected = resolved.filter((e) => e.resolution === 'corrected');
    expect(new Set(corrected.map((e) => e.kind))).toEqual(
      new Set(['missing_punch', 'out_before_route_closed', 'route_without_punches']),
    );
    for (const e of corrected) expect(punches.find((p) => p.id === e.correction_id)?.source).toBe('manager');
  });

  it('plants a late meal at the California station, a day past 12 h and a punch out before the route closed', () => {
    const late = exceptions.filter(
      (e) => code(e.station_id) === 'DXC1' && e.kind === 'meal' && e.message.includes('the 5th hour'),
    );
    expect(late.length).toBeGreaterThan(10);
    expect(late[0]?.message).toContain('CA Labor Code §512');
    expect(exceptions.some((e) => e.kind === 'day_hours')).toBe(true);
    expect(exceptions.filter((e) => e.kind === 'out_before_route_closed').length).toBeGreaterThan(5);
  });

  it('owes meal premiums at the California station and none in Texas, where a late meal breaks no law', async () => {
    const premiums = await db.db.selectFrom('payroll_premiums').selectAll().execute();
    const at = (c: string) => premiums.filter((p) => code(p.station_id) === c);
    expect(at('DXC1').length).toBeGreaterThan(10);
    expect(at('DXC1').every((p) => p.kind === 'meal' && p.hours === 1)).toBe(true);
    expect(at('DXT1')).toEqual([]);
    expect(exceptions.some((e) => code(e.station_id) === 'DXT1' && e.kind === 'meal')).toBe(false);
  });

  it('clocks in this morning the DAs who checked in at the first station, and out only those done by now', async () => {
    const dxc1 = stations.find((s) => s.code === 'DXC1') as StationsTable;
    const today = todayAt(dxc1.id);
    const checkedIn = await db.db
      .selectFrom('shifts')
      .select('driver_id')
      .where('station_id', '=', dxc1.id)
      .where('business_date', '=', today)
      .where('checked_in_at', 'is not', null)
      .execute();
    expect(checkedIn.length).toBeGreaterThan(0);
    const todays = punches.filter((p) => p.station_id === dxc1.id && p.workday === today);
    for (const s of checkedIn)
      expect(todays.some((p) => p.driver_id === s.driver_id && p.kind === 'in')).toBe(true);
    // The day is under way: a DA whose shift is over by now (a standby sent home) may be out, after their
    // own in, and no punch is later than now (the demo was made a moment ago).
    const now = new Date().toISOString();
    for (const p of todays) expect(p.at <= now).toBe(true);
    for (const out of todays.filter((p) => p.kind === 'out'))
      expect(todays.some((p) => p.driver_id === out.driver_id && p.kind === 'in' && p.at < out.at)).toBe(
        true,
      );
  });

  it('closes the period before last week with nothing open and exports it once to ADP Workforce Now', async () => {
    const periods = await db.db.selectFrom('pay_periods').selectAll().execute();
    expect(periods).toHaveLength(1);
    const period = periods[0] as (typeof periods)[number];
    expect(period).toMatchObject({ status: 'closed', frequency: 'weekly', open_exceptions: 0 });
    const dxc1 = stations.find((s) => s.code === 'DXC1') as StationsTable;
    expect(period.end_date < addDays(todayAt(dxc1.id), -7)).toBe(true);
    const totals = await db.db.selectFrom('pay_period_totals').selectAll().execute();
    const das = new Set(totals.map((t) => t.driver_id));
    expect(das.size).toBeGreaterThan(40);
    // The premiums of the period's late meals are paid by it.
    const paid = await db.db
      .selectFrom('payroll_premiums')
      .selectAll()
      .where('paid_period_id', '=', period.id)
      .execute();
    expect(paid.length).toBeGreaterThan(0);
    const exports = await db.db.selectFrom('pay_period_exports').selectAll().execute();
    expect(exports.map((e) => [e.provider, e.period_id])).toEqual([['adp_wfn', period.id]]);
    const lines = (exports[0]?.content ?? '').trim().split(/\r?\n/);
    expect(lines[0]?.startsWith('Co Code,Batch ID,File #')).toBe(true);
    // One row a DA, each with their 6-digit File #: the employee ID the demo gave them.
    expect(lines).toHaveLength(das.size + 1);
    const numbers = new Set(totals.map((t) => (t.employee_number ?? '').padStart(6, '0')));
    for (const line of lines.slice(1)) {
      const [co, batch, file] = line.split(',');
      expect([co, batch]).toEqual(['DCD', period.end_date.replaceAll('-', '')]);
      expect(numbers.has(file as string)).toBe(true);
    }
  });
});
