import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, startTestApp, type TestApp, tinyPdf, uploadFile } from '../app/testing.js';
import { givenInspectionScene, givenVan, type InspectionScene, photo, submitAsDa } from './test-kit.js';

interface DamageJson {
  id: string;
  panels: string[];
  driverId: string | null;
  driverName: string | null;
  source: string;
  evidence: {
    previous: { id: string } | null;
    current: { id: string } | null;
    attribution: string;
    attributionKind: string;
  } | null;
}

/** Issue 10: damage records with repairs, and new damage found by comparing consecutive inspections. */
describe('damage', () => {
  let t: TestApp;
  let s: InspectionScene;

  beforeAll(async () => {
    t = await startTestApp();
    s = await givenInspectionScene(t);
  });
  afterAll(() => t.close());

  const damageOf = async (vanId: string): Promise<DamageJson[]> =>
    (await s.manager.request('GET', `/api/v1/vans/${vanId}/damage`)).json().items;

  it('attributes new damage to the shift in between: X’s pre-trip, then Y’s pre-trip with a dent → X’s shift', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const before = await submitAsDa(s.xavier, { vanId: van.id, startedMinutesAgo: 300 });
    const after = await submitAsDa(s.yolanda, {
      vanId: van.id,
      startedMinutesAgo: 60,
      damage: ['rear_bumper'],
    });
    expect(after.newDamage).toHaveLength(1);
    const [found] = await damageOf(van.id);
    expect(found).toMatchObject({
      panels: ['rear_bumper'],
      source: 'inspection',
      driverId: s.das.xavier,
      driverName: 'Xavier Diaz',
      severity: null,
      claimStatus: 'none',
      description: 'Rear bumper: Dent on rear_bumper',
      evidence: {
        previous: { id: before.id, inspectorName: 'Xavier Diaz' },
        current: { id: after.id, inspectorName: 'Yolanda Cruz' },
        attributionKind: 'shift',
      },
    });
    expect(found?.evidence?.attribution).toContain('Xavier Diaz had the van on');
    expect(found?.evidence?.attribution).toContain('and did no post-trip');
    const alerts = (await s.manager.request('GET', '/api/v1/alerts?open=true')).json().items;
    expect(alerts.find((a: { entityId: string }) => a.entityId === found?.id)).toMatchObject({
      kind: 'new_damage',
      message: expect.stringContaining(`New damage on van ${van.fleetNumber}.`),
    });
    // The same damage seen again on the next inspection is not new.
    const third = await submitAsDa(s.xavier, {
      vanId: van.id,
      startedMinutesAgo: 30,
      damage: ['rear_bumper'],
    });
    expect(third.newDamage).toEqual([]);
  });

  it('redraws the evidence when X’s post-trip arrives late (offline) between the two', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const pre = await submitAsDa(s.xavier, { vanId: van.id, startedMinutesAgo: 300 });
    const next = await submitAsDa(s.yolanda, { vanId: van.id, startedMinutesAgo: 60, damage: ['hood'] });
    expect((await damageOf(van.id))[0]?.evidence?.current?.id).toBe(next.id);
    const post = await submitAsDa(s.xavier, {
      vanId: van.id,
      kind: 'post_trip',
      startedMinutesAgo: 120,
      damage: ['hood'],
    });
    const records = await damageOf(van.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      driverId: s.das.xavier,
      evidence: { previous: { id: pre.id }, current: { id: post.id }, attributionKind: 'shift' },
    });
  });

  it('says the van was parked between X’s post-trip and Y’s pre-trip, naming both, with no DA', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const post = await submitAsDa(s.xavier, { vanId: van.id, kind: 'post_trip', startedMinutesAgo: 300 });
    const pre = await submitAsDa(s.yolanda, {
      vanId: van.id,
      startedMinutesAgo: 60,
      damage: ['roof', 'hood'],
    });
    const [found] = await damageOf(van.id);
    expect(found).toMatchObject({
      panels: ['hood', 'roof'],
      driverId: null,
      evidence: { previous: { id: post.id }, current: { id: pre.id }, attributionKind: 'parked' },
    });
    expect(found?.evidence?.attribution).toContain('Xavier Diaz’s post-trip');
    expect(found?.evidence?.attribution).toContain('Yolanda Cruz’s pre-trip');
    expect(found?.evidence?.attribution).toContain('parked');
  });

  it('leaves found damage a manager has started working alone when a late inspection arrives', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const pre = await submitAsDa(s.xavier, { vanId: van.id, startedMinutesAgo: 300 });
    await submitAsDa(s.yolanda, { vanId: van.id, startedMinutesAgo: 60, damage: ['roof'] });
    const [found] = await damageOf(van.id);
    const assessed = await s.manager.request('PATCH', `/api/v1/damage/${found?.id}`, {
      severity: 'moderate',
    });
    expect(assessed.statusCode).toBe(200);
    await submitAsDa(s.xavier, {
      vanId: van.id,
      kind: 'post_trip',
      startedMinutesAgo: 120,
      damage: ['roof'],
    });
    const records = await damageOf(van.id);
    expect(records.map((r) => r.id)).toContain(found?.id);
    expect(records.find((r) => r.id === found?.id)?.evidence?.previous?.id).toBe(pre.id);
  });

  it('records a reported incident with photos, claim and cost, then repairs with an invoice', async () => {
    const van = await givenVan(t, s.org, 'DAU5');
    const pic = await photo(s.manager);
    const bad = await s.manager.request('POST', `/api/v1/vans/${van.id}/damage`, {
      panels: [],
      occurredAt: '2026-05-01T15:00:00Z',
      description: 'x',
      severity: 'minor',
    });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['panels']);
    const unknownDa = await s.manager.request('POST', `/api/v1/vans/${van.id}/damage`, {
      panels: ['driver_side_front'],
      occurredAt: '2026-05-01T15:00:00Z',
      description: 'Mirror clipped',
      severity: 'minor',
      driverId: 'nobody',
    });
    expect(unknownDa.json().errors).toEqual([{ path: 'driverId', message: 'Unknown DA.' }]);
    const created = await s.manager.request('POST', `/api/v1/vans/${van.id}/damage`, {
      panels: ['driver_side_front', 'windshield'],
      occurredAt: '2026-05-01T08:00:00-07:00',
      driverId: s.das.yolanda,
      description: 'Backed into a pole at a stop',
      severity: 'moderate',
      thirdParty: true,
      thirdPartyDetails: 'Pole owned by the city',
      policeReport: 'RPD-2026-0501',
      claimStatus: 'open',
      costCents: 125_000,
      photoIds: [pic],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      occurredAt: '2026-05-01T15:00:00.000Z',
      driverName: 'Yolanda Cruz',
      source: 'manual',
      evidence: null,
      photos: [{ id: pic }],
      thirdParty: true,
      costCents: 125_000,
    });
    const claim = await s.dispatcher.request('PATCH', `/api/v1/damage/${id}`, { claimStatus: 'submitted' });
    expect(claim.statusCode).toBe(404); // a DAU7 dispatcher does not see DAU5's vans
    expect(
      (await s.manager.request('PATCH', `/api/v1/damage/${id}`, { claimStatus: 'submitted' })).json(),
    ).toMatchObject({
      claimStatus: 'submitted',
      severity: 'moderate',
    });
    const invoice = (await uploadFile(s.manager, 'document', tinyPdf(), 'invoice.pdf')).json().id;
    const repaired = await s.manager.request('POST', `/api/v1/damage/${id}/repairs`, {
      repairedOn: '2026-05-04',
      vendor: 'Riverside Body Shop',
      costCents: 98_000,
      invoiceFileId: invoice,
    });
    expect(repaired.statusCode, repaired.body).toBe(201);
    expect(repaired.json()).toMatchObject({
      repairCostCents: 98_000,
      repairs: [{ vendor: 'Riverside Body Shop', invoice: { id: invoice } }],
    });
    const repairId = repaired.json().repairs[0].id;
    const changed = await s.manager.request('PATCH', `/api/v1/damage/${id}/repairs/${repairId}`, {
      costCents: 99_500,
    });
    expect(changed.json().repairCostCents).toBe(99_500);
    expect((await s.manager.request('DELETE', `/api/v1/damage/${id}`)).statusCode).toBe(409);
    expect(
      (await s.manager.request('DELETE', `/api/v1/damage/${id}/repairs/${repairId}`)).json().repairs,
    ).toEqual([]);
    expect((await s.manager.request('DELETE', `/api/v1/damage/${id}`)).statusCode).toBe(204);
    expect((await s.manager.request('GET', `/api/v1/damage/${id}`)).statusCode).toBe(404);
    const audit = (await auditEntries(s.owner)).filter((a) => a.entityId === id || a.entityId === repairId);
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      'damage:delete',
      'damage_repair:delete',
      'damage_repair:update',
      'damage_repair:create',
      'damage:update',
      'damage:create',
    ]);
  });

  it('lets a dispatcher report damage on their station’s vans; a DA may not use the staff routes', async () => {
    const van = await givenVan(t, s.org, 'DAU7');
    const res = await s.dispatcher.request('POST', `/api/v1/vans/${van.id}/damage`, {
      panels: ['rear_doors'],
      occurredAt: new Date().toISOString(),
      description: 'Door does not latch',
      severity: 'minor',
    });
    expect(res.statusCode).toBe(201);
    expect((await s.xavier.request('GET', `/api/v1/vans/${van.id}/damage`)).statusCode).toBe(403);
    expect((await s.xavier.request('GET', `/api/v1/damage/${res.json().id}`)).statusCode).toBe(403);
  });
});
