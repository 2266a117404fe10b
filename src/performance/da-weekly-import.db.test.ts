import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import {
  csv,
  DASHBOARD_HEADER,
  dashboardCsv,
  dashboardRow,
  givenPerformance,
  type PerformanceScenario,
} from './testing.js';

// Issue 5, item 5: "`da-weekly` (the "DSP Overview Dashboard" per-DA weekly CSV/XLSX: values, tiers and
// scores; blank or "-" means no data; percentages as `99.6%` or `0.996`; the trailing-space header) …
// Rows are matched to DAs by Transporter ID; unknown IDs are listed for the manager to link, not dropped."

const ANA = 'A1B2C3D4E5F6G7';
const BEN = 'ABENBENBEN001';
const UNKNOWN = 'AUNKNOWN00001';

interface WeekDa {
  id: string;
  driverId: string | null;
  transporterId: string;
  name: string;
  rank: number | null;
  score: number | null;
  standing: string | null;
  metrics: Record<string, number | null>;
  tiers: Record<string, string | null>;
  amazon: { standing: string | null; score: number | null; tiers: Record<string, string | null> };
}

const FILE = dashboardCsv([
  dashboardRow(ANA, 'Ana Garcia'),
  dashboardRow(BEN, 'Ben Smith', {
    'Overall Standing': 'Fair',
    DCR: '0.996',
    POD: '96%',
    'FICO Metric': '',
    'FICO Tier': '-',
    CED: '1',
    'CED Tier': 'Poor',
  }),
  dashboardRow(UNKNOWN, 'Una Known', { DCR: '98.0%', 'Overall Standing': 'Great' }),
]);

