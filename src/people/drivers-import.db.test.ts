import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AuditView,
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  uploadImport,
} from '../app/testing.js';

/**
 * Issue 3: "Import (`drivers` kind, through the foundation's import mechanism; natural key Transporter
 * ID, else employee id)". Through HTTP, end to end, on a fresh org per test.
 */

interface DriverView {
  id: string;
  userId: string | null;
  firstName: string;
  lastName: string;
  employeeId: string | null;
  transporterId: string | null;
  phone: string | null;
  email: string | null;
  language: 'en' | 'es';
  smsConsentAt: string | null;
  homeStationId: string;
  hourlyRateCents: number | null;
  hireDate: string | null;
  vanTypes: string[];
  licenseNumber: string | null;
  licenseState: string | null;
  licenseExpiry: string | null;
  dotMedicalExpiry: string | null;
  status: string;
  statusReason: string | null;
  statusSince: string;
  updatedAt: string;
}

let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type GivenOrg = SeededOrg & { slug: string; owner: Client };

/** A fresh org with stations DXC1 and DAU5, an owner, a manager of DAU5 only, and a dispatcher. */
async function givenOrg(): Promise<GivenOrg> {
  const slug = `dsp${++seq}`;
  const org = await seedOrg(t.db, {
    slug,
    stations: ['DXC1', 'DAU5'],
    users: [
      { email: `owner@${slug}.test`, role: 'owner', name: 'Olivia Owner' },
      { email: `mgr5@${slug}.test`, role: 'manager', stations: ['DAU5'] },
      { email: `disp@${slug}.test`, role: 'dispatcher' },
    ],
  });
  return { ...org, slug, owner: await signIn(t.app, `owner@${slug}.test`) };
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const HEADER =
  'First name,Last name,Transporter ID,Employee ID,Phone,Email,Language,SMS consent,Station,Hourly rate,Hire date,Van types,License number,License state,License expiry,DOT medical expiry,Status';
const MARIA =
  'Maria,Garcia,a1b2c3d4e5f6g7,E100,(512) 555-0123,Maria.Garcia@Example.com,Español,yes,DXC1,$21.50,3/15/2025,"EDV, CDV, Step van",G1234567,tx,2039-06-30,12/31/2038,Active';
const LUIS = 'Luis,Hernandez,A2B3C4D5E6F7G8,E101,512-555-0199,,English,no,dau5,21,2025-04-01,CDV,,,,,';
const ANA = 'Ana,Lopez,,E102,,,,,DXC1,,,,,,,,';
const ROSTER = csv(HEADER, MARIA, LUIS, ANA);

const upload = (c: Client, fileName: string, content: string | Buffer, fields: Record<string, string> = {}) =>
  uploadImport(c, 'drivers', fileName, content, fields);

async function driversOf(c: Client): Promise<DriverView[]> {
  const res = await c.request('GET', '/api/v1/drivers?limit=500');
  expect(res.statusCode).toBe(200);
  return res.json().items.map(({ clearance: _, ...d }: DriverView & { clearance: unknown }) => d);
}

async function byLastName(c: Client): Promise<Record<string, DriverView>> {
  return Object.fromEntries((await driversOf(c)).map((d) => [d.lastName, d]));
}

const auditOf = auditEntries;

/** Audit rows written since `before`, oldest first. */
async function newAudit(c: Client, before: AuditView[]): Promise<AuditView[]> {
  const seen = new Set(before.map((a) => a.id));
  return (await auditOf(c)).filter((a) => !seen.has(a.id)).reverse();
}

async function historyOf(c: Client, id: string): Promise<{ status: string; reason: string | null }[]> {
  const res = await c.request('GET', `/api/v1/drivers/${id}`);
  return res.json().statusHistory.map(({ status, reason }: { status: string; reason: string | null }) => ({
    status,
    reason,
  }));
}

describe('drivers import: create, update, idempotency', () => {
  it('creates DAs from a roster, reading each column as DSP spreadsheets write it, and audits each', async () => {
    const o = await givenOrg();
    const startedAt = new Date().toISOString();
    const res = await upload(o.owner, 'roster.csv', ROSTER);
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ status: 'committed', rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(result.mapping).toMatchObject({ transporterId: 'Transporter ID', station: 'Station', name: null });

    const das = await byLastName(o.owner);
    expect(das.Garcia).toMatchObject({
      firstName: 'Maria',
      transporterId: 'A1B2C3D4E5F6G7',
      employeeId: 'E100',
      phone: '+15125550123',
      email: 'maria.garcia@example.com',
      language: 'es',
      homeStationId: o.stationIds.DXC1,
      hourlyRateCents: 2150,
      hireDate: '2025-03-15',
      vanTypes: ['cdv', 'edv', 'step_van'],
      licenseNumber: 'G1234567',
      licenseState: 'TX',
      licenseExpiry: '2039-06-30',
      dotMedicalExpiry: '2038-12-31',
      status: 'active',
    });
    // "yes" sets the consent date to the import time.
    expect(das.Garcia?.smsConsentAt && das.Garcia.smsConsentAt >= startedAt).toBe(true);
    expect(das.Hernandez).toMatchObject({
      transporterId: 'A2B3C4D5E6F7G8',
      phone: '+15125550199',
      email: null,
      language: 'en',
      smsConsentAt: null,
      homeStationId: o.stationIds.DAU5,
      hourlyRateCents: 2100,
      vanTypes: ['cdv'],
      status: 'applicant',
    });
    expect(das.Lopez).toMatchObject({
      transporterId: null,
      employeeId: 'E102',
      vanTypes: [],
      status: 'applicant',
      homeStationId: o.stationIds.DXC1,
    });

    // A status history row for each new DA, and one audit row each, by "… via import roster.csv".
    expect(await historyOf(o.owner, das.Garcia?.id ?? '')).toEqual([{ status: 'active', reason: null }]);
    expect(await historyOf(o.owner, das.Lopez?.id ?? '')).toEqual([{ status: 'applicant', reason: null }]);
    const audit = (await auditOf(o.owner)).filter((a) => a.entity === 'driver');
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'create']);
    expect(new Set(audit.map((a) => a.entityId))).toEqual(
      new Set([das.Garcia?.id, das.Hernandez?.id, das.Lopez?.id]),
    );
    expect(audit[0]?.actorLabel).toContain('via import roster.csv');
  });

  it('reads other headers: one "Delivery Associate" name split at the last space, Associate ID, Mobile', async () => {
    const o = await givenOrg();
    const file = csv(
      'Delivery Associate,Associate ID,Mobile,Preferred language,Pay rate,Vans,DL Expiration,Station Code',
      'Maria Elena Garcia,E100,+1 512.555.0123,es,21.5,EDV/Step van,1/31/2040,DXC1',
      '"Hernandez, Luis",E101,,,,,,DAU5',
    );
    const res = (await upload(o.owner, 'adp.csv', file)).json();
    expect(res).toMatchObject({ status: 'committed', created: 2 });
    const das = await byLastName(o.owner);
    expect(das.Garcia).toMatchObject({
      firstName: 'Maria Elena',
      employeeId: 'E100',
      phone: '+15125550123',
      language: 'es',
      hourlyRateCents: 2150,
      vanTypes: ['edv', 'step_van'],
      licenseExpiry: '2040-01-31',
    });
    expect(das.Hernandez).toMatchObject({ firstName: 'Luis', employeeId: 'E101' });
  });

  it('updates what changed, counts the rest unchanged, and leaves blank cells’ stored values alone', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const before = await byLastName(o.owner);
    const auditBefore = await auditOf(o.owner);

    const changed = csv(
      HEADER,
      MARIA.replace('(512) 555-0123', '512 555 0456'),
      // Blank phone, language, rate and hire date: kept. "Inactive": a status change.
      'Luis,Hernandez,A2B3C4D5E6F7G8,E101,,,,,DAU5,,,CDV,,,,,inactive',
      ANA,
    );
    const res = (await upload(o.owner, 'roster-v2.csv', changed)).json();
    expect(res).toMatchObject({ status: 'committed', created: 0, updated: 2, unchanged: 1 });

    const after = await byLastName(o.owner);
    expect(after.Garcia).toEqual({ ...before.Garcia, phone: '+15125550456', updatedAt: expect.any(String) });
    expect(after.Hernandez).toEqual({
      ...before.Hernandez,
      status: 'inactive',
      statusReason: 'Set by an import.',
      updatedAt: expect.any(String),
    });
    expect(after.Lopez).toEqual(before.Lopez);

    const written = (await newAudit(o.owner, auditBefore)).filter((a) => a.entity === 'driver');
    expect(written.map((a) => [a.action, a.entityId])).toEqual([
      ['update', before.Garcia?.id],
      ['update', before.Hernandez?.id],
    ]);
    expect(written[0]?.changes).toEqual({ phone: { before: '+15125550123', after: '+15125550456' } });
    expect(await historyOf(o.owner, before.Hernandez?.id ?? '')).toEqual([
      { status: 'inactive', reason: 'Set by an import.' },
      { status: 'applicant', reason: null },
    ]);
  });

  it('changes nothing when the same file comes again: no audit rows, no status rows, same consent date', async () => {
    const o = await givenOrg();
    expect((await upload(o.owner, 'roster.csv', ROSTER)).json().status).toBe('committed');
    const das = await driversOf(o.owner);
    const auditBefore = await auditOf(o.owner);

    const again = (await upload(o.owner, 'roster.csv', ROSTER)).json();
    expect(again).toMatchObject({ status: 'committed', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await driversOf(o.owner)).toEqual(das);
    const written = await newAudit(o.owner, auditBefore);
    expect(written.map((a) => [a.entity, a.entityId])).toEqual([['import', again.id]]);
    for (const d of das) expect(await historyOf(o.owner, d.id)).toHaveLength(1);
  });

  it('matches a DA by employee ID when the file adds their Transporter ID, and by Transporter ID alone', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const before = await byLastName(o.owner);
    const file = csv(
      'Transporter ID,Employee ID,Phone,SMS consent',
      'A9Z8Y7X6W5V4U3,E102,5125550777,yes', // Ana had no Transporter ID
      'A1B2C3D4E5F6G7,,,no', // Maria, by Transporter ID only: withdraws consent
    );
    const res = (await upload(o.owner, 'ids.csv', file)).json();
    expect(res).toMatchObject({ status: 'committed', created: 0, updated: 2 });
    const after = await byLastName(o.owner);
    expect(after.Lopez).toMatchObject({
      id: before.Lopez?.id,
      transporterId: 'A9Z8Y7X6W5V4U3',
      phone: '+15125550777',
      smsConsentAt: expect.any(String),
    });
    expect(after.Garcia).toMatchObject({
      ...before.Garcia,
      smsConsentAt: null,
      updatedAt: expect.any(String),
    });
  });

  it('keeps the date consent was first given when "yes" comes again', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const first = (await byLastName(o.owner)).Garcia?.smsConsentAt;
    const res = (
      await upload(o.owner, 'consent.csv', csv('Transporter ID,SMS consent', 'A1B2C3D4E5F6G7,Y'))
    ).json();
    expect(res).toMatchObject({ status: 'committed', unchanged: 1 });
    expect((await byLastName(o.owner)).Garcia?.smsConsentAt).toBe(first);
  });

  it('writes files of more than one batch (500 rows) and reads them back unchanged', async () => {
    const o = await givenOrg();
    const n = 1100;
    const rows = Array.from({ length: n }, (_, i) => {
      const id = String(i).padStart(5, '0');
      return `First${id},Last${id},A0000000${id},E${id},512555${String(i).padStart(4, '0')},DXC1,EDV`;
    });
    const file = csv('First name,Last name,Transporter ID,Employee ID,Phone,Station,Van types', ...rows);
    expect((await upload(o.owner, 'big.csv', file)).json()).toMatchObject({
      status: 'committed',
      created: n,
    });
    const edited = csv(
      'First name,Last name,Transporter ID,Employee ID,Phone,Station,Van types',
      ...rows.map((r, i) => (i === 0 || i === 777 ? r.replace(',EDV', ',CDV') : r)),
    );
    expect((await upload(o.owner, 'big.csv', edited)).json()).toMatchObject({
      status: 'committed',
      created: 0,
      updated: 2,
      unchanged: n - 2,
    });
    const page = (await o.owner.request('GET', '/api/v1/drivers?q=Last00777')).json().items;
    expect(page).toMatchObject([{ transporterId: 'A000000000777', vanTypes: ['cdv'] }]);
  });
});

