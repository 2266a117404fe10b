import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, seedOrg, signIn, startTestApp, type TestApp, uploadImport } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { STATUS_ORDER } from './domain/summary.js';

// Issue 16 items 1–3, 6–8 through HTTP: files in by SHA-256, the week checked, a dispute with its packet.
// The week of Sunday 2026-11-15 at DAU5; Rivian 10-hour blocks (shared domain/money.md: $325).
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const WEEK = '2026-11-15';

// The card changes mid-week: $300 a block until Tuesday, $325 from Wednesday 11-18.
const RATE_CARD = [
  'Effective From,Item,Service Type,Block Hours,Rate',
  `2026-11-01,route,${RIVIAN},10,$300.00`,
  `2026-11-18,route,${RIVIAN},10,$325.00`,
].join('\n');

const wstRow = (date: string, route: string, planned: string) =>
  `${date},DAU5,${route},${RIVIAN},${planned},N`;
const WST = [
  'Date,Station,Route,Service Type,Planned Duration,Excluded?',
  wstRow('2026-11-16', 'CX1', '10:00'),
  wstRow('2026-11-16', 'CX2', '10:00'),
  wstRow('2026-11-16', 'CX3', '10:00'),
  wstRow('2026-11-18', 'CX1', '10:00'),
  wstRow('2026-11-18', 'CX2', '10:00'),
  wstRow('2026-11-18', 'CX9', '8:30'),
].join('\n');

// Monday pays 2 blocks of WST's 3; Wednesday pays the old rate; Total Due is $100 short of its lines.
const INVOICE = [
  'Date,Description,Quantity,Rate,Amount',
  ',Routes,4,,"$1,200.00"',
  `2026-11-16,${RIVIAN} - Block of 10 Hours,2,$300.00,$600.00`,
  `2026-11-18,${RIVIAN} - Block of 10 Hours,2,$300.00,$600.00`,
  ',Total Due,,,"$1,100.00"',
].join('\n');

const DEPOSIT = [
  'Deposit Date,Service Week,Reference,Amount',
  '2026-11-27,2026-11-15,PC-123,"$1,000.00"',
].join('\n');

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

interface Found {
  id: string;
  kind: string;
  differenceCents: number | null;
  status: string;
  deadline: string;
  windowClosed: boolean;
  evidence: { fileName: string; sha256: string; row: number }[];
}

