import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp, uploadImport } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';

// Issue 16 item 2: Amazon's Capacity & Reliability report against WST's Service Details (shared
// payroll-and-money.md §3: columns A date, E final scheduled, F completed, H Amazon-paid cancels,
// J target, L DSP dropped; flag WST route-coded submitted work above completed, and dropped > 0).
// Week of Sunday 2026-11-15 at DAU5; a Rivian 10-hour block pays $325 (money.md).
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const RATE_CARD = [
  'Effective From,Item,Service Type,Block Hours,Rate',
  `2026-11-01,route,${RIVIAN},10,$325.00`,
  '2026-11-01,route,Nursery Route Level 2,8,$260.00',
].join('\n');

const WST_HEADER =
  'Date,Station,DSP short code,Delivery Associate,Route,Service Type,Planned Duration,Log in,Log out,Total Distance Planned,Total Distance Allowance,Distance unit,Shipments Delivered,Shipments Returned,Pickup Packages,Excluded?';
const wst = (date: string, route: string, type = RIVIAN, hours = '10:00', excluded = 'N') =>
  `${date},DAU5,ACME,DA ${route},${route},${type},${hours},07:00,17:00,80,90,mi,200,2,0,${excluded}`;
// The 16th: 3 Rivian routes with a code (one more excluded, one without a code: neither counts).
// The 17th: a Rivian and a nursery route: two rates, so an undercount is counted, not priced.
const WST = [
  WST_HEADER,
  wst('2026-11-16', 'CX1'),
  wst('2026-11-16', 'CX2'),
  wst('2026-11-16', 'CX3'),
  wst('2026-11-16', 'CX4', RIVIAN, '10:00', 'Y'),
  wst('2026-11-16', ''),
  wst('2026-11-17', 'CX1'),
  wst('2026-11-17', 'CX9', 'Nursery Route Level 2', '8:00'),
].join('\n');

// Headings as in a working DSP's export; the columns between are Amazon's other figures.
const CAPACITY_HEADER = [
  'Date',
  'Station',
  'DSP',
  'Initial Scheduled',
  'Final Scheduled',
  'Completed',
  'Reliability',
  'Amazon Paid Cancels',
  'DSP Late Cancels',
  'Target',
  'Capacity',
  'DSP Dropped',
];
const capacityRow = (date: string, completed: number, dropped: number) => [
  date,
  'DAU5',
  'ACME',
  '3',
  '3',
  String(completed),
  '100%',
  '0',
  '0',
  '3',
  '100%',
  String(dropped),
];
const CAPACITY = [
  CAPACITY_HEADER,
  capacityRow('2026-11-16', 2, 0),
  capacityRow('2026-11-17', 1, 1),
  capacityRow('2026-11-18', 0, 0),
]
  .map((r) => r.join(','))
  .join('\n');

interface Found {
  kind: string;
  date: string;
  description: string;
  differenceCents: number | null;
  evidence: { file: string; fileName: string; sha256: string; row: number }[];
}

