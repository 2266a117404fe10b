import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, multipart, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';

// Issue 16 item 2: WST's weekly ZIP as one upload, each file inside imported as its kind, all or nothing.
const TRAINING = [
  'Assignment Date,Payment Date,Delivery Associate,Course Name,DSP Payment Eligible',
  '2026-11-16,2026-11-22,Ana Ruiz,New DA Training,Y',
].join('\n');
const WEEKLY = ['Service Type,AMZL Late Cancel', 'Standard Parcel,1'].join('\n');
const DELAY = ['Date,Total Delay In Minutes', '2026-11-17,22'].join('\n');

const zipOf = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)]))));

describe('money: the WST weekly ZIP', () => {
  let t: TestApp;
  let owner: Client;
  let stationId: string;
  const send = (name: string, zip: Buffer) => {
    const body = multipart(name, zip, { stationId });
    return owner.request('POST', '/api/v1/money/wst-zip', body.payload, body.headers);
  };
  const kinds = async () =>
    must(await owner.request('GET', `/api/v1/money/files?stationId=${stationId}`), 200)
      .json()
      .items.map((f: { kind: string }) => f.kind)
      .sort();

  beforeAll(async () => {
    t = await startTestApp();
    const org = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    stationId = org.stationIds.DAU5 as string;
    owner = await signIn(t.app, 'owner@acme.test');
  });
  afterAll(() => t.close());

  it('a file with a bad row keeps none of them, and says which file, row and column', async () => {
    const zip = zipOf({
      'Training Weekly.csv': TRAINING,
      'Unplanned Delay.csv': `${DELAY}\n2026-11-18,soon`,
      'README.txt': 'not a WST file',
    });
    const res = must(await send('NDAY Weekly Report-2026-11-21.zip', zip), 200).json();
    expect(res.status).toBe('rejected');
    const delay = res.files.find((f: { kind: string }) => f.kind === 'wst-unplanned-delay');
    expect(delay.errors).toEqual([expect.objectContaining({ row: 3, column: 'Total Delay In Minutes' })]);
    expect(await kinds()).toEqual([]);
  });

  it('a good ZIP imports each file as its kind, the Weekly Report in the week the ZIP names; again, nothing changes', async () => {
    const zip = zipOf({
      'NDAY/Training Weekly.csv': TRAINING,
      'NDAY/Weekly Report.csv': WEEKLY,
      'NDAY/Unplanned Delay.csv': DELAY,
    });
    const res = must(await send('NDAY Weekly Report-2026-11-21.zip', zip), 200).json();
    expect(res.status).toBe('committed');
    expect(res.files.map((f: { kind: string; created: number }) => [f.kind, f.created])).toEqual([
      ['wst-training', 1],
      ['wst-weekly-report', 1],
      ['wst-unplanned-delay', 1],
    ]);
    expect(await kinds()).toEqual(['wst-training', 'wst-unplanned-delay', 'wst-weekly-report']);
    const files = must(await owner.request('GET', `/api/v1/money/files?stationId=${stationId}`), 200).json();
    expect(files.items.map((f: { weekStart: string }) => f.weekStart)).toEqual([
      '2026-11-15',
      '2026-11-15',
      '2026-11-15',
    ]);
    const again = must(await send('NDAY Weekly Report-2026-11-21 (1).zip', zip), 200).json();
    expect(again.files.map((f: { unchanged: number }) => f.unchanged)).toEqual([1, 1, 1]);
  });

  it('what is not a ZIP, or holds no WST file, is refused', async () => {
    must(await send('x.zip', Buffer.from('nope')), 400);
    must(await send('x.zip', zipOf({ 'notes.csv': 'a,b\n1,2' })), 400);
  });
});
