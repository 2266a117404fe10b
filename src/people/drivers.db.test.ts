import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { updateDriver } from './store.js';

describe('DAs API', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU7'] },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
  });
  afterAll(() => t.close());

  it('adds a DA as an applicant, normalising ids and phone, and audits it', async () => {
    const res = await owner.request('POST', '/api/v1/drivers', {
      firstName: 'Maria',
      lastName: 'Garcia',
      transporterId: 'a1b2c3d4e5f6g7',
      phone: '(512) 555-0123',
      homeStationId: acme.stationIds.DAU5,
      vanTypes: ['edv', 'step_van'],
      licenseExpiry: '2030-01-31',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      transporterId: 'A1B2C3D4E5F6G7',
      phone: '+15125550123',
      status: 'applicant',
      vanTypes: ['edv', 'step_van'],
      clearance: { cleared: false, reasons: ['Status is applicant, not active.'] },
    });
    const audit = await owner.request('GET', `/api/v1/audit?entity=driver&entityId=${res.json().id}`);
    expect(audit.json().items).toHaveLength(1);
  });

  it('clears an active DA with a valid license, for step vans only with a medical card', async () => {
    const res = await owner.request('POST', '/api/v1/drivers', {
      firstName: 'Luis',
      lastName: 'Hernandez',
      homeStationId: acme.stationIds.DAU5,
      vanTypes: ['edv', 'step_van'],
      licenseExpiry: '2030-01-31',
      status: 'active',
    });
    expect(res.json().clearance).toEqual({ cleared: true, reasons: [], causes: [], vanTypes: ['edv'] });
  });

  it('refuses a Transporter ID that another DA has, naming them', async () => {
    const res = await owner.request('POST', '/api/v1/drivers', {
      firstName: 'Other',
      lastName: 'Person',
      transporterId: 'A1B2C3D4E5F6G7',
      homeStationId: acme.stationIds.DAU5,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({
      path: 'transporterId',
      message: expect.stringContaining('Maria Garcia'),
    });
  });

  it('needs a reason to terminate, and keeps the status history', async () => {
    const list = (await owner.request('GET', '/api/v1/drivers?q=Garcia')).json().items;
    const id = list[0].id;
    expect(
      (await owner.request('POST', `/api/v1/drivers/${id}/status`, { status: 'terminated' })).statusCode,
    ).toBe(400);
    for (const effectiveDate of ['2999-01-01', '2000-01-01']) {
      const res = await owner.request('POST', `/api/v1/drivers/${id}/status`, {
        status: 'onboarding',
        effectiveDate,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('effectiveDate');
    }
    const done = await owner.request('POST', `/api/v1/drivers/${id}/status`, {
      status: 'terminated',
      reason: 'Moved away',
    });
    expect(done.json()).toMatchObject({ status: 'terminated', statusReason: 'Moved away' });
    const detail = (await owner.request('GET', `/api/v1/drivers/${id}`)).json();
    expect(detail.statusHistory.map((h: { status: string }) => h.status)).toEqual([
      'terminated',
      'applicant',
    ]);
  });

  it('shows a station-scoped dispatcher only their station’s DAs, read-only', async () => {
    const disp = await signIn(t.app, 'disp@acme.test');
    expect((await disp.request('GET', '/api/v1/drivers')).json().items).toEqual([]);
    const anyId = (await owner.request('GET', '/api/v1/drivers')).json().items[0].id;
    expect((await disp.request('GET', `/api/v1/drivers/${anyId}`)).statusCode).toBe(404);
    const add = await disp.request('POST', '/api/v1/drivers', {
      firstName: 'A',
      lastName: 'B',
      homeStationId: acme.stationIds.DAU7,
    });
    expect(add.statusCode).toBe(403);
  });

  it('lets managers add DAs and keeps drivers out of the DA list (they see only their own records)', async () => {
    const mgr = await signIn(t.app, 'mgr@acme.test');
    const add = await mgr.request('POST', '/api/v1/drivers', {
      firstName: 'Ana',
      lastName: 'Lopez',
      homeStationId: acme.stationIds.DAU7,
    });
    expect(add.statusCode).toBe(201);
    const da = await signIn(t.app, 'da@acme.test');
    expect((await da.request('GET', '/api/v1/drivers')).statusCode).toBe(403);
    expect((await da.request('GET', `/api/v1/drivers/${add.json().id}`)).statusCode).toBe(403);
  });

  it('gives a DA their own record at /me/driver, and nobody else’s', async () => {
    const add = await owner.request('POST', '/api/v1/drivers', {
      firstName: 'Dee',
      lastName: 'Ay',
      homeStationId: acme.stationIds.DAU5,
      status: 'active',
      licenseExpiry: '2031-05-01',
      vanTypes: ['cdv'],
    });
    const da = await signIn(t.app, 'da@acme.test');
    expect((await da.request('GET', '/api/v1/me/driver')).json()).toEqual({ driver: null });
    await updateDriver(t.db.db, acme.orgId, add.json().id, { user_id: acme.userIds['da@acme.test'] ?? null });
    const mine = await da.request('GET', '/api/v1/me/driver');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().driver).toMatchObject({
      firstName: 'Dee',
      clearance: { cleared: true, vanTypes: ['cdv'] },
    });
    // The owner has no DA record of their own.
    expect((await owner.request('GET', '/api/v1/me/driver')).json()).toEqual({ driver: null });
  });

  it('filters by cleared today before cutting the page, so every page is full', async () => {
    const station = acme.stationIds.DAU7;
    for (const [lastName, status] of [
      ['Aa', 'applicant'],
      ['Ab', 'active'],
      ['Ac', 'applicant'],
      ['Ad', 'active'],
      ['Ae', 'onboarding'],
      ['Af', 'active'],
    ] as const) {
      const res = await owner.request('POST', '/api/v1/drivers', {
        firstName: 'Page',
        lastName,
        homeStationId: station,
        status,
        licenseExpiry: '2031-01-01',
        vanTypes: ['edv'],
      });
      expect(res.statusCode).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/drivers?stationId=${station}&q=Page&cleared=true&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await owner.request('GET', query)).json();
      expect(page.items).toHaveLength(1);
      seen.push(page.items[0].lastName);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ab', 'Ad', 'Af']);
    const notCleared = (
      await owner.request('GET', `/api/v1/drivers?stationId=${station}&q=Page&cleared=false`)
    ).json();
    expect(notCleared.items.map((d: { lastName: string }) => d.lastName)).toEqual(['Aa', 'Ac', 'Ae']);
  });
});
