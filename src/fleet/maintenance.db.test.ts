import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  tinyPdf,
  uploadFile,
} from '../app/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays } from './domain/maintenance.js';
import { recordOdometer } from './odometer.js';
import { addVan, must } from './test-kit.js';

/** Issue 11 (maintenance schedules, due and overdue, service records, grounding on overdue critical). */
describe('fleet maintenance', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let dispatcher: Client;
  let station = '';
  // Seeded stations are in Los Angeles: the due count uses that business date.
  const today = () => localDate('America/Los_Angeles');
  let n = 200;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher' },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    station = acme.stationIds.DAU5 as string;
  });
  afterAll(() => t.close());

  const schedules = async () =>
    must(await owner.request('GET', '/api/v1/maintenance/schedules'), 200).json().items as {
      id: string;
      name: string;
      critical: boolean;
    }[];
  const scheduleId = async (name: string) => (await schedules()).find((s) => s.name === name)?.id as string;
  const setGrounding = async (on: boolean) =>
    must(await owner.request('PUT', '/api/v1/fleet/settings', { groundOnOverdueCritical: on }), 200).json();
  const van = async (id: string) => must(await owner.request('GET', `/api/v1/vans/${id}`), 200).json();
  const stepVanJoined = (daysAgo: number) =>
    addVan(owner, station, ++n, {
      vanType: 'step_van',
      ownershipStart: addDays(today(), -daysAgo),
      odometerMiles: 5_000,
    });

  it('gives an org Stationhand’s default schedules on first read, once, in the audit trail', async () => {
    const first = await schedules();
    expect(first.map((s) => s.name)).toEqual([
      'Annual DOT inspection',
      'Brake inspection',
      'Preventive maintenance',
      'Tire rotation',
    ]);
    expect(await schedules()).toHaveLength(4);
    const audit = (await auditEntries(owner)).filter((a) => a.entity === 'maintenance_schedule');
    expect(audit).toHaveLength(4);
    expect(audit[0]?.actorLabel).toBe('Stationhand defaults');
    expect(must(await owner.request('GET', '/api/v1/fleet/settings'), 200).json()).toEqual({
      groundOnOverdueCritical: false,
    });
  });

  it('adds, changes, retires and deletes schedules; needs miles or days; dispatchers only read', async () => {
    const bad = await owner.request('POST', '/api/v1/maintenance/schedules', {
      name: 'Nothing',
      vanTypes: ['cdv'],
      everyMiles: null,
      everyDays: null,
      critical: false,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'everyMiles', message: 'Give miles, days or both.' }]);
    const wash = must(
      await owner.request('POST', '/api/v1/maintenance/schedules', {
        name: 'Cargo area deep clean',
        vanTypes: ['edv', 'cdv'],
        everyMiles: null,
        everyDays: 30,
        critical: false,
      }),
      201,
    ).json();
    const changed = must(
      await owner.request('PATCH', `/api/v1/maintenance/schedules/${wash.id}`, { everyDays: 14 }),
      200,
    ).json();
    expect(changed).toMatchObject({ everyDays: 14, retiredAt: null });
    expect(
      (await dispatcher.request('PATCH', `/api/v1/maintenance/schedules/${wash.id}`, { everyDays: 7 }))
        .statusCode,
    ).toBe(403);
    expect((await dispatcher.request('GET', '/api/v1/maintenance/schedules')).statusCode).toBe(200);
    const gone = must(await owner.request('DELETE', `/api/v1/maintenance/schedules/${wash.id}`), 200).json();
    expect(gone).toEqual({ outcome: 'deleted' });
    expect((await schedules()).map((s) => s.id)).not.toContain(wash.id);
  });

  it('records a service with its invoice, moves the odometer and makes the item ok', async () => {
    const id = await addVan(owner, station, ++n, {
      odometerMiles: 8_000,
      ownershipStart: addDays(today(), -100),
    });
    const before = must(await owner.request('GET', `/api/v1/vans/${id}/maintenance`), 200).json();
    const tires = before.items.find((i: { name: string }) => i.name === 'Tire rotation');
    expect(tires).toMatchObject({ state: 'overdue', dueAtMiles: 7_500, milesLeft: -500, lastService: null });
    expect(before.items.find((i: { name: string }) => i.name === 'Annual DOT inspection')).toBeUndefined();

    const invoice = must(await uploadFile(owner, 'document', tinyPdf(), 'invoice-4471.pdf'), 201).json();
    const res = await owner.request('POST', `/api/v1/vans/${id}/services`, {
      scheduleId: await scheduleId('Tire rotation'),
      serviceDate: today(),
      odometerMiles: 8_120,
      vendor: 'Discount Tire Fleet',
      description: 'Rotate and balance',
      costCents: 8_999,
      invoiceFileId: invoice.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      scheduleName: 'Tire rotation',
      vendor: 'Discount Tire Fleet',
      costCents: 8_999,
      invoice: { id: invoice.id, fileName: 'invoice-4471.pdf', url: `/api/v1/files/${invoice.id}` },
    });
    const after = must(await owner.request('GET', `/api/v1/vans/${id}/maintenance`), 200).json();
    expect(after.items.find((i: { name: string }) => i.name === 'Tire rotation')).toMatchObject({
      state: 'ok',
      dueAtMiles: 15_620,
    });
    expect(after.services).toHaveLength(1);
    expect((await van(id)).odometerMiles).toBe(8_120);
    const audit = (await auditEntries(owner)).filter((a) => a.entity === 'service_record');
    expect(audit[0]?.changes.invoice_file_id?.after).toBe(invoice.id);
  });

  it('refuses an unknown invoice file, a future date, an unknown item, and dispatchers', async () => {
    const id = await addVan(owner, station, ++n);
    const base = {
      scheduleId: null,
      serviceDate: today(),
      odometerMiles: 100,
      vendor: 'Shop',
      costCents: 100,
    };
    const unknownFile = await owner.request('POST', `/api/v1/vans/${id}/services`, {
      ...base,
      invoiceFileId: 'nope',
    });
    expect(unknownFile.statusCode).toBe(400);
    expect(unknownFile.json().errors[0].path).toBe('invoiceFileId');
    const future = await owner.request('POST', `/api/v1/vans/${id}/services`, {
      ...base,
      serviceDate: addDays(today(), 2),
    });
    expect(future.json().errors[0].path).toBe('serviceDate');
    const item = await owner.request('POST', `/api/v1/vans/${id}/services`, { ...base, scheduleId: 'nope' });
    expect(item.json().errors[0].path).toBe('scheduleId');
    expect((await dispatcher.request('POST', `/api/v1/vans/${id}/services`, base)).statusCode).toBe(403);
    // An ad-hoc repair (no schedule) is fine.
    must(
      await owner.request('POST', `/api/v1/vans/${id}/services`, { ...base, description: 'Mirror glass' }),
      201,
    );
  });

  it('does not ground for overdue critical maintenance while the setting is off', async () => {
    await setGrounding(false);
    const id = await stepVanJoined(400);
    const detail = await van(id);
    expect(detail.status).toBe('active');
    expect(detail.maintenance.overdue).toBeGreaterThan(0);
    const due = must(await owner.request('GET', `/api/v1/vans/${id}/maintenance`), 200).json();
    expect(due.items[0]).toMatchObject({ name: 'Annual DOT inspection', critical: true, state: 'overdue' });
  });

  it('grounds every van with an overdue critical item when the setting is turned on, and keeps it off the road', async () => {
    await setGrounding(false);
    const id = await stepVanJoined(400);
    const fine = await stepVanJoined(30);
    await setGrounding(true);
    const detail = await van(id);
    expect(detail).toMatchObject({
      status: 'grounded',
      statusReason: 'Overdue critical maintenance: Annual DOT inspection.',
    });
    expect(detail.statusHistory[0]).toMatchObject({ source: 'maintenance', changedBy: 'Maintenance rule' });
    expect((await van(fine)).status).toBe('active');

    const back = await owner.request('POST', `/api/v1/vans/${id}/status`, { status: 'active' });
    expect(back.statusCode).toBe(409);
    expect(back.json().detail).toContain('Annual DOT inspection overdue');
    must(
      await owner.request('POST', `/api/v1/vans/${id}/services`, {
        scheduleId: await scheduleId('Annual DOT inspection'),
        serviceDate: today(),
        odometerMiles: 5_000,
        vendor: 'State inspection station',
        costCents: 15_000,
      }),
      201,
    );
    // The inspection is done, but putting the van back is still a person's decision.
    expect((await van(id)).status).toBe('grounded');
    must(await owner.request('POST', `/api/v1/vans/${id}/status`, { status: 'active' }), 200);
    expect((await van(id)).status).toBe('active');
  });

  it('grounds when an odometer reading makes a critical item overdue', async () => {
    await setGrounding(true);
    must(
      await owner.request('POST', '/api/v1/maintenance/schedules', {
        name: 'Brake pad check (critical)',
        vanTypes: ['edv'],
        everyMiles: 5_000,
        everyDays: null,
        critical: true,
      }),
      201,
    );
    const id = await addVan(owner, station, ++n, { vanType: 'edv', odometerMiles: 4_000 });
    expect((await van(id)).status).toBe('active');
    await t.db.db.transaction().execute((trx) => recordOdometer(trx, acme.orgId, id, 5_000));
    expect((await van(id)).status).toBe('active');
    await t.db.db.transaction().execute((trx) => recordOdometer(trx, acme.orgId, id, 5_001));
    expect(await van(id)).toMatchObject({
      status: 'grounded',
      statusReason: 'Overdue critical maintenance: Brake pad check (critical).',
    });
  });

  it('grounds a van whose critical item fell overdue by the calendar on the next day’s first read', async () => {
    await setGrounding(true);
    const id = await stepVanJoined(30);
    must(
      await owner.request('POST', `/api/v1/vans/${id}/services`, {
        scheduleId: await scheduleId('Annual DOT inspection'),
        serviceDate: addDays(today(), -365),
        odometerMiles: 5_000,
        vendor: 'State inspection station',
        costCents: 15_000,
      }),
      201,
    );
    const listed = async () =>
      must(await dispatcher.request('GET', `/api/v1/vans?stationId=${station}&limit=500`), 200)
        .json()
        .items.find((v: { id: string }) => v.id === id).status;
    // Due today: still on the road. Tomorrow, with nothing written, the first reading of the fleet grounds it.
    expect(await listed()).toBe('active');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 86_400_000);
      expect(await listed()).toBe('grounded');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the fleet without a write transaction when the rule finds nothing to ground', async () => {
    await setGrounding(true);
    const transactions = vi.spyOn(t.db.db, 'transaction');
    try {
      must(await dispatcher.request('GET', `/api/v1/readiness?stationId=${station}`), 200);
      must(await dispatcher.request('GET', `/api/v1/vans?stationId=${station}&limit=500`), 200);
      expect(transactions).not.toHaveBeenCalled();
    } finally {
      transactions.mockRestore();
    }
  });

  it('lists the fleet’s due and overdue items, overdue first', async () => {
    const res = must(
      await dispatcher.request('GET', `/api/v1/maintenance/due?stationId=${station}`),
      200,
    ).json();
    const states = res.items.map((e: { item: { state: string } }) => e.item.state);
    expect(states.length).toBeGreaterThan(0);
    expect(states).toEqual(
      [...states].sort((a: string, b: string) => (a === b ? 0 : a === 'overdue' ? -1 : 1)),
    );
    expect(states.every((s: string) => s !== 'ok')).toBe(true);
    expect(res.items[0].van).toHaveProperty('fleetNumber');
  });

  it('retires a schedule that has service records instead of deleting it', async () => {
    const id = await scheduleId('Tire rotation');
    const res = must(await owner.request('DELETE', `/api/v1/maintenance/schedules/${id}`), 200).json();
    expect(res).toEqual({ outcome: 'retired' });
    expect((await schedules()).map((s) => s.id)).not.toContain(id);
    const all = must(await owner.request('GET', '/api/v1/maintenance/schedules?retired=true'), 200).json()
      .items;
    expect(all.find((s: { id: string }) => s.id === id).retiredAt).not.toBeNull();
    const restored = must(
      await owner.request('PATCH', `/api/v1/maintenance/schedules/${id}`, { retired: false }),
      200,
    );
    expect(restored.json().retiredAt).toBeNull();
  });
});
