import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, startTestApp, type TestApp } from '../app/testing.js';
import { findVan } from '../fleet/store.js';
import { localDate } from '../shared/dates.js';
import { vanInspectionToday } from './readiness.js';
import {
  givenInspectionScene,
  givenVan,
  type InspectionScene,
  inspectionBody,
  photo,
  submitAsDa,
} from './test-kit.js';

/** Issue 9: a DA files a DVIC from the phone; failures ground the van and tell managers. */
describe('inspections', () => {
  let t: TestApp;
  let s: InspectionScene;
  const LA = 'America/Los_Angeles';

  beforeAll(async () => {
    t = await startTestApp();
    s = await givenInspectionScene(t);
  });
  afterAll(() => t.close());

  it('files a passed pre-trip: duration, not rushed, odometer forwarded to the van, audited', async () => {
    const van = await givenVan(t, s.org, 'DAU5', 'edv', 1000);
    const body = await inspectionBody(s.xavier, { vanId: van.id, seconds: 240, odometerMiles: 1234 });
    const res = await s.xavier.request('POST', '/api/v1/me/inspections', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      id: body.id,
      fleetNumber: van.fleetNumber,
      driverId: s.das.xavier,
      inspectorName: 'Xavier Diaz',
      kind: 'pre_trip',
      businessDate: localDate(LA, new Date(body.startedAt)),
      durationSeconds: 240,
      rushed: false,
      rushedUnderSeconds: 90,
      passed: true,
      grounded: false,
      odometerMiles: 1234,
    });
    expect(res.json().items).toHaveLength(12);
    expect(res.json().bodyPhotos.front.url).toBe(`/api/v1/files/${body.bodyPhotos.front}`);
    const stored = await findVan(t.db.db, s.org.orgId, van.id);
    expect(stored).toMatchObject({ odometerMiles: 1234, status: 'active' });
    const audit = await auditEntries(s.owner);
    expect(
      audit.some((a) => a.entity === 'inspection' && a.entityId === body.id && a.action === 'create'),
    ).toBe(true);
    // The first inspection of a van type stores its checklist.
    expect(audit.some((a) => a.entity === 'inspection_template' && a.action === 'create')).toBe(true);
  });

  it('flags a rushed DVIC: under 90 s for an EDV, under 5 minutes for a step van', async () => {
    const edv = await givenVan(t, s.org, 'DAU5', 'edv');
    const step = await givenVan(t, s.org, 'DAU5', 'step_van');
    expect((await submitAsDa(s.xavier, { vanId: edv.id, seconds: 89 })).rushed).toBe(true);
    expect((await submitAsDa(s.xavier, { vanId: edv.id, seconds: 90, startedMinutesAgo: 5 })).rushed).toBe(
      false,
    );
    const stepRushed = await submitAsDa(s.xavier, { vanId: step.id, seconds: 200 });
    expect(stepRushed).toMatchObject({ rushed: true, rushedUnderSeconds: 300 });
    const rushedList = await s.manager.request('GET', `/api/v1/vans/${step.id}/inspections?rushed=true`);
    expect(rushedList.json().items.map((i: { id: string }) => i.id)).toEqual([stepRushed.id]);
  });

  it('grounds the van at once on a failed critical check, alerts managers and audits it', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const done = await submitAsDa(s.xavier, {
      vanId: van.id,
      fail: { brakes: 'Grinding noise', wipers: 'Streaks' },
    });
    expect(done).toMatchObject({ passed: false, grounded: true, failedItems: ['Wipers', 'Brakes'] });
    expect(await findVan(t.db.db, s.org.orgId, van.id)).toMatchObject({
      status: 'grounded',
      statusReason: 'DVIC: Xavier Diaz’s pre-trip failed Brakes (Grinding noise).',
    });
    const alerts = (await s.manager.request('GET', '/api/v1/alerts?open=true')).json().items;
    const alert = alerts.find((a: { entityId: string }) => a.entityId === done.id);
    expect(alert).toMatchObject({
      kind: 'van_grounded',
      message: `Van ${van.fleetNumber} grounded: Xavier Diaz’s pre-trip failed Brakes (Grinding noise).`,
      acknowledgedAt: null,
    });
    const audit = await auditEntries(s.owner);
    expect(audit.find((a) => a.entity === 'van' && a.entityId === van.id && a.changes.status)).toMatchObject({
      changes: { status: { before: 'active', after: 'grounded' } },
    });
    const ack = await s.manager.request('POST', `/api/v1/alerts/${alert.id}/acknowledge`);
    expect(ack.json()).toMatchObject({ acknowledgedBy: expect.stringContaining('manager') });
    const open = (await s.manager.request('GET', '/api/v1/alerts?open=true')).json().items;
    expect(open.some((a: { id: string }) => a.id === alert.id)).toBe(false);
  });

  it('does not ground for a failed non-critical check', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const done = await submitAsDa(s.xavier, { vanId: van.id, fail: { horn: 'Weak' } });
    expect(done).toMatchObject({ passed: false, grounded: false });
    expect((await findVan(t.db.db, s.org.orgId, van.id))?.status).toBe('active');
  });

  it('answers a resend of the same id with the same inspection (200), once, with no second alert', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.xavier, { vanId: van.id, fail: { tires: 'Flat' } });
    const first = await s.xavier.request('POST', '/api/v1/me/inspections', body);
    expect(first.statusCode).toBe(201);
    const again = await s.xavier.request('POST', '/api/v1/me/inspections', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const list = (await s.manager.request('GET', `/api/v1/vans/${van.id}/inspections`)).json().items;
    expect(list).toHaveLength(1);
    const alerts = (await s.manager.request('GET', '/api/v1/alerts')).json().items;
    expect(alerts.filter((a: { entityId: string }) => a.entityId === body.id)).toHaveLength(1);
    // Another DA sending that id is a clash, not a resend.
    const clash = await s.yolanda.request('POST', '/api/v1/me/inspections', {
      ...(await inspectionBody(s.yolanda, { vanId: van.id })),
      id: body.id,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].path).toBe('id');
  });

  it('refuses missing or someone else’s required photos, naming the field', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.xavier, { vanId: van.id });
    const { front: _front, ...noFront } = body.bodyPhotos;
    const missing = await s.xavier.request('POST', '/api/v1/me/inspections', {
      ...body,
      bodyPhotos: noFront,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['bodyPhotos.front']);
    const { odometerPhotoId: _o, ...noOdometer } = body;
    const noPhoto = await s.xavier.request('POST', '/api/v1/me/inspections', noOdometer);
    expect(noPhoto.json().errors.map((e: { path: string }) => e.path)).toEqual(['odometerPhotoId']);
    const hers = await photo(s.yolanda);
    const notMine = await s.xavier.request('POST', '/api/v1/me/inspections', {
      ...body,
      bodyPhotos: { ...body.bodyPhotos, rear: hers },
    });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().errors).toEqual([
      { path: 'bodyPhotos.rear', message: 'Unknown file; upload it again.' },
    ]);
    expect((await s.manager.request('GET', `/api/v1/vans/${van.id}/inspections`)).json().items).toEqual([]);
  });

  it('wants every check answered, critical ones never n/a, failures described', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.xavier, { vanId: van.id });
    const items = body.items
      .filter((i) => i.key !== 'horn')
      .map((i) =>
        i.key === 'lights' ? { ...i, result: 'na' } : i.key === 'wipers' ? { ...i, result: 'fail' } : i,
      );
    const res = await s.xavier.request('POST', '/api/v1/me/inspections', { ...body, items });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'items.1.result', message: 'Lights must be checked: pass or fail.' },
      { path: 'items.4.note', message: 'Say what is wrong with: Wipers.' },
      { path: 'items', message: 'Horn is not answered.' },
    ]);
  });

  it('tells passed, failed and missing pre-trips of today apart, for the fleet list and readiness', async () => {
    const passed = await givenVan(t, s.org, 'DAU5');
    const failed = await givenVan(t, s.org, 'DAU5');
    const missing = await givenVan(t, s.org, 'DAU5');
    await submitAsDa(s.xavier, { vanId: passed.id });
    await submitAsDa(s.xavier, { vanId: failed.id, fail: { horn: 'Dead' } });
    await submitAsDa(s.xavier, { vanId: missing.id, kind: 'post_trip' });
    const today = (
      await s.manager.request('GET', `/api/v1/inspections/today?stationId=${s.org.stationIds.DAU5}`)
    ).json().items as { id: string; preTripToday: string }[];
    const statusOf = (id: string) => today.find((v) => v.id === id)?.preTripToday;
    expect([statusOf(passed.id), statusOf(failed.id), statusOf(missing.id)]).toEqual([
      'passed',
      'failed',
      'missing',
    ]);
    const date = localDate(LA);
    expect((await vanInspectionToday(t.db.db, s.org.orgId, passed.id, date)).status).toBe('passed');
    expect(await vanInspectionToday(t.db.db, s.org.orgId, missing.id, date)).toEqual({
      status: 'missing',
      inspectionId: null,
    });
  });

  it('lets staff inspect (damage.write) and lists a station’s day', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.manager, { vanId: van.id, kind: 'post_trip' });
    const res = await s.manager.request('POST', '/api/v1/inspections', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ driverId: null, inspectorName: 'manager' });
    const date = res.json().businessDate;
    const day = await s.owner.request(
      'GET',
      `/api/v1/inspections?stationId=${s.org.stationIds.DAU5}&date=${date}&kind=post_trip&limit=500`,
    );
    expect(day.json().items.map((i: { id: string }) => i.id)).toContain(body.id);
  });

  it('keeps a checklist per van type that fleet.write may change; inspections then follow it', async () => {
    const list = (await s.dispatcher.request('GET', '/api/v1/inspection-templates')).json().items;
    expect(list.map((x: { vanType: string }) => x.vanType)).toEqual(['edv', 'cdv', 'step_van', 'rental']);
    const items = [...list[1].items, { key: 'lift_gate', label: 'Lift gate', critical: true }];
    expect(
      (await s.dispatcher.request('PUT', '/api/v1/inspection-templates/cdv', { items })).statusCode,
    ).toBe(403);
    const saved = await s.manager.request('PUT', '/api/v1/inspection-templates/cdv', { items });
    expect(saved.json()).toMatchObject({ vanType: 'cdv', saved: true });
    const twice = await s.manager.request('PUT', '/api/v1/inspection-templates/cdv', {
      items: [...items, { key: 'horn', label: 'Horn', critical: false }],
    });
    expect(twice.json().errors).toEqual([{ path: 'items.13.key', message: 'horn is listed twice.' }]);
    const cdv = await givenVan(t, s.org, 'DAU5', 'cdv');
    const body = await inspectionBody(s.xavier, { vanId: cdv.id });
    const without = await s.xavier.request('POST', '/api/v1/me/inspections', body);
    expect(without.json().errors).toEqual([{ path: 'items', message: 'Lift gate is not answered.' }]);
    const start = (await s.xavier.request('GET', `/api/v1/me/inspections/start?vanId=${cdv.id}`)).json();
    expect(start.items.at(-1)).toEqual({ key: 'lift_gate', label: 'Lift gate', critical: true });
    const withIt = await s.xavier.request('POST', '/api/v1/me/inspections', {
      ...body,
      items: [...body.items, { key: 'lift_gate', result: 'fail', note: 'Stuck', photoIds: [] }],
    });
    expect(withIt.json()).toMatchObject({ grounded: true, failedItems: ['Lift gate'] });
  });

  it('refuses times the phone cannot have right', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.xavier, { vanId: van.id });
    const res = await s.xavier.request('POST', '/api/v1/me/inspections', {
      ...body,
      submittedAt: '2020-01-01T00:00:00Z',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('submittedAt');
  });

  it('tells a Spanish DA what is missing and what is wrong with the times in Spanish', async () => {
    const language = (l: string) => s.xavier.request('PUT', '/api/v1/me/driver/language', { language: l });
    expect((await language('es')).statusCode).toBe(200);
    const van = await givenVan(t, s.org, 'DAU5');
    const body = await inspectionBody(s.xavier, { vanId: van.id });
    const items = body.items.filter((i) => i.key !== 'horn');
    const missing = (await s.xavier.request('POST', '/api/v1/me/inspections', { ...body, items })).json();
    expect(missing).toMatchObject({
      detail: 'La inspección no está completa.',
      errors: [{ path: 'items', message: 'Horn no está respondido.' }],
    });
    const late = { ...body, id: crypto.randomUUID(), submittedAt: '2020-01-01T00:00:00Z' };
    expect((await s.xavier.request('POST', '/api/v1/me/inspections', late)).json()).toMatchObject({
      detail: 'Las horas de la inspección no pueden ser correctas.',
      errors: [{ path: 'submittedAt', message: 'Enviada antes de empezar, o en el futuro.' }],
    });
    expect((await language('en')).statusCode).toBe(200);
  });
});
