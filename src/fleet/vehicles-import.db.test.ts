import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  uploadImport,
} from '../app/testing.js';
import { testVin } from './test-kit.js';

/** Issue 8: "Import (`vehicles` kind; natural key VIN) and export", through HTTP on a fresh org per test. */

let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type GivenOrg = SeededOrg & { slug: string; owner: Client };

/** A fresh org with stations DXC1 and DAU5, an owner, a manager of DAU5 only and a dispatcher. */
async function givenOrg(): Promise<GivenOrg> {
  const slug = `fleet${++seq}`;
  const org = await seedOrg(t.db, {
    slug,
    stations: ['DXC1', 'DAU5'],
    users: [
      { email: `owner@${slug}.test`, role: 'owner' },
      { email: `mgr5@${slug}.test`, role: 'manager', stations: ['DAU5'] },
      { email: `disp@${slug}.test`, role: 'dispatcher' },
    ],
  });
  return { ...org, slug, owner: await signIn(t.app, `owner@${slug}.test`) };
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const upload = (c: Client, fileName: string, content: string | Buffer, fields: Record<string, string> = {}) =>
  uploadImport(c, 'vehicles', fileName, content, fields);

const HEADER =
  'Fleet number,VIN,Station,Van type,Make,Model,Model year,Plate,Plate state,Ownership,Lessor,Start date,End date,Monthly rate,Odometer,Telematics ID,Camera ID,Status,Status reason';
const V1 = `V-001,${testVin(1)},DXC1,CDV,Ram,ProMaster 2500,2023,8ABC123,CA,Leased,Element Fleet,2023-03-01,2027-02-28,"$1,250.00","45,210",GEO-1,NTD-1,Active,`;
const V2 = `V-002,${testVin(2).toLowerCase()},dau5,Step van,Ford,E-450,2021,,TX,Amazon fleet program,,3/1/2022,,,88000 mi,,,In shop,Transmission`;
const V3 = `V-003,${testVin(3)},,EDV,Rivian,EDV 700,2024,,,Owned,,,,,1200,,,,`;
const FLEET = csv(HEADER, V1, V2, V3);

interface VanView {
  id: string;
  fleetNumber: string;
  vin: string;
  stationId: string;
  status: string;
  statusReason: string | null;
  odometerMiles: number | null;
  [k: string]: unknown;
}

const vansOf = async (c: Client): Promise<Record<string, VanView>> =>
  Object.fromEntries(
    ((await c.request('GET', '/api/v1/vans?limit=500')).json().items as VanView[]).map((v) => [
      v.fleetNumber,
      v,
    ]),
  );

describe('vehicles import', () => {
  it('creates vans from a fleet file, reading each column as fleet reports write it, and audits each', async () => {
    const o = await givenOrg();
    const res = await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'committed', rows: 3, created: 3, updated: 0, unchanged: 0 });
    const vans = await vansOf(o.owner);
    expect(vans['V-001']).toMatchObject({
      vin: testVin(1),
      stationId: o.stationIds.DXC1,
      vanType: 'cdv',
      make: 'Ram',
      model: 'ProMaster 2500',
      year: 2023,
      plate: '8ABC123',
      plateState: 'CA',
      ownership: 'leased',
      lessor: 'Element Fleet',
      ownershipStart: '2023-03-01',
      ownershipEnd: '2027-02-28',
      monthlyRateCents: 125_000,
      odometerMiles: 45_210,
      telematicsId: 'GEO-1',
      cameraId: 'NTD-1',
      status: 'active',
    });
    expect(vans['V-002']).toMatchObject({
      vin: testVin(2),
      stationId: o.stationIds.DAU5,
      vanType: 'step_van',
      ownership: 'amazon_fleet',
      ownershipStart: '2022-03-01',
      odometerMiles: 88_000,
      status: 'in_shop',
      statusReason: 'Transmission',
    });
    // No Station cell: the station picked with the upload.
    expect(vans['V-003']).toMatchObject({ stationId: o.stationIds.DXC1, vanType: 'edv', ownership: 'owned' });
    const history = (await o.owner.request('GET', `/api/v1/vans/${vans['V-002']?.id}`)).json().statusHistory;
    expect(history).toMatchObject([{ status: 'in_shop', reason: 'Transmission', source: 'import' }]);
    const audit = (await auditEntries(o.owner)).filter((a) => a.entity === 'van');
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'create']);
    expect(audit[0]?.actorLabel).toContain('via import fleet.csv');
  });

  it('changes nothing the second time, and updates only what changed', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    const before = await vansOf(o.owner);
    const again = (await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' })).json();
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 3 });
    expect(await vansOf(o.owner)).toEqual(before);

    const auditBefore = (await auditEntries(o.owner)).length;
    // By VIN alone: a new plate, a lower odometer (ignored), and grounded without a reason.
    const changes = csv(
      'VIN,Plate,Odometer,Status',
      `${testVin(1)},9XYZ987,45000,Grounded`,
      `${testVin(3)},,1300,`,
    );
    const res = (await upload(o.owner, 'changes.csv', changes)).json();
    expect(res).toMatchObject({ status: 'committed', updated: 2, unchanged: 0 });
    const after = await vansOf(o.owner);
    expect(after['V-001']).toMatchObject({
      plate: '9XYZ987',
      odometerMiles: 45_210,
      status: 'grounded',
      statusReason: 'Set by an import.',
      lessor: 'Element Fleet',
    });
    expect(after['V-003']?.odometerMiles).toBe(1_300);
    const written = (await auditEntries(o.owner)).slice(0, -auditBefore).filter((a) => a.entity === 'van');
    expect(written.map((a) => Object.keys(a.changes).sort())).toEqual([
      ['odometer_at', 'odometer_miles'],
      ['plate', 'status', 'status_reason', 'status_since'],
    ]);
  });

  it('rejects the whole file with every bad cell by row and column, bad VIN check digits included', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    const badVin = `${testVin(9).slice(0, 8)}${testVin(9)[8] === '5' ? '6' : '5'}${testVin(9).slice(9)}`;
    const file = csv(
      HEADER,
      `V-010,${badVin},DXC1,CDV,,,,,,Owned,,,,,,,,,`,
      `V-011,${testVin(11)},ZZZ9,Box truck,,,1979,,Texas,Leased,,2024-05-01,2024-04-01,12.345,-5,,,Parked,`,
      `V-001,${testVin(12)},DXC1,CDV,,,,,,Owned,,,,,,,,,`,
      `V-013,${testVin(13)},DXC1,,,,,,,,,,,,,,,,`,
      `V-014,${testVin(2)},DXC1,,,,,,,,,,,,,,,,`,
      `V-015,${testVin(2)},DXC1,,,,,,,,,,,,,,,,`,
      `,,,,,,,,,,,,,,,,,,Lost`,
    );
    const res = await upload(o.owner, 'bad.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rows: 7, created: 0 });
    const expected = testVin(9)[8];
    expect(res.json().errors).toEqual([
      {
        row: 2,
        column: 'VIN',
        message: `The check digit (9th character) of this VIN should be ${expected}, not ${badVin[8]}: a character is mistyped.`,
      },
      {
        row: 3,
        column: 'Van type',
        message: 'Unknown van type “Box truck”: use EDV, CDV, Step van or Rental.',
      },
      { row: 3, column: 'Model year', message: 'Model years start at 1981 for 17-character VINs.' },
      { row: 3, column: 'Plate state', message: 'Use the two-letter US state, e.g. TX.' },
      { row: 3, column: 'Monthly rate', message: 'Use a monthly amount in dollars and cents, e.g. 1250.00.' },
      { row: 3, column: 'Odometer', message: 'Use whole miles, e.g. 45210.' },
      { row: 3, column: 'Status', message: 'Use Active, Grounded, In shop or Returned.' },
      {
        row: 4,
        column: 'Fleet number',
        message: `Fleet number V-001 is already the van with VIN ${testVin(1)}.`,
      },
      { row: 5, column: 'Van type', message: 'Van type is required for a new van.' },
      { row: 5, column: 'Ownership', message: 'Ownership is required for a new van.' },
      // Row 6 renames van V-002 (found by its VIN): fine; row 7 is about the same van again.
      { row: 7, column: 'VIN', message: `Same VIN ${testVin(2)} as row 6.` },
      { row: 8, column: 'VIN', message: 'VIN is required.' },
    ]);
    expect(Object.keys(await vansOf(o.owner))).toEqual(['V-001', 'V-002', 'V-003']);
  });

  it('reports a lease without a lessor, an unknown station and a VIN twice in one file', async () => {
    const o = await givenOrg();
    const file = csv(
      'VIN,Fleet number,Van type,Ownership,Station',
      `${testVin(20)},V-020,CDV,Owned,DXC1`,
      `${testVin(21)},V-021,CDV,Leased,DXC1`,
      `${testVin(22)},V-022,CDV,Owned,ZZZ9`,
      `${testVin(23)},V-023,CDV,Owned,`,
      `${testVin(20)},V-024,CDV,Owned,DXC1`,
      `${testVin(25)},V-020,CDV,Owned,DXC1`,
    );
    const res = (await upload(o.owner, 'x.csv', file)).json();
    expect(res.errors).toEqual([
      { row: 3, column: 'Lessor', message: 'Name the lessor of a leased van, e.g. Element Fleet.' },
      { row: 4, column: 'Station', message: 'Unknown station ZZZ9.' },
      {
        row: 5,
        column: 'Station',
        message: 'No station: give the van’s station code (e.g. DXC1) or pick a station for the file.',
      },
      { row: 6, column: 'VIN', message: `Same VIN ${testVin(20)} as row 2.` },
      { row: 7, column: 'Fleet number', message: 'Fleet number V-020 is on an earlier row too.' },
    ]);
  });

  it('previews exact counts on a dry run and stores nothing', async () => {
    const o = await givenOrg();
    const res = (
      await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '', dryRun: 'true' })
    ).json();
    expect(res).toMatchObject({ status: 'preview', created: 3, updated: 0, unchanged: 0 });
    expect(await vansOf(o.owner)).toEqual({});
    expect((await auditEntries(o.owner)).filter((a) => a.entity === 'van')).toEqual([]);
  });

  it('lets a station manager import only their station’s vans; not for dispatchers', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    const mgr = await signIn(t.app, `mgr5@${o.slug}.test`);
    const res = (
      await upload(mgr, 'mine.csv', csv('VIN,Plate', `${testVin(1)},NEW1`, `${testVin(2)},NEW2`))
    ).json();
    expect(res.errors).toEqual([
      { row: 2, column: 'VIN', message: 'This van belongs to a station you do not manage.' },
    ]);
    const disp = await signIn(t.app, `disp@${o.slug}.test`);
    expect((await upload(disp, 'fleet.csv', FLEET)).statusCode).toBe(403);
  });

  it('undoes an import: removes the vans it created, restores the ones it changed, history grows', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    const before = await vansOf(o.owner);
    const imp = (
      await upload(
        o.owner,
        'changes.csv',
        csv(
          'VIN,Fleet number,Van type,Ownership,Station,Status,Status reason',
          `${testVin(1)},,,,,Returned,Lease ended`,
          `${testVin(30)},V-030,EDV,Owned,DAU5,,`,
        ),
      )
    ).json();
    expect(imp).toMatchObject({ status: 'committed', created: 1, updated: 1 });
    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(200);
    const after = await vansOf(o.owner);
    const strip = (v: Record<string, VanView>) =>
      Object.fromEntries(
        Object.entries(v).map(([k, { updatedAt: _u, statusSince: _s, ...rest }]) => [k, rest]),
      );
    expect(strip(after)).toEqual(strip(before));
    const history = (await o.owner.request('GET', `/api/v1/vans/${before['V-001']?.id}`)).json()
      .statusHistory;
    expect(history.map((h: { status: string; reason: string }) => [h.status, h.reason])).toEqual([
      ['active', 'Import undone.'],
      ['returned', 'Lease ended'],
      ['active', null],
    ]);
  });

  it('refuses to undo the import that made a van once the van has been on a route, and says so', async () => {
    const o = await givenOrg();
    const imp = (await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' })).json();
    const van = (await vansOf(o.owner))['V-003'];
    const day = new Date().toISOString().slice(0, 10);
    const route = await o.owner.request(
      'POST',
      `/api/v1/dispatch/routes?stationId=${van?.stationId}&date=${day}`,
      {
        code: 'CX1',
        waveTime: '10:20',
        plannedMinutes: 540,
        vanType: 'edv',
      },
    );
    expect(route.statusCode).toBe(201);
    const assigned = await o.owner.request('POST', `/api/v1/dispatch/routes/${route.json().id}/assign`, {
      driverId: null,
      vanId: van?.id,
      version: 1,
    });
    expect(assigned.statusCode).toBe(200);
    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      'Van V-003 was added by this import and now has 1 route: it cannot be taken out again.',
    );
    expect(Object.keys(await vansOf(o.owner)).sort()).toEqual(['V-001', 'V-002', 'V-003']);
  });
});

