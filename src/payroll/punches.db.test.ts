import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { at, givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 item 1: punches from the DA's phone (idempotent, flagged outside the station's radius) and
// from managers (added or corrected with a reason, the original kept); who may see what.

const MON = '2026-11-16';
const TUE = '2026-11-17';

describe('punches', () => {
  let s: PayrollScenario;
  beforeAll(async () => {
    s = await givenPayroll();
  });
  afterAll(() => s.close());

  it('a punch sent twice after a dropped connection is stored once', async () => {
    const body = phonePunch('in', MON, '07:00');
    const first = must(await s.ana.phone.request('POST', '/api/v1/me/punches', body), 201).json();
    const again = must(await s.ana.phone.request('POST', '/api/v1/me/punches', body), 200).json();
    expect(again).toEqual(first);
    expect(first).toMatchObject({ kind: 'in', at: at(MON, '07:00'), workday: MON, source: 'phone' });
    const mine = must(await s.ana.phone.request('GET', `/api/v1/me/punches?week=${MON}`), 200).json();
    expect(mine.weekStart).toBe('2026-11-15');
    expect(mine.items.map((p: { id: string }) => p.id)).toEqual([first.id]);
  });

  it('a punch outside the station’s radius is kept and flagged; a punch out past midnight stays on its workday', async () => {
    must(
      await s.manager.request('PUT', `/api/v1/payroll/stations/${s.stationId}/location`, {
        latitude: 34.0522,
        longitude: -118.2437,
        radiusMeters: 300,
      }),
      200,
    );
    const inside = phonePunch('in', TUE, '16:00', { location: { latitude: 34.0523, longitude: -118.2437 } });
    const outside = phonePunch('out', '2026-11-18', '00:30', {
      location: { latitude: 34.1, longitude: -118.2437 },
    });
    expect(must(await s.bo.phone.request('POST', '/api/v1/me/punches', inside), 201).json()).toMatchObject({
      outsideRadius: false,
    });
    expect(must(await s.bo.phone.request('POST', '/api/v1/me/punches', outside), 201).json()).toMatchObject({
      outsideRadius: true,
      workday: TUE,
      location: { latitude: 34.1, longitude: -118.2437 },
    });
  });

  it('a punch in the future is refused with its field', async () => {
    const res = await s.ana.phone.request('POST', '/api/v1/me/punches', {
      clientId: 'future',
      kind: 'out',
      at: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain('at');
  });

  it('a DA sees only their own punches and cannot read the station’s', async () => {
    const bos = must(await s.bo.phone.request('GET', `/api/v1/me/punches?week=${MON}`), 200).json();
    expect(bos.items.every((p: { driverId: string }) => p.driverId === s.bo.id)).toBe(true);
    expect(bos.items).toHaveLength(2);
    const station = await s.ana.phone.request(
      'GET',
      `/api/v1/payroll/punches?stationId=${s.stationId}&date=${MON}`,
    );
    expect(station.statusCode).toBe(403);
  });

  it('a manager’s correction keeps the original beside it, both in the audit trail', async () => {
    const [original] = must(
      await s.dispatcher.request('GET', `/api/v1/payroll/punches?stationId=${s.stationId}&date=${MON}`),
      200,
    ).json().items;
    // A dispatcher reads but does not correct.
    const refused = await s.dispatcher.request('POST', `/api/v1/payroll/punches/${original.id}/corrections`, {
      at: at(MON, '06:45'),
      reason: 'x',
    });
    expect(refused.statusCode).toBe(403);
    const fixed = must(
      await s.manager.request('POST', `/api/v1/payroll/punches/${original.id}/corrections`, {
        at: at(MON, '06:45'),
        reason: 'Clocked in at the gate; badge log shows 06:45',
      }),
      201,
    ).json();
    expect(fixed).toMatchObject({ correctsId: original.id, kind: 'in', source: 'manager', workday: MON });
    const day = must(
      await s.manager.request('GET', `/api/v1/payroll/punches?stationId=${s.stationId}&date=${MON}`),
      200,
    ).json();
    expect(day.items.map((p: { id: string }) => p.id).sort()).toEqual([original.id, fixed.id].sort());
    expect(day.items.find((p: { id: string }) => p.id === original.id).at).toBe(at(MON, '07:00'));
    const audited = (await auditEntries(s.owner)).filter((e) => e.entity === 'punch').map((e) => e.entityId);
    expect(audited).toEqual(expect.arrayContaining([original.id, fixed.id]));
  });

  it('a manager adds a forgotten punch with a reason; a reason is required', async () => {
    const body = { driverId: s.ana.id, stationId: s.stationId, kind: 'out', at: at(MON, '17:00') };
    expect((await s.manager.request('POST', '/api/v1/payroll/punches', body)).statusCode).toBe(400);
    const added = must(
      await s.manager.request('POST', '/api/v1/payroll/punches', { ...body, reason: 'Forgot to clock out' }),
      201,
    ).json();
    expect(added).toMatchObject({
      workday: MON,
      source: 'manager',
      reason: 'Forgot to clock out',
      correctsId: null,
    });
  });

  it('another org’s ids answer 404', async () => {
    const [punch] = must(
      await s.manager.request('GET', `/api/v1/payroll/punches?stationId=${s.stationId}&date=${MON}`),
      200,
    ).json().items;
    const b = s.beta.owner;
    expect(
      (await b.request('GET', `/api/v1/payroll/punches?stationId=${s.stationId}&date=${MON}`)).statusCode,
    ).toBe(404);
    expect(
      (
        await b.request('POST', `/api/v1/payroll/punches/${punch.id}/corrections`, {
          at: at(MON, '06:00'),
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const adding = {
      driverId: s.ana.id,
      stationId: s.beta.stationId,
      kind: 'in',
      at: at(MON, '06:00'),
      reason: 'x',
    };
    expect((await b.request('POST', '/api/v1/payroll/punches', adding)).statusCode).toBe(404);
    expect((await b.request('GET', `/api/v1/payroll/stations/${s.stationId}/location`)).statusCode).toBe(404);
  });
});