describe('the da-weekly import kind', () => {
  let s: PerformanceScenario;
  let ana = '';
  let ben = '';
  const week = async (w = '2026-W48'): Promise<WeekDa[]> =>
    must(
      await s.manager.request('GET', `/api/v1/performance/week?stationId=${s.stationId}&week=${w}`),
      200,
    ).json().das;
  const byTid = async (tid: string, w?: string) => (await week(w)).find((d) => d.transporterId === tid);

  beforeAll(async () => {
    s = await givenPerformance();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia', transporterId: ANA });
    ben = await s.addDa({ firstName: 'Ben', lastName: 'Smith', transporterId: BEN });
  });
  afterAll(() => s.close());

  it('reads Amazon’s file as exported: BOM, CRLF, the trailing-space header, blanks, "-", both percentage forms', async () => {
    const res = await s.importFile('da-weekly', 'DSP_Overview_Dashboard_ACME_DAU5_2026-W48.csv', FILE);
    expect(res.body).toMatchObject({ status: 'committed', created: 3, errors: [] });
    // Issue 14, item 15: the result says which rows were kept with no DA, and where to link them.
    expect(res.body.unmatched).toEqual({
      field: 'Transporter ID',
      rows: 1,
      ids: [UNKNOWN],
      idCount: 1,
      message: `1 row's Transporter ID matches no DA: ${UNKNOWN} — kept; link it`,
      link: '/performance?tab=unknown',
    });
    const a = await byTid(ANA);
    const b = await byTid(BEN);
    expect(a).toMatchObject({ driverId: ana, name: 'Ana Garcia' });
    expect(a?.metrics).toMatchObject({
      dcr: 0.996,
      pod: 0.991,
      cdf_dpmo: 1250,
      delivered: 1204,
      psb: null,
      fico: 812,
    });
    expect(b).toMatchObject({ driverId: ben, name: 'Ben Smith' });
    expect(b?.metrics).toMatchObject({ dcr: 0.996, pod: 0.96, fico: null, ced: 1, contact_compliance: null });
    expect(a?.amazon).toMatchObject({
      standing: 'fantastic',
      score: 91.2,
      tiers: { dcr: 'fantastic', fico: 'fantastic' },
    });
    expect(b?.amazon.tiers).toMatchObject({ fico: null, ced: 'poor' });
  });

  it('scores and ranks the week under the default profile, beside Amazon’s figures', async () => {
    const das = await week();
    expect(das.map((d) => [d.transporterId, d.rank, d.standing])).toEqual([
      // Ana's 94.67 by the community's terms, +0.48 for a FICO of 812, −2.4 for 0.12 speeding events per 100 trips.
      [ANA, 1, 'fantastic'],
      [UNKNOWN, 2, 'fantastic'],
      [BEN, 3, 'great'],
    ]);
    expect(das[0]?.score).toBe(92.75);
    // Ben's CED makes a Poor metric (a cap at 85 − 1); his speeding already takes his 85.82 under it.
    expect(das[2]).toMatchObject({ score: 83.42, tiers: { ced: 'poor', pod: 'great', dcr: 'fantastic' } });
  });

  it('keeps a row whose Transporter ID matches no DA, unlinked, and lists it to link', async () => {
    expect(await byTid(UNKNOWN)).toMatchObject({ driverId: null, name: 'Una Known' });
    const unknown = must(
      await s.manager.request('GET', '/api/v1/performance/unknown-transporters'),
      200,
    ).json();
    expect(unknown.items).toEqual([
      expect.objectContaining({
        transporterId: UNKNOWN,
        name: 'Una Known',
        rows: 1,
        firstSeen: '2026-11-22',
        stations: ['DAU5'],
        holder: null,
      }),
    ]);
    const count = await s.manager.request('GET', '/api/v1/performance/unknown-transporters/count');
    expect(must(count, 200).json()).toEqual({ ids: 1, rows: 1 });
  });

  it('changes nothing the second time, and updates only the row a corrected file changes', async () => {
    expect((await s.importFile('da-weekly', 'week48.csv', FILE)).body).toMatchObject({
      created: 0,
      unchanged: 3,
      unmatched: { ids: [UNKNOWN], rows: 1 },
    });
    const fixed = FILE.replace('0.996', '0.997');
    expect((await s.importFile('da-weekly', 'week48.csv', fixed)).body).toMatchObject({
      updated: 1,
      unchanged: 2,
    });
    expect((await byTid(BEN))?.metrics.dcr).toBe(0.997);
  });

  it('links the unknown ID to a DA: the rows become theirs, the DA gets the ID, the next file matches', async () => {
    const cy = await s.addDa({ firstName: 'Una', lastName: 'Known' });
    const link = await s.manager.request('POST', `/api/v1/performance/unknown-transporters/${UNKNOWN}/link`, {
      driverId: cy,
    });
    expect(must(link, 200).json()).toEqual({
      transporterId: UNKNOWN,
      driverId: cy,
      rows: { daWeeks: 1, safetyEvents: 0, customerFeedback: 0 },
    });
    expect(await byTid(UNKNOWN)).toMatchObject({ driverId: cy });
    expect(must(await s.manager.request('GET', `/api/v1/drivers/${cy}`), 200).json().transporterId).toBe(
      UNKNOWN,
    );
    expect(
      must(await s.manager.request('GET', '/api/v1/performance/unknown-transporters'), 200).json().items,
    ).toEqual([]);
    const count = await s.manager.request('GET', '/api/v1/performance/unknown-transporters/count');
    expect(must(count, 200).json()).toEqual({ ids: 0, rows: 0 });
    const next = dashboardCsv([dashboardRow(UNKNOWN, 'Una Known', { Week: '2026-W49' })]);
    expect((await s.importFile('da-weekly', 'week49.csv', next)).body).toMatchObject({
      created: 1,
      unmatched: null,
    });
    expect(await byTid(UNKNOWN, '2026-W49')).toMatchObject({ driverId: cy });
  });

  it('refuses to link an ID to a DA who has another, or a DA the org does not have', async () => {
    const other = dashboardCsv([dashboardRow('ANEWID0000001', 'New Person')]);
    await s.importFile('da-weekly', 'week48-more.csv', other);
    const taken = await s.manager.request(
      'POST',
      '/api/v1/performance/unknown-transporters/ANEWID0000001/link',
      {
        driverId: ana,
      },
    );
    expect(must(taken, 409).json().detail).toContain(`has Transporter ID ${ANA}`);
    const foreign = await s.beta.owner.request(
      'POST',
      '/api/v1/performance/unknown-transporters/ANEWID0000001/link',
      {
        driverId: ana,
      },
    );
    must(foreign, 404);
  });

  it('takes the week from Amazon’s file name when the file has no Week column, else names the column', async () => {
    const noWeek = DASHBOARD_HEADER.filter((h) => h !== 'Week');
    const rows = [dashboardRow(ANA, 'Ana Garcia')];
    const named = await s.importFile(
      'da-weekly',
      'DSP_Overview_Dashboard_ACME_DAU5_2026-W47.csv',
      csv(noWeek, rows),
    );
    expect(named.body).toMatchObject({ status: 'committed', created: 1 });
    expect(await byTid(ANA, '2026-11-15')).toMatchObject({ driverId: ana });
    const unnamed = await s.importFile('da-weekly', 'metrics.csv', csv(noWeek, rows));
    expect(unnamed.body.status).toBe('rejected');
    expect(unnamed.body.errors).toEqual([
      { row: 2, column: 'Week', message: expect.stringContaining('Add a Week column') },
    ]);
  });

  it('names every bad cell by row and column and stores nothing', async () => {
    const bad = dashboardCsv(
      [
        dashboardRow(ANA, 'Ana Garcia', { Week: '2026-W50', DCR: '101%' }),
        dashboardRow(BEN, 'Ben Smith', { Week: '2026-W50', 'POD Tier': 'Excellent', 'CDF DPMO': 'lots' }),
        dashboardRow(UNKNOWN, 'Una Known', { Week: '2026-W50' }),
        dashboardRow(UNKNOWN, 'Una Known', { Week: '2026-12-09' }),
      ],
      { bom: false, eol: '\n' },
    );
    const res = await s.importFile('da-weekly', 'week50.csv', bad);
    expect(res.body.status).toBe('rejected');
    expect(res.body.errors).toEqual([
      { row: 2, column: 'DCR', message: 'A percentage such as 99.6% or 0.996, or "-" for no data.' },
      { row: 3, column: 'CDF DPMO', message: 'A number such as 0.12 or 1,204, or "-" for no data.' },
      { row: 3, column: 'POD Tier', message: expect.stringMatching(/^A tier/) },
      { row: 5, column: 'Transporter ID', message: `Same 2026-W50 ${UNKNOWN} as row 4.` },
    ]);
    expect(await week('2026-W50')).toEqual([]);
  });

  it('reads the same figures from an Excel export: percent and number formats, a date for the week', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow([
      'Week',
      'Delivery Associate ',
      'Transporter ID',
      'DCR',
      'POD',
      'FICO Metric',
      'Packages Delivered',
    ]);
    const row = sheet.addRow([new Date(Date.UTC(2026, 11, 9)), 'Ana Garcia', ANA, 0.9961, 0.975, '-', 1204]);
    row.getCell(4).numFmt = '0.00%';
    row.getCell(5).numFmt = '0.0%';
    row.getCell(7).numFmt = '#,##0';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await s.importFile('da-weekly', 'week50.xlsx', file)).body).toMatchObject({
      status: 'committed',
      created: 1,
    });
    expect((await byTid(ANA, '2026-12-06'))?.metrics).toMatchObject({
      dcr: 0.9961,
      pod: 0.975,
      fico: null,
      delivered: 1204,
    });
  });

  it('is for managers: a dispatcher reads the week of their station only, and cannot import', async () => {
    const res = await s.importFile('da-weekly', 'week48.csv', FILE, { as: s.dispatcher });
    expect(res.statusCode).toBe(403);
    must(await s.dispatcher.request('GET', `/api/v1/performance/week?stationId=${s.stationId}`), 200);
    must(await s.dispatcher.request('GET', `/api/v1/performance/week?stationId=${s.otherStationId}`), 404);
  });

  it('undoes the newest import of the kind: the week it wrote goes back', async () => {
    const history = must(await s.manager.request('GET', '/api/v1/imports?limit=50'), 200).json();
    const newest = history.items.find(
      (i: { kind: string; status: string }) => i.kind === 'da-weekly' && i.status === 'committed',
    );
    must(await s.manager.request('POST', `/api/v1/imports/${newest.id}/undo`), 200);
    expect(await byTid(ANA, '2026-12-06')).toBeUndefined();
    expect(await byTid(ANA, '2026-11-15')).toMatchObject({ driverId: ana });
  });
});