describe('drivers import: bad files are rejected whole, with row, column and message', () => {
  it('reports every bad cell and stores nothing', async () => {
    const o = await givenOrg();
    const file = csv(
      'Name,Transporter ID,Employee ID,Mobile,Email,Language,SMS consent,Station,Hourly rate,Hire date,Van types,License state,DOT medical expiry,Status',
      'Maria Garcia,A1B2C3D4E5F6G7,E100,5125550123,maria@example.com,es,yes,DXC1,21.50,2025-03-15,EDV,TX,2030-01-01,active',
      'Luis Hernandez,A123,E101,555-0199,not-an-email,French,maybe,DXC1,21.505,2/30/2025,"EDV, Box truck",Texas,2030-13-01,fired',
      'Cher,,E102,,,,,DXC1,,,,,,',
      'Ana Lopez,,,,,,,DXC1,,,,,,',
      'Rosa Diaz,,E104,,,,,ZZZ9,,,,,,',
    );
    const res = await upload(o.owner, 'bad.csv', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rows: 5, created: 0 });
    expect(res.json().errors).toEqual([
      { row: 3, column: 'Transporter ID', message: expect.stringContaining('A Transporter ID is an A') },
      { row: 3, column: 'Mobile', message: expect.stringContaining('country code') },
      { row: 3, column: 'Email', message: 'Not an email address.' },
      { row: 3, column: 'Language', message: 'Use English or Spanish.' },
      { row: 3, column: 'SMS consent', message: 'Use yes or no.' },
      { row: 3, column: 'Hourly rate', message: 'Use an hourly rate in dollars and cents, e.g. 21.50.' },
      { row: 3, column: 'Hire date', message: 'Not a real date.' },
      {
        row: 3,
        column: 'Van types',
        message: 'Unknown van type “Box truck”: use EDV, CDV, Step van or Rental.',
      },
      { row: 3, column: 'License state', message: 'Use the two-letter US state, e.g. TX.' },
      { row: 3, column: 'DOT medical expiry', message: 'Not a real date.' },
      { row: 3, column: 'Status', message: 'Use applicant, onboarding, active, inactive or terminated.' },
      { row: 4, column: 'Name', message: 'Give first and last name, e.g. Maria Garcia.' },
      { row: 5, column: 'Transporter ID', message: 'Give the DA’s Transporter ID or employee ID.' },
      { row: 6, column: 'Station', message: 'Unknown station ZZZ9.' },
    ]);
    expect(await driversOf(o.owner)).toEqual([]);
    expect((await auditOf(o.owner)).filter((a) => a.entity === 'driver')).toEqual([]);
  });

  it('names the First/Last name column a new DA lacks', async () => {
    const o = await givenOrg();
    const file = csv('First name,Last name,Employee ID,Station', 'Maria,,E100,DXC1', ',Garcia,E101,DXC1');
    expect((await upload(o.owner, 'names.csv', file)).json().errors).toEqual([
      { row: 2, column: 'Last name', message: 'Last name is required for a new DA.' },
      { row: 3, column: 'First name', message: 'First name is required for a new DA.' },
    ]);
  });

  it('reports a Transporter ID repeated in the file in its column, with the row it repeats', async () => {
    const o = await givenOrg();
    const file = csv(
      HEADER,
      MARIA,
      LUIS,
      'Mary,Garcia,A1B2C3D4E5F6G7,E900,,,,,DXC1,,,,,,,,',
      'Ana,Lopez,,E102,,,,,DXC1,,,,,,,,',
      'Anna,Lopes,,E102,,,,,DXC1,,,,,,,,',
    );
    const res = (await upload(o.owner, 'dupes.csv', file)).json();
    expect(res.status).toBe('rejected');
    expect(res.errors).toEqual([
      { row: 4, column: 'Transporter ID', message: 'Same Transporter ID A1B2C3D4E5F6G7 as row 2.' },
      { row: 6, column: 'Employee ID', message: 'Employee ID E102 is on an earlier row too.' },
    ]);
    expect(await driversOf(o.owner)).toEqual([]);
  });

  it('refuses a Transporter ID that belongs to another DA (matched by employee ID), naming both', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const before = await driversOf(o.owner);
    // Ana (E102) given Maria's Transporter ID.
    const file = csv('Transporter ID,Employee ID,Phone', 'A1B2C3D4E5F6G7,E102,5125550100');
    const res = (await upload(o.owner, 'swap.csv', file)).json();
    expect(res).toMatchObject({ status: 'rejected' });
    expect(res.errors).toEqual([
      {
        row: 2,
        column: 'Transporter ID',
        message:
          'Transporter ID A1B2C3D4E5F6G7 already belongs to Maria Garcia; employee ID E102 is Ana Lopez’s.',
      },
    ]);
    expect(await driversOf(o.owner)).toEqual(before);
  });

  it('refuses two rows about one DA on file, found by different keys', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const file = csv('Transporter ID,Employee ID,Phone', 'A1B2C3D4E5F6G7,,5125550100', ',E100,5125550101');
    expect((await upload(o.owner, 'twice.csv', file)).json().errors).toEqual([
      { row: 3, column: 'Employee ID', message: 'Maria Garcia is on an earlier row too.' },
    ]);
  });
});

