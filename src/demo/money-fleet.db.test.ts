import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MoneyDiscrepanciesTable } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { diskStorage } from '../files/storage.js';
import { createDemoDsp } from './generate.js';

// Issue 16 item 5 in the demo: three months of Fixed Monthly invoices and AFS at each station from the
// demo's vans, 2 LMR van-days unpaid once, and a lessor's bill for a van the demo returned.
describe('demo fleet bills', () => {
  let db: TestDatabase;
  let dir = '';
  let found: MoneyDiscrepanciesTable[] = [];
  let files: { kind: string; station_id: string; file_name: string }[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) });
    found = await db.db
      .selectFrom('money_discrepancies')
      .selectAll()
      .where('kind', 'like', 'fleet-%')
      .orderBy('date')
      .execute();
    files = await db.db
      .selectFrom('money_files')
      .select(['kind', 'station_id', 'file_name'])
      .where('kind', 'in', ['fixed-monthly', 'afs', 'fleet-invoice'])
      .execute();
  }, 600_000);
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports three months of Fixed Monthly and AFS at both stations', () => {
    const stations = new Set(files.map((f) => f.station_id));
    expect(stations.size).toBe(2);
    expect(files.filter((f) => f.kind === 'fixed-monthly').length).toBe(6);
    expect(files.filter((f) => f.kind === 'afs').length).toBe(6);
  });

  it('finds the 2 LMR van-days unpaid once, priced at $2,020 a month, and nothing else on Fixed Monthly', () => {
    const afs = found.filter((d) => d.kind === 'fleet-afs');
    expect(afs).toHaveLength(1);
    const days = Number(afs[0]?.description.match(/÷ (\d+) days/)?.[1]);
    expect(afs[0]?.difference_cents).toBe(Math.round((2 * 202_000) / days));
    expect(found.filter((d) => d.kind === 'fleet-rate')).toEqual([]);
  });

  it('hands the first station’s latest month over as Amazon’s PDF, one line on its 10th a van-day short', () => {
    const pdfs = files.filter((f) => f.kind === 'fixed-monthly' && f.file_name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const lines = found.filter((d) => d.kind === 'fleet-line');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.date?.slice(8)).toBe('10');
    expect(lines[0]?.difference_cents).toBeGreaterThan(0);
    expect(JSON.parse(lines[0]?.evidence ?? '[]')[0]).toMatchObject({
      file: 'fixed-monthly',
      fileName: pdfs[0]?.file_name,
    });
  });

  it('finds the returned van billed after its return, with the lessor file as evidence', () => {
    const returned = found.filter((d) => d.kind === 'fleet-returned');
    expect(returned.length).toBeGreaterThanOrEqual(1);
    for (const d of returned) {
      expect(d.difference_cents).toBeGreaterThan(0);
      expect(JSON.parse(d.evidence)[0]).toMatchObject({ file: 'fleet-invoice' });
    }
  });
});
