import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { uploadDir } from '../app/upload.js';
import { holdInstanceLease, type InstanceLease, THIS_INSTANCE } from '../db/instance.js';
import type { ImportStatus } from '../db/schema.js';
import { freshDatabase, type TestDatabase, testDialect } from '../db/testing.js';
import { INTERRUPTED } from '../imports/recover.js';
import { findImportSummary, insertImport } from '../imports/store.js';
import { newId } from '../shared/ids.js';
import { startInstance } from './recover.js';

/**
 * Start-up cleans up after instances that are gone, and only after those: their running imports are
 * marked failed and their uploads removed; an instance still running keeps both.
 */

let db: TestDatabase;
let dataDir: string;
let orgId: string;
let config: { DATA_DIR: string; DATABASE_URL: string | undefined };
const GONE = newId();
const LIVE = newId();
let live: InstanceLease;

beforeAll(async () => {
  db = await freshDatabase();
  orgId = (await seedOrg(db, { slug: 'acme' })).orgId;
  // On SQLite the lock files live beside the database, as DATA_DIR is for the server.
  dataDir =
    testDialect() === 'sqlite' ? path.dirname(db.location) : fs.mkdtempSync(path.join(os.tmpdir(), 'sh-'));
  config = { DATA_DIR: dataDir, DATABASE_URL: testDialect() === 'postgres' ? db.location : undefined };
  live = await holdInstanceLease(db, { dataDir, databaseUrl: config.DATABASE_URL, id: LIVE });
});
afterAll(async () => {
  await live.release();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function anImport(owner: string | null, status: ImportStatus = 'running'): Promise<string> {
  const id = newId();
  await insertImport(db.db, {
    org_id: orgId,
    id,
    kind: 'drivers',
    station_id: null,
    business_date: null,
    file_name: `${owner ?? 'old'}.csv`,
    file_sha256: 'x',
    status,
    dry_run: 0,
    rows: 0,
    processed: 5000,
    created: 0,
    updated: 0,
    unchanged: 0,
    error_count: 0,
    errors: '[]',
    mapping: '{}',
    created_by: null,
    created_at: new Date().toISOString(),
    finished_at: null,
    undone_at: null,
    owner_instance: owner,
    unmatched: null,
  });
  return id;
}

function anUpload(instance: string): string {
  const dir = uploadDir(dataDir, instance);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${newId()}.upload`);
  fs.writeFileSync(file, 'x'.repeat(1024));
  return file;
}

describe('instance leases', () => {
  it('tell an instance that runs from one that is gone', async () => {
    const other = await holdInstanceLease(db, { dataDir, databaseUrl: config.DATABASE_URL, id: newId() });
    expect(await other.isAlive(LIVE)).toBe(true);
    expect(await live.isAlive(other.id)).toBe(true);
    expect(await other.isAlive(GONE)).toBe(false);
    await other.release();
    expect(await live.isAlive(other.id)).toBe(false);
  });
});

describe('start-up after a crash', () => {
  it('marks failed the running imports of gone instances, removes their uploads, and keeps the live ones', async () => {
    const gone = await anImport(GONE);
    const old = await anImport(null);
    const running = await anImport(LIVE);
    const finished = await anImport(GONE, 'committed');
    const goneUpload = anUpload(GONE);
    const liveUpload = anUpload(LIVE);
    const loose = path.join(dataDir, 'tmp', 'from-an-old-version.upload');
    fs.writeFileSync(loose, 'x');

    const said: string[] = [];
    const stop = await startInstance(db, config, (line) => said.push(line));
    try {
      const status = async (id: string) => (await findImportSummary(db.db, orgId, id))?.status;
      expect(await findImportSummary(db.db, orgId, gone)).toMatchObject({
        status: 'failed',
        failure: INTERRUPTED,
        errorCount: 1,
      });
      expect(await status(old)).toBe('failed');
      expect(await status(running)).toBe('running');
      expect(await status(finished)).toBe('committed');
      expect([goneUpload, loose].filter((f) => fs.existsSync(f))).toEqual([]);
      expect(fs.existsSync(liveUpload)).toBe(true);
      expect(said).toHaveLength(3);
      expect(said.filter((l) => l.includes(gone) && l.includes('interrupted'))).toHaveLength(1);
      expect(said.at(-1)).toMatch(/^Removed 2 upload\(s\) left in .* by stopped processes/);
    } finally {
      await stop();
    }
    expect(fs.existsSync(uploadDir(dataDir, THIS_INSTANCE))).toBe(false);
  });
});