describe('money: files in, the week checked, disputes', () => {
  let t: TestApp;
  let owner: Client;
  let manager: Client;
  let beta: Client;
  let stationId: string;
  let depositImportId: string;
  const upload = async (kind: string, name: string, content: string) =>
    must(await uploadImport(owner, kind, name, content, { stationId }), 200).json();
  const found = async (query = ''): Promise<Found[]> =>
    must(await owner.request('GET', `/api/v1/money/discrepancies?weekStart=${WEEK}${query}`), 200).json()
      .items;
  const byKind = (items: Found[]) =>
    items.map((d) => [d.kind, d.differenceCents]).sort((a, b) => String(a).localeCompare(String(b)));

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
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    beta = await signIn(t.app, 'owner@beta.test');
  });
  afterAll(() => t.close());

  it('a file whose lines do not sum, a dropped route, a rate-card change mid-week, units not comparable', async () => {
    expect(await upload('rate-card', 'rates.csv', RATE_CARD)).toMatchObject({
      status: 'committed',
      created: 2,
    });
    expect(await upload('wst-service-details', 'wst.csv', WST)).toMatchObject({
      status: 'committed',
      created: 6,
    });
    expect(await upload('variable-invoice', 'variable.csv', INVOICE)).toMatchObject({ status: 'committed' });
    expect(byKind(await found())).toEqual([
      ['not-comparable', null], // CX9 planned 8:30: no whole block to compare
      ['route-paid-short', 30000], // Monday's third route, priced at Monday's $300
      ['route-rate', 5000], // Wednesday's 2 blocks at $300 where the card says $325 from that day
      ['total-due', 10000], // the lines add up to $1,200.00, Total Due says $1,100.00
    ]);
    const short = (await found()).find((d) => d.kind === 'route-paid-short');
    expect(short?.deadline).toBe('2026-12-05'); // Saturday 11-21 + 14 days
    expect(short?.evidence).toContainEqual({
      file: 'invoice',
      fileId: expect.any(String),
      fileName: 'variable.csv',
      sha256: sha(INVOICE),
      row: 3,
    });
    expect(short?.evidence).toContainEqual(
      expect.objectContaining({ fileName: 'wst.csv', sha256: sha(WST), row: 2 }),
    );
  });

  it('the deposit is checked against Total Due', async () => {
    depositImportId = (await upload('deposit', 'remittance.csv', DEPOSIT)).id;
    const deposit = (await found()).find((d) => d.kind === 'deposit');
    expect(deposit).toMatchObject({ differenceCents: 10000 });
  });

  it('the same file again changes nothing: already imported', async () => {
    const before = await found();
    const again = await upload('variable-invoice', 'variable-copy.csv', INVOICE);
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 4 });
    const files = must(await owner.request('GET', `/api/v1/money/files?stationId=${stationId}`), 200).json()
      .items;
    expect(files.filter((f: { kind: string }) => f.kind === 'variable-invoice')).toEqual([
      expect.objectContaining({ fileName: 'variable.csv', sha256: sha(INVOICE), weekStart: WEEK }),
    ]);
    expect((await found()).map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
  });

  it('a file undone takes its findings with it: the week is checked again', async () => {
    must(await owner.request('POST', `/api/v1/imports/${depositImportId}/undo`), 200);
    expect((await found()).map((d) => d.kind)).not.toContain('deposit');
    await upload('deposit', 'remittance.csv', DEPOSIT);
    expect((await found()).find((d) => d.kind === 'deposit')).toMatchObject({ differenceCents: 10000 });
  });

  it('a dispute: approved, its packet names the files by hash, the outcome recorded', async () => {
    const short = (await found()).find((d) => d.kind === 'route-paid-short') as Found;
    must(await manager.request('POST', '/api/v1/money/disputes', { discrepancyIds: [short.id] }), 403);
    // Past its window (the week's Saturday + 14 days) Amazon takes no dispute: the server refuses it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
    const late = await owner.request('POST', '/api/v1/money/disputes', { discrepancyIds: [short.id] });
    expect(must(late, 409).json().detail).toMatch(/window closed on 2026-12-05.*write it off/);
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
    const dispute = must(
      await owner.request('POST', '/api/v1/money/disputes', { discrepancyIds: [short.id] }),
      201,
    ).json();
    vi.useRealTimers();
    expect(dispute).toMatchObject({ claimedCents: 30000, recoveredCents: null });
    must(await owner.request('POST', '/api/v1/money/disputes', { discrepancyIds: [short.id] }), 409);

    const csv = must(
      await owner.request('GET', `/api/v1/money/disputes/${dispute.id}/packet?format=csv`),
      200,
    );
    expect(csv.body).toContain('route-paid-short');
    expect(csv.body).toContain('300.00');
    expect(csv.body).toContain(`variable.csv row 3 (SHA-256 ${sha(INVOICE)})`);
    expect(csv.body).toContain(`wst.csv row 2 (SHA-256 ${sha(WST)})`);
    const pdf = must(
      await owner.request('GET', `/api/v1/money/disputes/${dispute.id}/packet?format=pdf`),
      200,
    );
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // A rate change checks the week again: open ones are replaced, the disputed one is kept, not repeated.
    const rates = must(await owner.request('GET', `/api/v1/money/rates?stationId=${stationId}`), 200).json()
      .items;
    must(await owner.request('PATCH', `/api/v1/money/rates/${rates[1].id}`, { rateCents: 30000 }), 200);
    const after = await found();
    expect(after.filter((d) => d.kind === 'route-paid-short')).toEqual([
      expect.objectContaining({ id: short.id, status: 'disputed' }),
    ]);
    expect(after.some((d) => d.kind === 'route-rate')).toBe(false);

    const closed = must(
      await owner.request('POST', `/api/v1/money/disputes/${dispute.id}/outcome`, {
        lines: [{ discrepancyId: short.id, status: 'recovered', recoveredCents: 30000 }],
      }),
      200,
    ).json();
    expect(closed).toMatchObject({ recoveredCents: 30000 });
    const summary = must(await manager.request('GET', '/api/v1/money/summary?today=2026-12-03'), 200).json();
    expect(summary).toMatchObject({ recoveredCents: 30000, openCents: 20000, dueSoonCount: 3 }); // not comparable, Total Due and deposit
    expect(summary.statuses).toContainEqual({ status: 'recovered', count: 1, cents: 30000 });
    expect(summary.statuses.map((s: { status: string }) => s.status)).toEqual([...STATUS_ORDER]);
    expect(summary.kinds).toContain('deposit');
  });

  it('a discrepancy written off keeps its reason', async () => {
    const total = (await found()).find((d) => d.kind === 'total-due') as Found;
    const settled = must(
      await owner.request('POST', `/api/v1/money/discrepancies/${total.id}/settle`, {
        status: 'written_off',
        reason: 'Typo on the PDF, paid in full',
      }),
      200,
    ).json();
    expect(settled).toMatchObject({
      status: 'written_off',
      writtenOffReason: 'Typo on the PDF, paid in full',
    });
  });

  it('past its dispute window an open one is "window closed": filtered and counted apart, still written off', async () => {
    // The week's window closes on Saturday 12-05 (11-21 + 14 days).
    const open = await found('&status=open&today=2026-12-05');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => d.status === 'open' && !d.windowClosed)).toBe(true);
    expect(await found('&status=open&today=2026-12-06')).toEqual([]);
    const closed = await found('&status=window_closed&today=2026-12-06');
    expect(closed.map((d) => d.id).sort()).toEqual(open.map((d) => d.id).sort());
    expect(closed.every((d) => d.status === 'open' && d.windowClosed)).toBe(true);
    const owed = closed.reduce((n, d) => n + Math.max(0, d.differenceCents ?? 0), 0);
    const summary = must(await manager.request('GET', '/api/v1/money/summary?today=2026-12-06'), 200).json();
    expect(summary).toMatchObject({ openCount: 0, openCents: 0, dueSoonCount: 0 });
    expect(summary.statuses).toContainEqual({ status: 'window_closed', count: closed.length, cents: owed });
    const [first] = closed;
    must(
      await owner.request('POST', `/api/v1/money/discrepancies/${first?.id}/settle`, {
        status: 'written_off',
        reason: 'Window missed',
      }),
      200,
    );
    expect((await found('&status=window_closed&today=2026-12-06')).length).toBe(closed.length - 1);
  });

  it('another org sees none of it', async () => {
    const [any] = await found();
    const mine = must(await beta.request('GET', '/api/v1/money/discrepancies'), 200).json();
    expect(mine.items).toEqual([]);
    must(
      await beta.request('POST', `/api/v1/money/discrepancies/${any?.id}/settle`, {
        status: 'recovered',
        recoveredCents: 1,
      }),
      404,
    );
    const disputes = must(await owner.request('GET', '/api/v1/money/disputes'), 200).json().items;
    must(await beta.request('GET', `/api/v1/money/disputes/${disputes[0].id}/packet?format=csv`), 404);
    must(await beta.request('GET', `/api/v1/money/rates?stationId=${stationId}`), 404);
    expect(must(await beta.request('GET', '/api/v1/money/files'), 200).json().items).toEqual([]);
  });
});
