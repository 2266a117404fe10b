import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp, uploadImport } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { moneyToday } from './today.js';

// Issue 16 items 2–4: the Incentive invoice and WST's Training, Weekly Report, Unplanned Delay and Delivered
// Packages files against the week's Variable invoice, priced by the rate card (shared domain/money.md:
// training $223.20, late cancel $200, delay $32.49/h, $0.06 a package, Fantastic Plus $0.15, Fantastic $0.07).
const WEEK = '2026-11-15';

const RATE_CARD = [
  'Effective From,Item,Service Type,Block Hours,Rate',
  '2026-11-01,training,,8,$223.20',
  '2026-11-01,late-cancel,,0,$200.00',
  '2026-11-01,unplanned-delay,,0,$32.49',
  '2026-11-01,per-package,,0,$0.06',
  '2026-11-01,incentive,Fantastic Plus,0,$0.15',
  '2026-11-01,incentive,Fantastic,0,$0.07',
].join('\n');

const VARIABLE = [
  'Date,Description,Quantity,Rate,Amount',
  '2026-11-16,Training - Block of 8 hours,1,$223.20,$223.20',
  '2026-11-17,AMZL Late Cancel- weekday,1,$200.00,$200.00',
  '2026-11-17,Unplanned Delay,0.37,$32.49,$12.02',
  ',Per piece payment - deliveries,400,$0.06,$24.00',
  ',Total Due,,,$459.22',
].join('\n');

// Paid at Fantastic's rate; the week's scorecard says Fantastic Plus. No line is dated: the name says the week.
const INCENTIVE = [
  'Date,Description,Quantity,Rate,Amount',
  ',Delivery Excellence Incentive (Fantastic),400,$0.07,$28.00',
  ',Total Due,,,$28.00',
].join('\n');

const TRAINING = [
  'Assignment Date,Payment Date,Delivery Associate,Course Name,DSP Payment Eligible',
  '2026-11-16,2026-11-22,Ana Ruiz,New DA Training,Y',
  '2026-11-18,2026-11-22,Bo Chen,New DA Training,Y',
  '2026-11-18,2026-11-22,Cy Diaz,Refresher,N',
].join('\n');

const WEEKLY_REPORT = [
  'Service Type,Planned Duration,AMZL Late Cancel,DSP Late Cancel,Quick Coverage Accepted,Completed Routes',
  'Standard Parcel Electric - Rivian MEDIUM,10:00,2,0,1,40',
  'Nursery Route Level 2,PT8H,0,1,0,3',
].join('\n');

// 22 minutes are the 0.37 hours paid: nothing to report.
const DELAY = [
  'Date,Unplanned Delay,Total Delay In Minutes,Impacted Routes,Notes',
  '2026-11-17,Late truck,22,CX1,',
].join('\n');

const PACKAGES = [
  'Date,Station,DSP Short Code,Package Count,Package Type',
  '2026-11-16,DAU5,ACME,250,Delivered',
  '2026-11-17,DAU5,ACME,160,Delivered',
].join('\n');

interface Found {
  kind: string;
  description: string;
  differenceCents: number | null;
  evidence: { file: string; fileName: string; row: number }[];
}

