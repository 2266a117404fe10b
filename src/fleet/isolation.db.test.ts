import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { addVan, must, testVin } from './test-kit.js';

/**
 * Two DSPs side by side (ENGINEERING: "A test for every route proves that another org's id gets 404,
 * not data"). Their van's id, VIN and schedules are nothing to us: 404, no data, nothing changed.
 */
describe("tenancy: another org's vans", () => {
  let t: TestApp;
  let acmeOwner: Client;
  let otherOwner: Client;
  let theirId = '';
  let theirs: Record<string, unknown> = {};
  let theirSchedule = '';

  beforeAll(async () => {
    t = await startTestApp();
    await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXC1'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    const other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
    acmeOwner = await signIn(t.app, 'owner@acme.test');
    otherOwner = await signIn(t.app, 'owner@other.test');
    theirId = await addVan(otherOwner, other.stationIds.DLA8 as string, 777, { plate: 'SECRET1' });
    theirs = must(await otherOwner.request('GET', `/api/v1/vans/${theirId}`), 200).json();
    theirSchedule = must(await otherOwner.request('GET', '/api/v1/maintenance/schedules'), 200).json()
      .items[0].id;
  });
  afterAll(() => t.close());

  const notFound = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('SECRET1');
    expect(res.body).not.toContain(testVin(777));
  };

  it('answers 404 on every route about their van, and changes nothing', async () => {
    notFound(await acmeOwner.request('GET', `/api/v1/vans/${theirId}`));
    notFound(await acmeOwner.request('PATCH', `/api/v1/vans/${theirId}`, { plate: 'MINE1' }));
    notFound(
      await acmeOwner.request('POST', `/api/v1/vans/${theirId}/status`, { status: 'grounded', reason: 'x' }),
    );
    notFound(await acmeOwner.request('GET', `/api/v1/vans/${theirId}/maintenance`));
    notFound(
      await acmeOwner.request('POST', `/api/v1/vans/${theirId}/services`, {
        scheduleId: null,
        serviceDate: '2025-01-01',
        odometerMiles: 1,
        vendor: 'x',
        costCents: 1,
      }),
    );
    notFound(
      await acmeOwner.request('PATCH', `/api/v1/maintenance/schedules/${theirSchedule}`, { everyDays: 1 }),
    );
    notFound(await acmeOwner.request('DELETE', `/api/v1/maintenance/schedules/${theirSchedule}`));
    expect(must(await otherOwner.request('GET', `/api/v1/vans/${theirId}`), 200).json()).toEqual(theirs);
  });

  it('never lists, exports or counts their vans, and their VIN is free in our org', async () => {
    expect(must(await acmeOwner.request('GET', `/api/v1/vans?q=${testVin(777)}`), 200).json().items).toEqual(
      [],
    );
    expect((await acmeOwner.request('GET', '/api/v1/vans/export')).body).not.toContain(testVin(777));
    expect(must(await acmeOwner.request('GET', '/api/v1/maintenance/due'), 200).json().items).toEqual([]);
    const stations = must(await acmeOwner.request('GET', '/api/v1/stations'), 200).json().items;
    await addVan(acmeOwner, stations[0].id, 777);
    expect(must(await otherOwner.request('GET', `/api/v1/vans/${theirId}`), 200).json()).toEqual(theirs);
  });
});
