import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../app/testing.js';
import {
  givenInspectionScene,
  givenVan,
  type InspectionScene,
  inspectionBody,
  submitAsDa,
} from './test-kit.js';

/**
 * Issue 16: a DA never sees another DA's inspections; another org's (or station's) inspections, damage
 * and alerts answer 404, and their vans cannot be inspected.
 */
describe('inspections: who sees what', () => {
  let t: TestApp;
  let s: InspectionScene;
  let other: InspectionScene;
  let ours: { inspection: string; damage: string; alert: string; van: string };

  beforeAll(async () => {
    t = await startTestApp();
    s = await givenInspectionScene(t, 'acme');
    other = await givenInspectionScene(t, 'other');
    const van = await givenVan(t, s.org, 'DAU5');
    const first = await submitAsDa(s.xavier, {
      vanId: van.id,
      startedMinutesAgo: 120,
      fail: { brakes: 'Soft pedal' },
    });
    await submitAsDa(s.yolanda, { vanId: van.id, startedMinutesAgo: 30, damage: ['roof'] });
    const damage = (await s.owner.request('GET', `/api/v1/vans/${van.id}/damage`)).json().items[0].id;
    const alert = (await s.owner.request('GET', '/api/v1/alerts')).json().items[0].id;
    ours = { inspection: first.id, damage, alert, van: van.id };
  });
  afterAll(() => t.close());

  it('shows a DA only their own inspections', async () => {
    const mine = (await s.yolanda.request('GET', '/api/v1/me/inspections')).json().items;
    expect(mine.map((i: { driverId: string }) => i.driverId)).toEqual([s.das.yolanda]);
    expect((await s.yolanda.request('GET', `/api/v1/me/inspections/${ours.inspection}`)).statusCode).toBe(
      404,
    );
    const own = await s.xavier.request('GET', `/api/v1/me/inspections/${ours.inspection}`);
    expect(own.json()).toMatchObject({ id: ours.inspection, failedItems: ['Brakes'] });
    // Yolanda's pre-trip found the roof damage; the attribution names Xavier, so she does not get it.
    const hers = await s.yolanda.request('GET', `/api/v1/me/inspections/${mine[0].id}`);
    expect(hers.json().newDamage).toEqual([{ id: ours.damage, panels: ['roof'], attribution: null }]);
    expect(hers.body).not.toContain('Xavier');
  });

  it('keeps DAs off the staff routes', async () => {
    for (const url of [
      `/api/v1/inspections/${ours.inspection}`,
      `/api/v1/vans/${ours.van}/inspections`,
      '/api/v1/inspections',
      '/api/v1/alerts',
      `/api/v1/damage/${ours.damage}`,
    ]) {
      expect((await s.yolanda.request('GET', url)).statusCode, url).toBe(403);
    }
  });

  it('answers 404 to another org for our inspection, van, damage and alert, and changes nothing', async () => {
    const them = other.owner;
    for (const url of [
      `/api/v1/inspections/${ours.inspection}`,
      `/api/v1/vans/${ours.van}/inspections`,
      `/api/v1/vans/${ours.van}/damage`,
      `/api/v1/damage/${ours.damage}`,
    ]) {
      const res = await them.request('GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Xavier');
    }
    expect(
      (await them.request('PATCH', `/api/v1/damage/${ours.damage}`, { claimStatus: 'closed' })).statusCode,
    ).toBe(404);
    expect((await them.request('POST', `/api/v1/alerts/${ours.alert}/acknowledge`)).statusCode).toBe(404);
    expect((await them.request('GET', '/api/v1/alerts')).json().items).toEqual([]);
    expect((await them.request('GET', '/api/v1/inspections')).json().items).toEqual([]);
    expect((await s.owner.request('GET', `/api/v1/damage/${ours.damage}`)).json().claimStatus).toBe('none');
    expect(
      (await s.owner.request('GET', `/api/v1/alerts?open=true`))
        .json()
        .items.map((a: { id: string }) => a.id),
    ).toContain(ours.alert);
  });

  it('does not let another org’s DA inspect our van, nor read its checklist', async () => {
    const body = await inspectionBody(other.xavier, { vanId: ours.van });
    const res = await other.xavier.request('POST', '/api/v1/me/inspections', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'vanId', message: 'Unknown van.' }]);
    expect(
      (await other.xavier.request('GET', `/api/v1/me/inspections/start?vanId=${ours.van}`)).statusCode,
    ).toBe(400);
    expect((await other.xavier.request('GET', '/api/v1/me/inspections/vans')).json().items).toEqual([]);
  });

  it('keeps a station-scoped dispatcher and a DA to their stations’ vans', async () => {
    expect((await s.dispatcher.request('GET', `/api/v1/inspections/${ours.inspection}`)).statusCode).toBe(
      404,
    );
    expect((await s.dispatcher.request('GET', `/api/v1/vans/${ours.van}/inspections`)).statusCode).toBe(404);
    expect((await s.dispatcher.request('GET', '/api/v1/alerts')).json().items).toEqual([]);
    expect((await s.dispatcher.request('POST', `/api/v1/alerts/${ours.alert}/acknowledge`)).statusCode).toBe(
      404,
    );
    const dau7 = await givenVan(t, s.org, 'DAU7');
    const body = await inspectionBody(s.xavier, { vanId: dau7.id });
    expect((await s.xavier.request('POST', '/api/v1/me/inspections', body)).statusCode).toBe(400);
    const vans = (await s.xavier.request('GET', '/api/v1/me/inspections/vans')).json().items;
    expect(vans.map((v: { id: string }) => v.id)).toEqual([ours.van]);
    expect(vans[0]).toMatchObject({ status: 'grounded', preTripToday: expect.any(String) });
  });
});