describe('money: the Incentive invoice and WST’s weekly files', () => {
  let t: TestApp;
  let owner: Client;
  let stationId: string;
  let orgId: string;
  const upload = async (kind: string, name: string, content: string) =>
    must(await uploadImport(owner, kind, name, content, { stationId }), 200).json();
  const found = async (): Promise<Found[]> =>
    must(await owner.request('GET', `/api/v1/money/discrepancies?weekStart=${WEEK}`), 200).json().items;
  const byKind = (items: Found[]) =>
    items.map((d) => [d.kind, d.differenceCents]).sort((a, b) => String(a).localeCompare(String(b)));

  beforeAll(async () => {
    t = await startTestApp();
    const org = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    stationId = org.stationIds.DAU5 as string;
    orgId = org.orgId;
    owner = await signIn(t.app, 'owner@acme.test');
    await upload('rate-card', 'rates.csv', RATE_CARD);
    await upload('variable-invoice', 'variable.csv', VARIABLE);
  });
  afterAll(() => t.close());

  it('each file counts what the invoice pays for: training, late cancels, delay hours, packages', async () => {
    expect(await upload('wst-training', 'training.csv', TRAINING)).toMatchObject({ created: 3 });
    expect(
      await upload('wst-weekly-report', 'NDAY Weekly Report-2026-11-21.csv', WEEKLY_REPORT),
    ).toMatchObject({
      created: 2,
    });
    expect(await upload('wst-unplanned-delay', 'delay.csv', DELAY)).toMatchObject({ created: 1 });
    expect(await upload('wst-delivered-packages', 'packages.csv', PACKAGES)).toMatchObject({ created: 2 });
    expect(byKind(await found())).toEqual([
      ['late-cancel-count', 20000], // WST's 2 AMZL late cancels, 1 paid
      ['package-count', 60], // 410 delivered, 400 paid at $0.06
      ['training-count', 22320], // 2 eligible (the N is not), 1 paid
    ]);
    const training = (await found()).find((d) => d.kind === 'training-count');
    expect(training?.evidence.map((e) => [e.fileName, e.row])).toEqual([
      ['training.csv', 2],
      ['training.csv', 3],
      ['variable.csv', 2],
    ]);
  });

  it('the Incentive invoice at its tier: right until the scorecard says another tier', async () => {
    expect(await upload('incentive-invoice', 'Incentive-2026-11-21.csv', INCENTIVE)).toMatchObject({
      status: 'committed',
    });
    expect((await found()).some((d) => d.kind.startsWith('incentive'))).toBe(false);
    await t.db.db
      .insertInto('dsp_scorecards')
      .values({
        org_id: orgId,
        id: 'sc1',
        station_id: stationId,
        week_start: WEEK,
        file_id: 'f1',
        file_name: 'scorecard.pdf',
        sha256: 'x',
        reading: '{}',
        entries: '{}',
        overall_standing: 'Fantastic Plus',
        overall_score: 93,
        status: 'complete',
        uploaded_by: null,
        created_at: '2026-11-24T00:00:00Z',
        updated_at: '2026-11-24T00:00:00Z',
      })
      .execute();
    // A later delay snapshot (35 minutes: 0.58 h) checks the week again, now with the scorecard's tier.
    await upload('wst-unplanned-delay', 'delay-2.csv', DELAY.replace(',22,', ',35,'));
    const rate = (await found()).find((d) => d.kind === 'incentive-rate');
    expect(rate).toMatchObject({ differenceCents: 3200 }); // 400 × ($0.15 − $0.07)
    expect(rate?.evidence).toEqual([expect.objectContaining({ file: 'incentive', row: 2 })]);
    expect((await found()).find((d) => d.kind === 'delay-hours')).toMatchObject({ differenceCents: 682 }); // 0.21 h × $32.49
  });

  it('the home page warns three days before a dispute window closes, to whoever disputes', async () => {
    const on = async (today: string, role: 'owner' | 'manager' = 'owner') =>
      moneyToday(
        { db: t.db.db, stations: [{ id: stationId, code: 'DAU5', yesterday: '', today, tomorrow: '' }] },
        { orgId, userId: null, role, stationIds: null, label: 'test' },
      );
    // The week's open discrepancies close on Saturday 12-05 (11-21 + 14 days).
    expect(await on('2026-12-01')).toEqual([]);
    const [line] = await on('2026-12-02');
    expect(line).toMatchObject({ key: 'money.dispute-deadline', link: '/money', stationId });
    // The five found above: $200 + $0.60 + $223.20 + $32.00 + $6.82.
    expect(line?.title).toBe('5 discrepancies worth $462.62 close on Sat 12/05 at DAU5: dispute them');
    expect(await on('2026-12-06')).toEqual([]); // past the window ("window closed"): nothing to warn of
    expect(await on('2026-12-02', 'manager')).toEqual([]);
  });

  it('the rate card: a line is validated, its effective day corrected, never onto another line', async () => {
    const add = (body: Record<string, unknown>) =>
      owner.request('POST', '/api/v1/money/rates', { stationId, effectiveFrom: '2026-12-01', ...body });
    const untyped = must(await add({ item: 'route', blockHours: 10, rateCents: 32500 }), 400).json();
    expect(untyped.errors).toEqual([{ path: 'variant', message: expect.stringContaining('service type') }]);
    must(await add({ item: 'late-cancel', blockHours: 8, rateCents: 20000 }), 400);
    const line = must(await add({ item: 'incentive', variant: 'Fantastic', rateCents: 8 }), 201).json();
    const moved = must(
      await owner.request('PATCH', `/api/v1/money/rates/${line.id}`, {
        rateCents: 9,
        effectiveFrom: '2026-12-06',
      }),
      200,
    ).json();
    expect(moved).toMatchObject({ effectiveFrom: '2026-12-06', rateCents: 9 });
    // Fantastic from 11-01 is on the card already.
    const [first] = must(await owner.request('GET', `/api/v1/money/rates?stationId=${stationId}`), 200)
      .json()
      .items.filter(
        (r: { item: string; variant: string }) => r.item === 'incentive' && r.variant === 'Fantastic',
      );
    must(
      await owner.request('PATCH', `/api/v1/money/rates/${first.id}`, {
        rateCents: 7,
        effectiveFrom: '2026-12-06',
      }),
      409,
    );
    must(await owner.request('DELETE', `/api/v1/money/rates/${line.id}`), 204);
  });

  it('the same file again changes nothing', async () => {
    expect(await upload('wst-training', 'training-again.csv', TRAINING)).toMatchObject({
      created: 0,
      unchanged: 3,
    });
  });

  it('a bad file names its row and column; a Weekly Report needs its week in its name', async () => {
    const bad = await upload('wst-training', 'training-bad.csv', `${TRAINING}\n2026-11-19,,Di,X,maybe`);
    expect(bad).toMatchObject({ status: 'rejected' });
    expect(bad.errors).toEqual([
      expect.objectContaining({ row: 5, column: 'DSP Payment Eligible', message: 'Use yes or no.' }),
    ]);
    const undated = await upload('wst-weekly-report', 'weekly.csv', WEEKLY_REPORT);
    expect(undated).toMatchObject({ status: 'rejected' });
    expect(undated.errors[0]).toMatchObject({ row: 2, column: 'Service Type' });
  });
});
