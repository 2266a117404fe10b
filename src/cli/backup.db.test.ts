import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { recordAudit } from '../audit/store.js';
import { openSqlite } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { backup, restore, tableChecksums } from './backup.js';
import { importDas } from './backup-testing.js';

describe('backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-backup-'));
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function fresh(): Promise<TestDatabase> {
    const db = await freshDatabase();
    dbs.push(db);
    return db;
  }

  /** An embedded database, whatever the database under test. */
  async function embedded(name: string): Promise<TestDatabase> {
    const file = path.join(dir, `${name}.sqlite`);
    const handle = openSqlite(file);
    await migrateToLatest(handle);
    const db: TestDatabase = { ...handle, location: file, drop: () => handle.close() };
    dbs.push(db);
    return db;
  }

  /** An org with stations, staff, an audit row and DAs imported from a file (history, undo records). */
  async function populate(db: TestDatabase): Promise<TestDatabase> {
    const org = await seedOrg(db, {
      slug: 'acme',
      stations: ['DAU5', 'DAU7'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU7'] },
      ],
    });
    await recordAudit(
      db.db,
      { orgId: org.orgId, userId: null, label: 'test' },
      { entity: 'station', entityId: 'x', before: null, after: { code: 'DAU5', note: 'ü “quoted” \\ ok' } },
    );
    await importDas(db, org.orgId, 'DAU5', 40, dir);
    return db;
  }

  const file = (name: string) => path.join(dir, `${name}.jsonl.gz`);
  const lines = (f: string) => gunzipSync(fs.readFileSync(f)).toString('utf8').trimEnd().split('\n');
  const rewrite = (f: string, ls: string[]) => fs.writeFileSync(f, gzipSync(`${ls.join('\n')}\n`));

  it('restores every row identically: the same rows and checksum in every table', async () => {
    const source = await populate(await fresh());
    const written = await backup(source, file('a'));
    expect(written).toMatchObject({
      orgs: { rows: 1 },
      users: { rows: 2 },
      stations: { rows: 2 },
      memberships: { rows: 2 },
      drivers: { rows: 40 },
      driver_status_changes: { rows: 40 },
      imports: { rows: 1 },
    });
    expect(written).toEqual(await tableChecksums(source));

    const target = await fresh();
    expect(await restore(target, file('a'))).toEqual(written);
    expect(await tableChecksums(target)).toEqual(written);
  });

  it('moves an embedded database to the database under test and back, unchanged', async () => {
    const start = await populate(await embedded('start'));
    const sums = await backup(start, file('there'));
    const middle = await fresh();
    await restore(middle, file('there'));
    expect(await tableChecksums(middle)).toEqual(sums);

    await backup(middle, file('back'));
    const end = await embedded('end');
    await restore(end, file('back'));
    expect(await tableChecksums(end)).toEqual(sums);
  });

  it('restores nothing from a file cut short or with a changed row', async () => {
    const source = await populate(await fresh());
    await backup(source, file('whole'));
    const whole = lines(file('whole'));

    rewrite(file('short'), whole.slice(0, -1));
    const target = await fresh();
    await expect(restore(target, file('short'))).rejects.toThrow(/cut short/);

    const changed = whole.map((l) => l.replace('"code":"DAU7"', '"code":"DAU8"'));
    expect(changed).not.toEqual(whole);
    rewrite(file('changed'), changed);
    await expect(restore(target, file('changed'))).rejects.toThrow(/stations does not match its checksum/);
    expect(await target.db.selectFrom('orgs').select('id').execute()).toEqual([]);
    expect(await target.db.selectFrom('drivers').select('id').execute()).toEqual([]);
  });

  it('refuses to restore over existing data and leaves it untouched', async () => {
    const source = await populate(await fresh());
    await backup(source, file('b'));
    await expect(restore(source, file('b'))).rejects.toThrow(/empty database/);
    expect((await source.db.selectFrom('stations').select('id').execute()).length).toBe(2);
  });

  it('refuses a file that is not a backup', async () => {
    const target = await fresh();
    fs.writeFileSync(file('not-a-backup'), gzipSync('{"hello":"world"}\n'));
    await expect(restore(target, file('not-a-backup'))).rejects.toThrow(/not a Stationhand backup/);
  });
});
