import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipart, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';

/**
 * Two DSPs side by side (ENGINEERING: "A test for every route proves that another org's id gets 404,
 * not data"). Their DA's id, Transporter ID and station are nothing to us: 404, no data, nothing changed.
 */
describe("tenancy: another org's DAs", () => {
  let t: TestApp;
  let acmeOwner: Client;
  let otherOwner: Client;
  let theirId = '';
  let theirs: Record<string, unknown> = {};
  const TID = 'A1B2C3D4E5F6G7';

  beforeAll(async () => {
    t = await startTestApp();
    const acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXC1'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    const other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
    expect(acme.orgId).not.toBe(other.orgId);
    acmeOwner = await signIn(t.app, 'owner@acme.test');
    otherOwner = await signIn(t.app, 'owner@other.test');
    const add = await otherOwner.request('POST', '/api/v1/drivers', {
      firstName: 'Secret',
      lastName: 'Driver',
      transporterId: TID,
      employeeId: 'E100',
      phone: '5125550123',
      homeStationId: other.stationIds.DLA8,
    });
    expect(add.statusCode).toBe(201);
    theirId = add.json().id;
    theirs = (await otherOwner.request('GET', `/api/v1/drivers/${theirId}`)).json();
  });
  afterAll(() => t.close());

  const notFound = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) => {
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('Secret');
    expect(res.body).not.toContain(TID);
  };

  it('answers 404 on GET, PATCH and POST status of their DA, and changes nothing', async () => {
    notFound(await acmeOwner.request('GET', `/api/v1/drivers/${theirId}`));
    notFound(await acmeOwner.request('PATCH', `/api/v1/drivers/${theirId}`, { phone: '5125550999' }));
    notFound(
      await acmeOwner.request('POST', `/api/v1/drivers/${theirId}/status`, {
        status: 'terminated',
        reason: 'Not ours',
      }),
    );
    expect((await otherOwner.request('GET', `/api/v1/drivers/${theirId}`)).json()).toEqual(theirs);
  });

  it('leaves their DAs out of our list and export, and our import makes our own DA of the same ids', async () => {
    expect((await acmeOwner.request('GET', '/api/v1/drivers')).json().items).toEqual([]);
    const exported = (await acmeOwner.request('GET', '/api/v1/drivers/export')).body;
    expect(exported).not.toContain(TID);
    const body = multipart(
      'roster.csv',
      `Name,Transporter ID,Employee ID,Station\nAna Lopez,${TID},E100,DXC1\n`,
    );
    const res = await acmeOwner.request('POST', '/api/v1/imports?kind=drivers', body.payload, body.headers);
    expect(res.json()).toMatchObject({ status: 'committed', created: 1, updated: 0 });
    expect((await otherOwner.request('GET', `/api/v1/drivers/${theirId}`)).json()).toEqual(theirs);
    // Their station code is not ours either.
    const theirStation = multipart('roster.csv', 'Name,Employee ID,Station\nBo Diaz,E200,DLA8\n');
    const bad = await acmeOwner.request(
      'POST',
      '/api/v1/imports?kind=drivers',
      theirStation.payload,
      theirStation.headers,
    );
    expect(bad.json().errors).toEqual([{ row: 2, column: 'Station', message: 'Unknown station DLA8.' }]);
  });
});
