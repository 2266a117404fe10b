import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp, uploadImport } from '../app/testing.js';
import { insertRoutes } from '../dispatch/day-store.js';
import { insertVanStatusChanges } from '../fleet/store.js';
import { addVan, must } from '../fleet/test-kit.js';
import { scorecardPdf } from '../performance/scorecard-pdf-testing.js';
import { fixedMonthlyPdf } from './fixed-monthly-pdf-write.js';

// Issue 16 item 5 through HTTP: Fixed Monthly against the AFS and the rate card, lessors' lines against
// our vans. September 2026 (30 days) at DAU5. Shared payroll-and-money.md §3: AFS 39, 25 owned + 12 LMR.
const LMR = 'Branded Last Mile Rental (LMR)';
const OWNED = 'Amazon Owned Branded';

const RATE_CARD = [
  'Effective From,Item,Service Type,Block Hours,Rate',
  `2026-09-01,fleet,${LMR},0,"$2,020.00"`,
  `2026-09-01,fleet,${OWNED},0,$475.00`,
].join('\n');

// The 14th pays 37 vans of an AFS of 39; the 15th pays LMR at $1,900 where the card says $2,020.
const FIXED_MONTHLY = [
  'Date,Description,Quantity,Rate,Amount',
  `"September 14, 2026",${OWNED} Cargo Van,25,$475.00,$395.83`,
  `"September 14, 2026",${LMR} Cargo Van,12,"$2,020.00",$808.00`,
  `"September 15, 2026",${OWNED} Cargo Van,25,$475.00,$395.83`,
  `"September 15, 2026",${LMR} Cargo Van,12,"$1,900.00",$760.00`,
].join('\n');
const AFS = ['Date,Total AFS', '2026-09-14,39', '2026-09-15,37'].join('\n');

// V-001 is billed for all September though returned on the 21st; an unknown VIN is V-002, which stood
// grounded for Amazon's repair from the 2nd to the 4th.
const LESSOR = [
  'Lessor,Invoice Number,VIN,Plate,Period Start,Period End,Days,Rate,Amount',
  'Element Fleet,EF-9001,,7abc-123,2026-09-01,2026-09-30,30,"$1,500.00","$1,500.00"',
  'Element Fleet,EF-9001,1FTBW3XM0PKZ99999,,2026-09-01,2026-09-30,30,"$1,500.00","$1,500.00"',
].join('\n');

/** A route of the station's day that went out and was closed, with the van it took (or none). */
const closedRoute = (date: string, vanId: string | null) => ({
  station_id: '',
  business_date: date,
  code: 'CX1',
  wave_time: '10:20',
  staging_location: null,
  service_type: null,
  planned_minutes: 600,
  stops: 150,
  packages: 240,
  van_type: 'cdv',
  driver_id: null,
  van_id: vanId,
  pinned: 0 as const,
  assignment_why: '[]',
  assigned_by: null,
  assigned_at: null,
  version: 1,
  actual_start: `${date}T17:00:00.000Z`,
  actual_end: `${date}T03:00:00.000Z`,
  stops_completed: 150,
  packages_delivered: 240,
  packages_returned: 0,
  closed_by: null,
  closed_at: `${date}T23:59:00.000Z`,
  source: 'manual',
});

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

interface Found {
  id: string;
  kind: string;
  date: string;
  differenceCents: number | null;
  deadline: string;
  evidence: { file: string; fileName: string; sha256: string; row: number }[];
}

