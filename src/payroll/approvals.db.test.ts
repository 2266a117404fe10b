import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveOvertimeApprovals } from '../dispatch/overtime-approvals.js';
import { must } from '../fleet/test-kit.js';
import { newId } from '../shared/ids.js';
import { rebuildExceptions } from './exceptions.js';
import { givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 leftovers: overtime approved on the roster counts as payroll's approval; several exceptions
// settled at once with one reason; the workweek's first day and the org's caps as payroll settings.

const MON = '2026-11-16';
const TUE = '2026-11-17';

interface Ex {
  id: string;
  driverId: string;
  workday: string;
  kind: string;
  status: string;
  resolution: string | null;
}

describe('overtime approvals, bulk resolution and the org’s payroll settings', () => {
  let s: PayrollScenario;
  const open = async (): Promise<Ex[]> =>
    must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&status=open`),
      200,
    ).json().items;
  /** A 10 h day in California (2 h of daily overtime), meal in the 4th hour. */
  const tenHours = async (who: PayrollScenario['ana'], date: string) => {
    for (const [kind, hhmm] of [
      ['in', '07:00'],
      ['meal_start', '11:00'],
      ['meal_end', '11:30'],
      ['out', '17:30'],
    ] as const)
      must(await who.phone.request('POST', '/api/v1/me/punches', phonePunch(kind, date, hhmm)), 201);
  };
  const approve = (driverId: string, date: string) =>
    saveOvertimeApprovals(s.t.db.db, [
      {
        org_id: s.org.orgId,
        id: newId(),
        station_id: s.stationId,
        driver_id: driverId,
        business_date: date,
        route_code: 'CX1',
        minutes: 120,
        note: 'Roster: CX1 planned 10 h',
        approved_by: 'Disp Atcher',
        approved_at: `${date}T14:00:00.000Z`,
      },
    ]);

  beforeAll(async () => {
    s = await givenPayroll();
  });
  afterAll(() => s.close());

  it('overtime approved on the roster is the approval: no "unapproved overtime" for that DA and day', async () => {
    await approve(s.ana.id, MON);
    await tenHours(s.ana, MON);
    await tenHours(s.bo, MON);
    const found = (await open()).filter((e) => e.workday === MON);
    expect(found.map((e) => [e.driverId, e.kind])).toEqual([[s.bo.id, 'unapproved_overtime']]);
  });

  it('settles several at once with one reason, each audited; one already resolved refuses them all', async () => {
    await tenHours(s.ana, TUE);
    await tenHours(s.bo, TUE);
    const ot = (await open()).filter((e) => e.kind === 'unapproved_overtime');
    expect(ot).toHaveLength(3);
    const [first, ...rest] = ot as [Ex, ...Ex[]];
    must(
      await s.manager.request('POST', `/api/v1/payroll/exceptions/${first.id}/resolve`, {
        resolution: 'overtime_approved',
        reason: 'Rescue',
      }),
      200,
    );
    const bulk = (ids: string[], resolution = 'overtime_approved') =>
      s.manager.request('POST', '/api/v1/payroll/exceptions/resolve', {
        ids,
        resolution,
        reason: 'Peak week: overtime approved for the whole crew',
      });
    const refused = await bulk([...rest.map((e) => e.id), first.id]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(`Exception ${first.id} is already resolved.`);
    expect(
      (
        await bulk(
          rest.map((e) => e.id),
          'premium',
        )
      ).json().errors[0].path,
    ).toBe('ids.0');
    expect((await open()).filter((e) => e.kind === 'unapproved_overtime')).toHaveLength(2);
    const done = must(await bulk(rest.map((e) => e.id)), 200).json().items;
    expect(done.map((e: Ex) => [e.status, e.resolution])).toEqual(
      rest.map(() => ['resolved', 'overtime_approved']),
    );
    expect((await open()).filter((e) => e.kind === 'unapproved_overtime')).toEqual([]);
    const audit = must(await s.owner.request('GET', '/api/v1/audit?entity=payroll_exception'), 200).json();
    const audited = JSON.stringify(audit);
    for (const e of rest) expect(audited).toContain(e.id);
    expect(
      (
        await s.beta.owner.request('POST', '/api/v1/payroll/exceptions/resolve', {
          ids: [first.id],
          resolution: 'waiver',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the owner sets the workweek’s first day and the caps; the calculator and the exceptions use them', async () => {
    const current = must(await s.owner.request('GET', '/api/v1/payroll/settings'), 200).json().settings;
    expect(current.workweekStartsOn).toBe(0);
    expect(current.caps).toEqual({
      maxDayMinutes: 720,
      maxRolling7DaysMinutes: 3600,
      maxDaysIn7: 6,
      overtimeNeedsApproval: true,
    });
    const put = (body: Record<string, unknown>) =>
      s.owner.request('PUT', '/api/v1/payroll/settings', { ...current, ...body });
    const sunday = await put({ workweekStartsOn: 1 });
    expect(sunday.statusCode).toBe(400);
    expect(sunday.json().errors[0]).toEqual({
      path: 'firstPeriodStart',
      message: 'A pay period starts on the first day of the workweek (a Monday).',
    });
    const caps = {
      maxDayMinutes: 540,
      maxRolling7DaysMinutes: 3600,
      maxDaysIn7: 1,
      overtimeNeedsApproval: false,
    };
    const saved = must(await put({ workweekStartsOn: 1, firstPeriodStart: '2026-01-05', caps }), 200).json();
    expect(saved.settings).toMatchObject({ workweekStartsOn: 1, caps });
    // The caps shared with scheduling are its rules.
    const rules = must(await s.owner.request('GET', '/api/v1/schedule/rules'), 200).json();
    expect(rules).toMatchObject({ maxDayMinutes: 540, overtimeAllowed: true });
    // Monday and Tuesday in one workweek from Monday: Tuesday is a 2nd day in 7 past the cap of 1, and a
    // 10 h day past the 9 h cap; overtime is allowed in advance now.
    await rebuildExceptions(s.t.db.db, s.org.orgId, s.stationId, TUE);
    const tue = (await open()).filter((e) => e.workday === TUE && e.driverId === s.ana.id);
    expect(tue.map((e) => e.kind).sort()).toEqual(['day_hours', 'days_in_7']);
    const week = must(await s.ana.phone.request('GET', `/api/v1/me/payroll/week?week=${TUE}`), 200).json();
    expect(week.weekStart).toBe(MON);
    expect(
      (await s.manager.request('PUT', '/api/v1/payroll/settings', { ...current, workweekStartsOn: 1 }))
        .statusCode,
    ).toBe(403);
  });
});
