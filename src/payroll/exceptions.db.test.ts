import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { rebuildExceptions } from './exceptions.js';
import { at, givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 item 7: the exceptions queue, rebuilt whenever a workday's punches change; one resolution
// with a reason; premiums owed as a ledger; a resolution kept across rebuilds unless the facts change.

const MON = '2026-11-16';
const WED = '2026-11-18';
const THU = '2026-11-19';

interface Ex {
  id: string;
  driverId: string;
  kind: string;
  status: string;
  message: string;
  resolution: string | null;
  correctionId: string | null;
}

describe('payroll exceptions', () => {
  let s: PayrollScenario;
  const exceptions = async (date: string): Promise<Ex[]> =>
    must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&date=${date}`),
      200,
    ).json().items;
  const punch = async (who: PayrollScenario['ana'], kind: string, date: string, hhmm: string) =>
    must(await who.phone.request('POST', '/api/v1/me/punches', phonePunch(kind, date, hhmm)), 201).json();
  const resolve = (id: string, body: Record<string, unknown>) =>
    s.manager.request('POST', `/api/v1/payroll/exceptions/${id}/resolve`, body);

  beforeAll(async () => {
    s = await givenPayroll();
  });
  afterAll(() => s.close());

  it('an in-only day is open until a manager adds the punch out, which resolves it as corrected', async () => {
    await punch(s.ana, 'in', MON, '07:00');
    const [missing] = await exceptions(MON);
    expect(missing).toMatchObject({ driverId: s.ana.id, kind: 'missing_punch', status: 'open' });
    expect(missing?.message).toContain('No punch out after 07:00');
    const out = must(
      await s.manager.request('POST', '/api/v1/payroll/punches', {
        driverId: s.ana.id,
        stationId: s.stationId,
        kind: 'out',
        at: at(MON, '11:30'),
        reason: 'Forgot to clock out; route closed 11:25',
      }),
      201,
    ).json();
    expect(await exceptions(MON)).toEqual([
      expect.objectContaining({
        id: missing?.id,
        status: 'resolved',
        resolution: 'corrected',
        correctionId: out.id,
      }),
    ]);
  });

  it('a late meal (CA Labor Code §512) owes a premium: the ledger shows the hour, and a rebuild keeps it resolved', async () => {
    await punch(s.bo, 'in', WED, '07:00');
    const mealStart = await punch(s.bo, 'meal_start', WED, '12:01');
    await punch(s.bo, 'meal_end', WED, '12:31');
    await punch(s.bo, 'out', WED, '15:01');
    const [meal] = await exceptions(WED);
    expect(meal).toMatchObject({ kind: 'meal', status: 'open' });
    expect(meal?.message).toContain('it started 5 h 01 min in');

    // A dispatcher reads the queue but does not settle it; a reason is required.
    expect(
      (
        await s.dispatcher.request('POST', `/api/v1/payroll/exceptions/${meal?.id}/resolve`, {
          resolution: 'waiver',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await resolve(meal?.id as string, { resolution: 'premium' })).statusCode).toBe(400);

    const done = must(
      await resolve(meal?.id as string, { resolution: 'premium', reason: 'Meal late, premium owed' }),
      200,
    );
    expect(done.json()).toMatchObject({
      status: 'resolved',
      resolution: 'premium',
      reason: 'Meal late, premium owed',
    });
    expect((await resolve(meal?.id as string, { resolution: 'waiver', reason: 'again' })).statusCode).toBe(
      409,
    );
    const ledger = must(
      await s.manager.request('GET', `/api/v1/payroll/premiums?driverId=${s.bo.id}`),
      200,
    ).json();
    expect(ledger).toMatchObject({ unpaidHours: 1, items: [{ workday: WED, kind: 'meal', hours: 1 }] });

    await rebuildExceptions(s.t.db.db, s.org.orgId, s.stationId, WED);
    expect(await exceptions(WED)).toEqual([expect.objectContaining({ id: meal?.id, status: 'resolved' })]);

    // The facts change (the meal start corrected, still late): the exception opens again.
    must(
      await s.manager.request('POST', `/api/v1/payroll/punches/${mealStart.id}/corrections`, {
        at: at(WED, '12:10'),
        reason: 'Meal started at 12:10 per the DA',
      }),
      201,
    );
    expect(await exceptions(WED)).toEqual([
      expect.objectContaining({ id: meal?.id, status: 'open', resolution: null }),
    ]);
  });

  it('overtime without approval, and a route that closed after the punch out', async () => {
    await s.route(s.ana.id, THU, 'CX7', '19:05');
    await s.route(s.bo.id, THU, 'CX8', '18:00');
    // Routes are not punches: the morning's rebuild of the day before finds them.
    await rebuildExceptions(s.t.db.db, s.org.orgId, s.stationId, THU);
    let found = await exceptions(THU);
    expect(found.map((e) => [e.driverId, e.kind]).sort()).toEqual(
      [
        [s.ana.id, 'route_without_punches'],
        [s.bo.id, 'route_without_punches'],
      ].sort(),
    );
    await punch(s.ana, 'in', THU, '06:00');
    await punch(s.ana, 'meal_start', THU, '10:00');
    await punch(s.ana, 'meal_end', THU, '10:30');
    await punch(s.ana, 'meal_start', THU, '15:00');
    await punch(s.ana, 'meal_end', THU, '15:30');
    await punch(s.ana, 'out', THU, '18:30');
    found = (await exceptions(THU)).filter((e) => e.driverId === s.ana.id);
    // In at 06:00 for a 10:20 wave is also time on the clock long before the work (issue 15, item 6).
    expect(found.map((e) => e.kind).sort()).toEqual([
      'in_long_before_wave',
      'out_before_route_closed',
      'unapproved_overtime',
    ]);
    const offClock = found.find((e) => e.kind === 'out_before_route_closed') as Ex;
    expect(offClock.message).toBe(
      'Punched out at 18:30, before route CX7 ended at 19:05: time worked off the clock.',
    );
    const ot = found.find((e) => e.kind === 'unapproved_overtime') as Ex;
    expect((await resolve(ot.id, { resolution: 'premium', reason: 'x' })).statusCode).toBe(400);
    must(
      await resolve(ot.id, { resolution: 'overtime_approved', reason: 'Rescue on CX9, approved by ops' }),
      200,
    );
    // A correction to settle it must be a manager's punch of this DA's workday.
    expect(
      (await resolve(offClock.id, { resolution: 'corrected', reason: 'x', correctionId: 'nope' })).statusCode,
    ).toBe(400);
  });

  it('filters by status; another org’s ids answer 404', async () => {
    const open = must(
      await s.dispatcher.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&status=open`),
      200,
    ).json().items;
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((e: Ex) => e.status === 'open')).toBe(true);
    const b = s.beta.owner;
    expect(
      (await b.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&status=open`)).statusCode,
    ).toBe(404);
    expect(
      (
        await b.request('POST', `/api/v1/payroll/exceptions/${open[0].id}/resolve`, {
          resolution: 'waiver',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect((await b.request('GET', `/api/v1/payroll/premiums?driverId=${s.bo.id}`)).statusCode).toBe(404);
    expect(
      (await s.ana.phone.request('GET', `/api/v1/payroll/premiums?driverId=${s.bo.id}`)).statusCode,
    ).toBe(403);
  });
  it('the org’s caps are its scheduling rules: overtime allowed in advance, an 11 h day cap', async () => {
    const rules = must(await s.owner.request('GET', '/api/v1/schedule/rules'), 200).json();
    must(
      await s.owner.request('PUT', '/api/v1/schedule/rules', {
        ...rules,
        overtimeAllowed: true,
        maxDayMinutes: 660,
      }),
      200,
    );
    const FRI = '2026-11-20';
    await punch(s.bo, 'in', FRI, '06:00');
    await punch(s.bo, 'meal_start', FRI, '10:00');
    await punch(s.bo, 'meal_end', FRI, '10:30');
    await punch(s.bo, 'meal_start', FRI, '15:00');
    await punch(s.bo, 'meal_end', FRI, '15:30');
    await punch(s.bo, 'out', FRI, '18:30');
    const found = await exceptions(FRI);
    expect(found.map((e) => e.kind)).toEqual(['day_hours']);
    expect(found[0]?.message).toBe("11 h 30 min worked; the org's cap is 11 h a day");
  });
});