describe('money: fleet bills checked against the AFS, the rate card and our vans', () => {
  let t: TestApp;
  let owner: Client;
  let manager: Client;
  let beta: Client;
  let stationId: string;
  let v2: string;
  let orgId: string;
  const upload = async (kind: string, name: string, content: string | Buffer) =>
    must(await uploadImport(owner, kind, name, content, { stationId }), 200).json();
  const month = async (c: Client = owner) =>
    must(await c.request('GET', `/api/v1/money/fleet?stationId=${stationId}&month=2026-09`), 200).json();
  const kinds = (items: Found[]) =>
    items.map((d) => [d.kind, d.date, d.differenceCents]).sort((a, b) => String(a).localeCompare(String(b)));

  beforeAll(async () => {
    t = await startTestApp();
    const org = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
      ],
    });
    await seedOrg(t.db, {
      slug: 'beta',
      stations: ['DLA8'],
      users: [{ email: 'owner@beta.test', role: 'owner' }],
    });
    stationId = org.stationIds.DAU5 as string;
    orgId = org.orgId;
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    beta = await signIn(t.app, 'owner@beta.test');
    const lease = {
      ownership: 'leased',
      lessor: 'Element Fleet',
      ownershipStart: '2026-01-01',
      monthlyRateCents: 150_000,
    };
    const v1 = await addVan(owner, stationId, 1, { ...lease, plate: '7ABC123' });
    v2 = await addVan(owner, stationId, 2, lease);
    const change = (
      vanId: string,
      status: 'returned' | 'grounded' | 'active',
      reason: string | null,
      at: string,
    ) => ({
      vanId,
      status,
      reason,
      source: 'manual',
      changedBy: 'test',
      changedByUserId: null,
      at,
    });
    await insertVanStatusChanges(t.db.db, org.orgId, [
      change(v1, 'returned', 'Lease ended; returned to Element Fleet.', '2026-09-21T19:00:00.000Z'),
      change(v2, 'grounded', 'Awaiting Amazon fleet repair (body shop)', '2026-09-02T19:00:00.000Z'),
      change(v2, 'active', null, '2026-09-05T19:00:00.000Z'),
    ]);
  });
  afterAll(() => t.close());

  it('Fixed Monthly below the AFS and at a wrong class rate, each in dollars with its evidence', async () => {
    await upload('rate-card', 'rates.csv', RATE_CARD);
    expect(await upload('fixed-monthly', 'fixed-monthly-sep.csv', FIXED_MONTHLY)).toMatchObject({
      status: 'committed',
      created: 4,
    });
    expect(await upload('afs', 'afs-sep.csv', AFS)).toMatchObject({ status: 'committed', created: 2 });
    const m = await month();
    expect(kinds(m.discrepancies)).toEqual([
      ['fleet-afs', '2026-09-14', 13_467], // 2 LMR van-days × $2,020 ÷ 30
      ['fleet-rate', '2026-09-15', 4_800], // 12 × ($2,020 − $1,900) ÷ 30
    ]);
    const afs = m.discrepancies.find((d: Found) => d.kind === 'fleet-afs') as Found;
    expect(afs.deadline).toBe('2026-10-14'); // September's last day + 14
    expect(afs.evidence).toEqual([
      expect.objectContaining({ file: 'afs', fileName: 'afs-sep.csv', sha256: sha(AFS), row: 2 }),
      expect.objectContaining({ file: 'fixed-monthly', sha256: sha(FIXED_MONTHLY), row: 2 }),
      expect.objectContaining({ file: 'fixed-monthly', sha256: sha(FIXED_MONTHLY), row: 3 }),
    ]);
    expect(m.days[0]).toMatchObject({ date: '2026-09-14', afs: 39, paidVans: 37, paidCents: 120_383 });
  });

  it('a lessor bill: a van matched by plate billed after its return; an unknown VIN listed, then linked', async () => {
    expect(await upload('fleet-invoice', 'element-sep.csv', LESSOR)).toMatchObject({ status: 'committed' });
    let m = await month();
    expect(m.bills.map((b: { van: { fleetNumber: string } | null }) => b.van?.fleetNumber ?? null)).toEqual([
      'V-001',
      null,
    ]);
    expect(
      kinds(m.discrepancies.filter((d: Found) => d.kind !== 'fleet-afs' && d.kind !== 'fleet-rate')),
    ).toEqual(
      [['fleet-returned', '2026-09-21', 50_000]], // 10 of 30 days of $1,500
    );
    must(
      await manager.request('POST', '/api/v1/money/fleet/link', {
        stationId,
        vin: '1FTBW3XM0PKZ99999',
        plate: null,
        vanId: v2,
      }),
      403,
    );
    const link = { stationId, vin: '1ftbw3xm0pkz99999', plate: null, vanId: v2 };
    expect(must(await owner.request('POST', '/api/v1/money/fleet/link', link), 200).json()).toEqual({
      linked: 1,
    });
    m = await month(manager);
    expect(m.bills[1].van.fleetNumber).toBe('V-002');
    expect(kinds(m.discrepancies)).toContainEqual(['fleet-grounded', '2026-09-02', 15_000]); // 3 of 30 days
  });

  it('the same file again changes nothing, and a week’s invoice checked again leaves the fleet’s findings', async () => {
    const before = (await month()).discrepancies.map((d: Found) => d.id).sort();
    expect(await upload('fixed-monthly', 'copy.csv', FIXED_MONTHLY)).toMatchObject({
      created: 0,
      unchanged: 4,
    });
    const week = [
      'Date,Description,Quantity,Rate,Amount',
      '2026-09-14,Training - Block of 8 hours,1,$223.20,$223.20',
      ',Total Due,,,$223.20',
    ].join('\n');
    await upload('variable-invoice', 'variable.csv', week);
    expect((await month()).discrepancies.map((d: Found) => d.id).sort()).toEqual(before);
  });

  it('undoing a fleet import checks the station’s fleet bills again', async () => {
    const afsKinds = async () =>
      (await month()).discrepancies.filter((d: Found) => d.kind === 'fleet-afs').map((d: Found) => d.date);
    expect(await afsKinds()).toEqual(['2026-09-14']);
    // A corrected AFS (the 14th authorized 37) replaces the first: the shortfall goes; undone, it is back.
    const corrected = await upload('afs', 'afs-sep-corrected.csv', ['Date,AFS', '2026-09-14,37'].join('\n'));
    expect(await afsKinds()).toEqual([]);
    must(await owner.request('POST', `/api/v1/imports/${corrected.id}/undo`), 200);
    expect(await afsKinds()).toEqual(['2026-09-14']);
  });

  it('a bad file names its row and column and keeps nothing', async () => {
    const bad = [...FIXED_MONTHLY.split('\n'), `2026-10-01,${LMR},x,$2,020.00,$1.00`].join('\n');
    const res = await upload(
      'fixed-monthly',
      'bad.csv',
      `${bad}\n2026-10-02,${LMR} Cargo Van,1,$2020,$67.33`,
    );
    expect(res).toMatchObject({ status: 'rejected', created: 0 });
    expect(res.errors).toContainEqual({
      row: 7,
      column: 'Date',
      message: "The invoice is one month's (2026-09): this day is in 2026-10.",
    });
    expect(res.errors).toContainEqual(expect.objectContaining({ row: 6, column: 'Quantity' }));
  });

  it('the Fixed Monthly PDF as Amazon sends it: its lines checked, kept by its SHA-256; another PDF refused', async () => {
    // October 2026 has 31 days: 12 LMR × $2,020 ÷ 31 = $781.94, the 2nd pays $760.00.
    const pdf = await fixedMonthlyPdf({
      invoiceNumber: 'FM-DAU5-202610',
      station: 'DAU5',
      days: ['2026-10-01', '2026-10-02'].map((date) => ({
        date,
        lines: [
          { vanClass: OWNED, quantity: 25, rateCents: 47_500 },
          {
            vanClass: LMR,
            quantity: 12,
            rateCents: 202_000,
            ...(date === '2026-10-02' ? { amountCents: 76_000 } : {}),
          },
        ],
      })),
    });
    const done = await upload('fixed-monthly', 'FixedMonthly-Oct-2026.pdf', pdf);
    expect(done).toMatchObject({ status: 'committed', created: 4 });
    const m = must(
      await owner.request('GET', `/api/v1/money/fleet?stationId=${stationId}&month=2026-10`),
      200,
    ).json();
    expect(kinds(m.discrepancies)).toEqual([['fleet-line', '2026-10-02', 2_194]]);
    expect(m.discrepancies[0].evidence).toEqual([
      expect.objectContaining({
        file: 'fixed-monthly',
        fileName: 'FixedMonthly-Oct-2026.pdf',
        sha256: sha(pdf),
        row: 5,
      }),
    ]);
    expect(await upload('fixed-monthly', 'again.pdf', pdf)).toMatchObject({ created: 0, unchanged: 4 });
    const refused = await upload('fixed-monthly', 'scorecard.pdf', await scorecardPdf());
    expect(refused).toMatchObject({ status: 'rejected', created: 0 });
    expect(refused.errors[0]).toMatchObject({
      row: 1,
      message: expect.stringMatching(/^scorecard\.pdf: It has no “Invoice Number:”/),
    });
    // A PDF to a kind that reads none is no sheet.
    const notSheet = await upload('afs', 'afs.pdf', pdf);
    expect(notSheet.errors[0].message).toMatch(/not a CSV or Excel/);
  });

  it('a rental billed for days the roster sent it out on no route: days beyond use', async () => {
    const rental = await addVan(owner, stationId, 3, {
      ownership: 'rental',
      lessor: 'Hertz',
      ownershipStart: '2026-08-01',
      plate: 'RNT3',
    });
    // Routes closed every day from 1 to 10 September; the rental went out on the first 7 only.
    const days = Array.from({ length: 10 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')}`);
    await insertRoutes(
      t.db.db,
      orgId,
      days.map((date, i) => ({ ...closedRoute(date, i < 7 ? rental : null), station_id: stationId })),
    );
    const bill = [
      'Lessor,Invoice Number,Plate,Period Start,Period End,Days,Amount',
      'Hertz,H-77,RNT3,2026-09-01,2026-09-10,10,$700.00',
    ];
    await upload('fleet-invoice', 'hertz-sep.csv', bill.join('\n'));
    const unused = (await month()).discrepancies.filter((d: Found) => d.kind === 'fleet-unused');
    expect(kinds(unused)).toEqual([['fleet-unused', '2026-09-08', 21_000]]); // 3 of 10 days of $700
    expect(unused[0].description).toBe(
      'V-003 (Hertz): 3 days billed beyond use: on the roster it went out on no route those days, $210.00 of $700.00 for 10 days',
    );
  });

  it('another org gets 404', async () => {
    must(await beta.request('GET', `/api/v1/money/fleet?stationId=${stationId}`), 404);
    must(
      await beta.request('POST', '/api/v1/money/fleet/link', { stationId, vin: 'X', plate: null, vanId: v2 }),
      404,
    );
  });
});
