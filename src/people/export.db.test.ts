import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  multipart,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';

const parseCsvText = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

/** Issue 3: "Import (`drivers` kind …) and export CSV/XLSX" — the export, and its round trip. */

let t: TestApp;
let acme: SeededOrg;
let owner: Client;

const HEADERS = [
  'First name',
  'Last name',
  'Transporter ID',
  'Employee ID',
  'Phone',
  'Email',
  'Language',
  'SMS consent',
  'Station',
  'Hourly rate',
  'Hire date',
  'Van types',
  'License number',
  'License state',
  'License expiry',
  'DOT medical expiry',
  'Status',
];

function upload(c: Client, fileName: string, content: string | Buffer, fields: Record<string, string> = {}) {
  const body = multipart(fileName, content, fields);
  return c.request('POST', '/api/v1/imports?kind=drivers', body.payload, body.headers);
}

const profiles = async (c: Client) =>
  (await c.request('GET', '/api/v1/drivers?limit=500'))
    .json()
    .items.map(
      ({
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        statusSince: _s,
        smsConsentAt,
        clearance: _cl,
        homeStationId: _h,
        ...d
      }: Record<string, unknown>) => ({ ...d, smsConsent: smsConsentAt !== null }),
    );

async function readXlsx(body: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

beforeAll(async () => {
  t = await startTestApp();
  acme = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DXC1', 'DAU7'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'disp7@acme.test', role: 'dispatcher', stations: ['DAU7'] },
      { email: 'da@acme.test', role: 'driver', stations: ['DXC1'] },
    ],
  });
  owner = await signIn(t.app, 'owner@acme.test');
  const roster = [
    HEADERS.join(','),
    'Maria,Garcia,A1B2C3D4E5F6G7,E100,(512) 555-0123,maria@example.com,Spanish,yes,DXC1,21.50,3/15/2025,"EDV, Step van",G1234567,TX,2039-06-30,2038-12-31,active',
    // A comma, a quote and a formula-looking name: the CSV quotes and guards them and reads them back.
    '"Luis ""Lucho""","Hernandez, Jr",A2B3C4D5E6F7G8,E101,,,English,no,DAU7,19.99,,CDV,,,,,applicant',
    '=cmd,Zed,,E102,,,,,DXC1,,,,,,,,onboarding',
    'Tom,Old,,E103,,,,,DAU7,,,,,,,,terminated',
  ];
  const res = await upload(owner, 'roster.csv', `${roster.join('\n')}\n`);
  expect(res.json()).toMatchObject({ status: 'committed', created: 4 });
});
afterAll(() => t.close());

describe('DA export', () => {
  it('sends a CSV attachment with the headers the import reads, quoting and guarding cells', async () => {
    const res = await owner.request('GET', '/api/v1/drivers/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="das-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADERS.join(','));
    // By last name: Garcia, "Hernandez, Jr", Old, Zed.
    expect(lines.slice(1)).toEqual([
      'Maria,Garcia,A1B2C3D4E5F6G7,E100,+15125550123,maria@example.com,Spanish,yes,DXC1,21.50,2025-03-15,"EDV, Step van",G1234567,TX,2039-06-30,2038-12-31,active',
      '"Luis ""Lucho""","Hernandez, Jr",A2B3C4D5E6F7G8,E101,,,English,no,DAU7,19.99,,CDV,,,,,applicant',
      'Tom,Old,,E103,,,English,no,DAU7,,,,,,,,terminated',
      "'=cmd,Zed,,E102,,,English,no,DXC1,,,,,,,,onboarding",
      '',
    ]);
    expect(parseCsvText(res.body)[2]?.slice(0, 2)).toEqual(['Luis "Lucho"', 'Hernandez, Jr']);
  });

  it('sends an XLSX with dates as date cells and the rate as a number', async () => {
    const res = await owner.request('GET', '/api/v1/drivers/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="das-.*\.xlsx"$/);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(5);
    const maria = rows[1] ?? [];
    expect(maria.slice(0, 9)).toEqual([
      'Maria',
      'Garcia',
      'A1B2C3D4E5F6G7',
      'E100',
      '+15125550123',
      'maria@example.com',
      'Spanish',
      'yes',
      'DXC1',
    ]);
    expect(maria[9]).toBe(21.5);
    expect(maria[10]).toEqual(new Date('2025-03-15T00:00:00Z'));
    expect(maria[11]).toBe('EDV, Step van');
    expect(rows[4]?.[0]).toBe('=cmd'); // a text cell, never a formula, in XLSX
  });

  it('applies the list’s filters and the actor’s station scope, and is closed to drivers', async () => {
    const lastNames = async (c: Client, query: string) =>
      parseCsvText((await c.request('GET', `/api/v1/drivers/export${query}`)).body)
        .slice(1)
        .map((r) => r[1]);
    expect(await lastNames(owner, '?status=active')).toEqual(['Garcia']);
    expect(await lastNames(owner, `?stationId=${acme.stationIds.DAU7}`)).toEqual(['Hernandez, Jr', 'Old']);
    const disp = await signIn(t.app, 'disp7@acme.test');
    expect(await lastNames(disp, '')).toEqual(['Hernandez, Jr', 'Old']);
    expect(await lastNames(disp, `?stationId=${acme.stationIds.DXC1}`)).toEqual([]);
    expect((await disp.request('GET', '/api/v1/drivers/export?status=bogus')).statusCode).toBe(400);
    expect((await disp.request('GET', '/api/v1/drivers/export?format=pdf')).statusCode).toBe(400);
    const da = await signIn(t.app, 'da@acme.test');
    expect((await da.request('GET', '/api/v1/drivers/export')).statusCode).toBe(403);
  });

  it('searches the list and the export ignoring case, on either database', async () => {
    const items = (await owner.request('GET', '/api/v1/drivers?q=garcia')).json().items;
    expect(items.map((d: { lastName: string }) => d.lastName)).toEqual(['Garcia']);
    const csv = parseCsvText((await owner.request('GET', '/api/v1/drivers/export?q=HERNANDEZ')).body);
    expect(csv.slice(1).map((r) => r[1])).toEqual(['Hernandez, Jr']);
  });

  it('round trip: an export, CSV or XLSX, imports back unchanged', async () => {
    const before = await profiles(owner);
    for (const format of ['csv', 'xlsx']) {
      const file = await owner.request('GET', `/api/v1/drivers/export?format=${format}`);
      const res = (await upload(owner, `das.${format}`, file.rawPayload)).json();
      expect(res, format).toMatchObject({
        status: 'committed',
        rows: 4,
        created: 0,
        updated: 0,
        unchanged: 4,
      });
    }
    expect(await profiles(owner)).toEqual(before);
  });

  it('round trip: an export imported into another org makes the same DAs there', async () => {
    const other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DXC1', 'DAU7'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
    const otherOwner = await signIn(t.app, 'owner@other.test');
    const file = await owner.request('GET', '/api/v1/drivers/export?format=xlsx');
    const res = (await upload(otherOwner, 'das.xlsx', file.rawPayload)).json();
    expect(res).toMatchObject({ status: 'committed', created: 4 });
    const stationCodes = (c: Client, o: SeededOrg) =>
      c
        .request('GET', '/api/v1/drivers?limit=500')
        .then((r) =>
          r
            .json()
            .items.map(
              (d: { homeStationId: string }) =>
                Object.entries(o.stationIds).find(([, id]) => id === d.homeStationId)?.[0],
            ),
        );
    expect(await profiles(otherOwner)).toEqual(await profiles(owner));
    expect(await stationCodes(otherOwner, other)).toEqual(await stationCodes(owner, acme));
  });
});