describe('van export', () => {
  it('writes the import’s headers and imports back unchanged, as CSV and as XLSX', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    // A formula-looking reason and a comma must survive the trip.
    const v3 = (await vansOf(o.owner))['V-003']?.id;
    await o.owner.request('POST', `/api/v1/vans/${v3}/status`, {
      status: 'grounded',
      reason: '=SUM(A1), mirror',
    });
    const before = await vansOf(o.owner);

    const res = await o.owner.request('GET', '/api/v1/vans/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="vans-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe(
      `V-001,${testVin(1)},DXC1,CDV,Ram,ProMaster 2500,2023,8ABC123,CA,Leased,Element Fleet,2023-03-01,2027-02-28,1250.00,45210,GEO-1,NTD-1,Active,`,
    );
    expect(lines[3]).toContain(`"'=SUM(A1), mirror"`);
    const back = (await upload(o.owner, 'export.csv', res.body)).json();
    expect(back).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 3 });

    const xlsx = await o.owner.request('GET', '/api/v1/vans/export?format=xlsx&vanType=cdv');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(7).value).toBe(2023);
    const backX = (await upload(o.owner, 'export.xlsx', xlsx.rawPayload)).json();
    expect(backX).toMatchObject({ status: 'committed', unchanged: 1, updated: 0 });
    expect(await vansOf(o.owner)).toEqual(before);
  });

  it('exports only the vans a station-scoped reader may see', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'fleet.csv', FLEET, { stationId: o.stationIds.DXC1 ?? '' });
    const mgr = await signIn(t.app, `mgr5@${o.slug}.test`);
    const lines = (await mgr.request('GET', '/api/v1/vans/export')).body.trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['V-002']);
  });
});