describe('drivers import: the home station', () => {
  it('takes the Station column, else the station picked with the upload, else names the Station column', async () => {
    const o = await givenOrg();
    const file = csv('Name,Employee ID,Home station', 'Maria Garcia,E100,DAU5', 'Luis Hernandez,E101,');
    const noStation = (await upload(o.owner, 'roster.csv', file)).json();
    expect(noStation.errors).toEqual([
      {
        row: 3,
        column: 'Home station',
        message: 'No station: give the DA’s station code (e.g. DXC1) or pick a station for the file.',
      },
    ]);
    const withoutColumn = (await upload(o.owner, 'x.csv', csv('Name,Employee ID', 'Ana Lopez,E102'))).json();
    expect(withoutColumn.errors).toEqual([{ row: 2, column: 'Station', message: expect.any(String) }]);

    const res = (await upload(o.owner, 'roster.csv', file, { stationId: o.stationIds.DXC1 ?? '' })).json();
    expect(res).toMatchObject({ status: 'committed', created: 2 });
    const das = await byLastName(o.owner);
    expect(das.Garcia?.homeStationId).toBe(o.stationIds.DAU5);
    expect(das.Hernandez?.homeStationId).toBe(o.stationIds.DXC1);
  });

  it('keeps a known DA’s station when the file gives none, and moves them when it does', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const res = (
      await upload(o.owner, 'x.csv', csv('Employee ID,Station,Phone', 'E100,,5125550100', 'E101,DXC1,'))
    ).json();
    expect(res).toMatchObject({ status: 'committed', updated: 2 });
    const das = await byLastName(o.owner);
    expect(das.Garcia?.homeStationId).toBe(o.stationIds.DXC1);
    expect(das.Hernandez?.homeStationId).toBe(o.stationIds.DXC1);
  });

  it('lets a manager of one station import only DAs of that station', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER); // Maria and Ana at DXC1, Luis at DAU5
    const mgr = await signIn(t.app, `mgr5@${o.slug}.test`);
    const res = (
      await upload(
        mgr,
        'mine.csv',
        csv(
          'Name,Employee ID,Station',
          'Rosa Diaz,E200,DXC1',
          'Luis Hernandez,E101,DAU5',
          'Maria Garcia,E100,',
        ),
      )
    ).json();
    expect(res.errors).toEqual([
      { row: 2, column: 'Station', message: 'Unknown station DXC1.' },
      { row: 4, column: 'Employee ID', message: 'This DA works at a station you do not manage.' },
    ]);
    const ok = (await upload(mgr, 'mine.csv', csv('Name,Employee ID,Station', 'Rosa Diaz,E200,DAU5'))).json();
    expect(ok).toMatchObject({ status: 'committed', created: 1 });
    const picked = await upload(mgr, 'x.csv', csv('Name,Employee ID', 'Sam Lee,E201'), {
      stationId: o.stationIds.DXC1 ?? '',
    });
    expect(picked.statusCode).toBe(400);
  });

  it('is not for dispatchers (people.write), nor listed for them', async () => {
    const o = await givenOrg();
    const disp = await signIn(t.app, `disp@${o.slug}.test`);
    expect((await upload(disp, 'roster.csv', ROSTER)).statusCode).toBe(403);
    expect(await driversOf(o.owner)).toEqual([]);
    const kinds = (await o.owner.request('GET', '/api/v1/imports/kinds')).json().items;
    expect(kinds.find((k: { kind: string }) => k.kind === 'drivers')).toMatchObject({
      label: 'DAs',
      permission: 'people.write',
      needsStation: false,
    });
  });
});

