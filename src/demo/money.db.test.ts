import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MoneyDiscrepanciesTable, StationsTable } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { diskStorage } from '../files/storage.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import { createDemoDsp } from './generate.js';

// Issue 16, item 12: the first station's last four weeks of money files, imported and checked, with a
// dropped route (disputed and recovered), a block paid short and a deposit short found and nothing else.
describe('demo money', () => {
  let db: TestDatabase;
  let dir = '';
  let dxc1: StationsTable;
  let found: MoneyDiscrepanciesTable[] = [];
  let weeks: string[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    const { orgId } = await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) });
    dxc1 = await db.db
      .selectFrom('stations')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('code', '=', 'DXC1')
      .executeTakeFirstOrThrow();
    found = await db.db
      .selectFrom('money_discrepancies')
      .selectAll()
      .where('kind', 'not like', 'fleet-%') // fleet bills: money-fleet.db.test.ts
      .orderBy('week_start')
      .execute();
    const today = localDate(dxc1.time_zone);
    const sunday = addDays(today, -weekday(today));
    weeks = [4, 3, 2, 1].map((n) => addDays(sunday, -7 * n));
  }, 600_000);
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a rate card, and a WST file and an invoice a week of the last four, and a deposit', async () => {
    const files = await db.db.selectFrom('money_files').selectAll().execute();
    const count = (kind: string) => files.filter((f) => f.kind === kind && f.station_id === dxc1.id).length;
    expect([
      count('rate-card'),
      count('wst-service-details'),
      count('variable-invoice'),
      count('deposit'),
    ]).toEqual([1, 4, 4, 1]);
    // WST has a row for each route the dispatch history closed in those weeks.
    const wst = await db.db.selectFrom('money_wst_rows').select('route').execute();
    const run = await db.db
      .selectFrom('routes')
      .select('code')
      .where('station_id', '=', dxc1.id)
      .where('business_date', '>=', weeks[0] as string)
      .where('business_date', '<=', addDays(weeks[3] as string, 6))
      .where('actual_end', 'is not', null)
      .where('driver_id', 'is not', null)
      .execute();
    expect(wst.length).toBe(run.length);
    expect(wst.length).toBeGreaterThan(4 * 7 * 20);
  });

  it('finds exactly the planted leaks: a dropped route, a block paid short and a deposit short', () => {
    expect(found.map((d) => [d.week_start, d.kind])).toEqual([
      [weeks[0], 'route-paid-short'],
      [weeks[1], 'block-length'],
      [weeks[2], 'deposit'],
    ]);
    const [dropped, short, deposit] = found;
    expect([26_000, 29_250, 32_500]).toContain(dropped?.difference_cents);
    // A 10-hour route paid as a 9-hour block at $32.50 an hour.
    expect(short?.difference_cents).toBe(3_250);
    expect(deposit?.difference_cents).toBe(32_500);
    for (const d of found) expect(JSON.parse(d.evidence).length).toBeGreaterThan(0);
  });

  it('disputes the dropped route and records it recovered; the others stay open', async () => {
    const [dropped, short, deposit] = found;
    expect(dropped).toMatchObject({ status: 'recovered', recovered_cents: dropped?.difference_cents });
    expect([short?.status, deposit?.status]).toEqual(['open', 'open']);
    const disputes = await db.db.selectFrom('money_disputes').selectAll().execute();
    expect(disputes).toHaveLength(1);
    expect(disputes[0]).toMatchObject({
      id: dropped?.dispute_id,
      claimed_cents: dropped?.difference_cents,
      recovered_cents: dropped?.difference_cents,
    });
  });
});
