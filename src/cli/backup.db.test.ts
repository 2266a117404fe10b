import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { recordAudit } from '../audit/store.js';
import { openSqlite } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { backup, restore } from './backup.js';

describe('backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-backup-'));
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function populated(): Promise<TestDatabase> {
    const db = await freshDatabase();
    dbs.push(db);
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
      { entity: 'station', entityId: 'x', before: null, after: { code: 'DAU5' } },
    );
    return db;
  }

  it('restores every row into an empty database', async () => {
    const source = await populated();
    const file = path.join(dir, 'a.jsonl.gz');
    const written = await backup(source, file);
    expect(written).toMatchObject({ orgs: 1, users: 2, stations: 2, memberships: 2, audit_log: 1 });

    const target = await freshDatabase();
    dbs.push(target);
    expect(await restore(target, file)).toMatchObject({
      orgs: 1,
      users: 2,
      stations: 2,
      memberships: 2,
      audit_log: 1,
    });
    const stations = await target.db
      .selectFrom('stations')
      .select(['code', 'org_id'])
      .orderBy('code')
      .execute();
    const original = await source.db
      .selectFrom('stations')
      .select(['code', 'org_id'])
      .orderBy('code')
      .execute();
    expect(stations).toEqual(original);
  });

  it('refuses to restore over existing data and leaves it untouched', async () => {
    const source = await populated();
    const file = path.join(dir, 'b.jsonl.gz');
    await backup(source, file);
    await expect(restore(source, file)).rejects.toThrow(/empty database/);
    expect((await source.db.selectFrom('stations').select('id').execute()).length).toBe(2);
  });

  it('refuses a file that is not a backup', async () => {
    const target = await freshDatabase();
    dbs.push(target);
    const file = path.join(dir, 'not-a-backup.gz');
    const { gzipSync } = await import('node:zlib');
    fs.writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    await expect(restore(target, file)).rejects.toThrow(/not a Stationhand backup/);
  });

  it('moves an embedded SQLite database to the database under test', async () => {
    const sqliteFile = path.join(dir, 'embedded.sqlite');
    const embedded = openSqlite(sqliteFile);
    await migrateToLatest(embedded);
    const wrapped: TestDatabase = { ...embedded, location: sqliteFile, drop: () => embedded.close() };
    dbs.push(wrapped);
    await seedOrg(wrapped, {
      slug: 'moving',
      stations: ['DXC1'],
      users: [{ email: 'o@moving.test', role: 'owner' }],
    });
    const file = path.join(dir, 'c.jsonl.gz');
    await backup(embedded, file);
    const target = await freshDatabase();
    dbs.push(target);
    await restore(target, file);
    const org = await target.db.selectFrom('orgs').select('slug').executeTakeFirstOrThrow();
    expect(org.slug).toBe('moving');
  });
});