describe('money: Capacity & Reliability against WST', () => {
  let t: TestApp;
  let owner: Client;
  let beta: Client;
  let stationId: string;
  const upload = async (kind: string, name: string, content: string | Buffer) =>
    must(await uploadImport(owner, kind, name, content, { stationId }), 200).json();
  const found = async (c: Client = owner): Promise<Found[]> =>
    must(await c.request('GET', '/api/v1/money/discrepancies?weekStart=2026-11-15'), 200).json().items;
  const capacity = async () =>
    (await found())
      .filter((d) => d.kind.startsWith('capacity-'))
      .map((d) => [d.kind, d.date, d.differenceCents])
      .sort((a, b) => String(a).localeCompare(String(b)));

  beforeAll(async () => {
    t = await startTestApp();
    const org = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    await seedOrg(t.db, {
      slug: 'beta',
      stations: ['DLA8'],
      users: [{ email: 'owner@beta.test', role: 'owner' }],
    });
    stationId = org.stationIds.DAU5 as string;
    owner = await signIn(t.app, 'owner@acme.test');
    beta = await signIn(t.app, 'owner@beta.test');
    await upload('rate-card', 'rates.csv', RATE_CARD);
  });
  afterAll(() => t.close());

  it('without WST, only the routes the DSP dropped are for review', async () => {
    expect(await upload('capacity-reliability', 'capacity-w47.csv', CAPACITY)).toMatchObject({
      status: 'committed',
      created: 3,
    });
    expect(await capacity()).toEqual([['capacity-dropped', '2026-11-17', null]]);
  });

  it('WST routes above the completed count: an undercount priced at the day’s one rate, else counted', async () => {
    await upload('wst-service-details', 'service-details-w47.csv', WST);
    expect(await capacity()).toEqual([
      ['capacity-dropped', '2026-11-17', null],
      ['capacity-undercount', '2026-11-16', 32_500], // 3 route-coded, not excluded; 2 completed
      ['capacity-undercount', '2026-11-17', null], // 2 against 1, a Rivian and a nursery route
    ]);
    const items = await found();
    const priced = items.find((d) => d.date === '2026-11-16') as Found;
    expect(priced.description).toBe(
      'WST has 3 routes submitted with a route code, Capacity & Reliability counts 2 completed: 1 route not counted, at $325.00 each',
    );
    expect(priced.evidence).toEqual([
      expect.objectContaining({
        file: 'capacity-reliability',
        fileName: 'capacity-w47.csv',
        sha256: createHash('sha256').update(CAPACITY).digest('hex'),
        row: 2,
      }),
      ...[2, 3, 4].map((row) =>
        expect.objectContaining({ file: 'wst', fileName: 'service-details-w47.csv', row }),
      ),
    ]);
    expect(
      items.find((d) => d.kind === 'capacity-undercount' && d.date === '2026-11-17')?.description,
    ).toMatch(/1 route not counted, not priced/);
  });

  it('the same report again changes nothing; undone, its findings go', async () => {
    const before = (await found()).map((d) => d.description).sort();
    expect(await upload('capacity-reliability', 'copy.csv', CAPACITY)).toMatchObject({
      created: 0,
      unchanged: 3,
    });
    expect((await found()).map((d) => d.description).sort()).toEqual(before);
    const history = must(await owner.request('GET', '/api/v1/imports?limit=50'), 200).json().items as {
      id: string;
      kind: string;
      status: string;
    }[];
    // Newest first: the copy (which kept nothing), then the report itself.
    for (const i of history.filter((x) => x.kind === 'capacity-reliability' && x.status === 'committed'))
      must(await owner.request('POST', `/api/v1/imports/${i.id}/undo`), 200);
    expect(await capacity()).toEqual([]);
  });

  it('an .xlsx whose headings differ is read by the columns’ places (A, E, F, H, J, L)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Capacity');
    sheet.addRow([
      'Day',
      'b',
      'c',
      'd',
      'Final',
      'Done',
      'g',
      'Paid cancels',
      'i',
      'Goal',
      'k',
      'Dropped by DSP',
    ]);
    sheet.addRow(['2026-11-16', '', '', '', 3, 1, '', 0, '', 3, '', 0]);
    const done = await upload(
      'capacity-reliability',
      'capacity.xlsx',
      Buffer.from(await book.xlsx.writeBuffer()),
    );
    expect(done).toMatchObject({ status: 'committed', created: 1 });
    expect(done.mapping).toMatchObject({ date: 'Day', completed: 'Done', dspDropped: 'Dropped by DSP' });
    expect(await capacity()).toEqual([['capacity-undercount', '2026-11-16', 65_000]]);
  });

  it('a bad row names its row and column and keeps nothing; another org sees none of it', async () => {
    const bad = await upload(
      'capacity-reliability',
      'bad.csv',
      `${CAPACITY}\n2026-11-19,DAU5,ACME,3,3,two,,0,0,3,,0`,
    );
    expect(bad).toMatchObject({ status: 'rejected', created: 0 });
    expect(bad.errors).toEqual([{ row: 5, column: 'Completed', message: 'A whole number, e.g. 37.' }]);
    expect(await found(beta)).toEqual([]);
  });
});