describe('drivers import: XLSX and undo', () => {
  it('reads an XLSX whose dates are date cells and whose rate is a number', async () => {
    const o = await givenOrg();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Roster');
    ws.addRow([
      'Name',
      'Transporter ID',
      'Employee ID',
      'Hourly rate',
      'Hire date',
      'License expiry',
      'Station',
    ]);
    ws.addRow([
      'Maria Garcia',
      'A1B2C3D4E5F6G7',
      1234,
      21.5,
      new Date('2025-03-15T00:00:00Z'),
      new Date('2040-01-31T00:00:00Z'),
      'DXC1',
    ]);
    ws.getColumn(5).numFmt = 'm/d/yyyy';
    ws.getColumn(6).numFmt = 'm/d/yyyy';
    const res = (await upload(o.owner, 'roster.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))).json();
    expect(res).toMatchObject({ status: 'committed', created: 1 });
    expect((await byLastName(o.owner)).Garcia).toMatchObject({
      employeeId: '1234',
      hourlyRateCents: 2150,
      hireDate: '2025-03-15',
      licenseExpiry: '2040-01-31',
    });
  });

  it('undoes an import: removes the DAs it created, restores the ones it changed, and audits it', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    const before = await driversOf(o.owner);
    const byName = Object.fromEntries(before.map((d) => [d.lastName, d]));
    const file = csv(
      'Name,Transporter ID,Employee ID,Phone,Station,Status',
      'Maria Garcia,A1B2C3D4E5F6G7,E100,5125550100,DAU5,inactive',
      'Rosa Diaz,A5B5C5D5E5F5G5,E200,,DXC1,',
    );
    const imp = (await upload(o.owner, 'changes.csv', file)).json();
    expect(imp).toMatchObject({ status: 'committed', created: 1, updated: 1, unchanged: 0 });
    const rosa = (await byLastName(o.owner)).Diaz;
    const auditBefore = await auditOf(o.owner);

    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(200);
    const after = await driversOf(o.owner);
    expect(after.map(({ updatedAt: _, ...d }) => d)).toEqual(before.map(({ updatedAt: _, ...d }) => d));
    expect((await o.owner.request('GET', `/api/v1/drivers/${rosa?.id}`)).statusCode).toBe(404);
    // Status history only grows: inactive by the import, active again by its undo.
    expect(await historyOf(o.owner, byName.Garcia?.id ?? '')).toEqual([
      { status: 'active', reason: 'Import undone.' },
      { status: 'inactive', reason: 'Set by an import.' },
      { status: 'active', reason: null },
    ]);
    const written = await newAudit(o.owner, auditBefore);
    expect(written.map((a) => [a.entity, a.action, a.entityId])).toEqual([
      ['driver', 'delete', rosa?.id],
      ['driver', 'update', byName.Garcia?.id],
      ['import', 'update', imp.id],
    ]);
    expect(written[1]?.actorLabel).toContain('undoing import changes.csv');
    expect(written[1]?.changes.phone).toEqual({ before: '+15125550100', after: '+15125550123' });
  });

  it('refuses to undo when an id it would give back now belongs to another DA', async () => {
    const o = await givenOrg();
    await upload(o.owner, 'roster.csv', ROSTER);
    // The import changes Maria's employee ID E100 to E999; E100 is then given to a new DA by hand.
    const imp = (
      await upload(o.owner, 'x.csv', csv('Transporter ID,Employee ID', 'A1B2C3D4E5F6G7,E999'))
    ).json();
    expect(imp).toMatchObject({ status: 'committed', updated: 1 });
    const add = await o.owner.request('POST', '/api/v1/drivers', {
      firstName: 'New',
      lastName: 'Person',
      employeeId: 'E100',
      homeStationId: o.stationIds.DXC1,
    });
    expect(add.statusCode).toBe(201);
    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      'Maria Garcia’s employee ID E100 now belongs to New Person: change that first, then undo.',
    );
    expect((await byLastName(o.owner)).Garcia?.employeeId).toBe('E999');
  });

  it('refuses to undo the import that made a DA once the DA has a history, and says what', async () => {
    const o = await givenOrg();
    const imp = (await upload(o.owner, 'roster.csv', ROSTER)).json();
    const garcia = (await byLastName(o.owner)).Garcia;
    const logged = await o.owner.request('POST', `/api/v1/drivers/${garcia?.id}/attendance`, {
      date: '2026-01-05',
      kind: 'late',
      lateMinutes: 10,
    });
    expect(logged.statusCode).toBe(201);
    const res = await o.owner.request('POST', `/api/v1/imports/${imp.id}/undo`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      'Maria Garcia was added by this import and now has 1 attendance event: they cannot be taken out again.',
    );
    expect((await byLastName(o.owner)).Garcia?.id).toBe(garcia?.id);
  });
});
