import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processEnv, type ServerProcess, signIn, startServer } from '../app/test-server-process.js';
import { seedOrg } from '../app/testing.js';
import type { Db } from '../db/database.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { backup, restore } from './backup.js';
import { importDas } from './backup-testing.js';

/**
 * A backup taken while a real server process adds DAs (each with its status history and audit row, in
 * one transaction) holds the database of one moment: every DA it has comes with its rows, however many
 * were added while it was read.
 */

let db: TestDatabase;
let server: ServerProcess;
let dir: string;
let station: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-snapshot-'));
  db = await freshDatabase();
  const org = await seedOrg(db, {
    slug: 'acme',
    stations: ['DAU5'],
    users: [{ email: 'owner@acme.test', role: 'owner' }],
  });
  station = org.stationIds.DAU5 ?? '';
  // Enough rows that reading them takes a while: the server writes all along.
  await importDas(db, org.orgId, 'DAU5', 5_000, dir);
  server = await startServer(processEnv(db, dir));
}, 120_000);

afterAll(async () => {
  server?.proc.kill('SIGKILL');
  await server?.exited;
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const driverCount = async (d: Db) =>
  Number(
    (
      await d
        .selectFrom('drivers')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** DAs without their audit row or status history, and audit rows or history of DAs not there. */
async function inconsistencies(d: Db): Promise<Record<string, number>> {
  const count = async (query: string) =>
    Number((await sql<{ n: number }>`${sql.raw(query)}`.execute(d)).rows[0]?.n);
  return {
    daWithoutAudit:
      await count(`select count(*) as n from drivers d where not exists (select 1 from audit_log a
      where a.org_id = d.org_id and a.entity = 'driver' and a.entity_id = d.id)`),
    daWithoutHistory: await count(`select count(*) as n from drivers d where not exists (select 1 from
      driver_status_changes s where s.org_id = d.org_id and s.driver_id = d.id)`),
    auditWithoutDa:
      await count(`select count(*) as n from audit_log a where a.entity = 'driver' and not exists
      (select 1 from drivers d where d.org_id = a.org_id and d.id = a.entity_id)`),
  };
}

describe('a backup taken while the server adds DAs', () => {
  it('is one moment of the database: every DA restored has its audit row and history', async () => {
    const session = await signIn(server.url, 'owner@acme.test');
    let stop = false;
    let added = 0;
    let writing = () => {};
    const started = new Promise<void>((resolve) => {
      writing = resolve;
    });
    const adding = async (writer: number) => {
      for (let i = 0; !stop; i++) {
        const res = await fetch(`${server.url}/api/v1/drivers`, {
          method: 'POST',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ firstName: `New${writer}`, lastName: `Da${i}`, homeStationId: station }),
        });
        if (res.status !== 201) throw new Error(`adding a DA: ${res.status} ${await res.text()}`);
        if (++added === 10) writing();
      }
    };
    const writers = [1, 2, 3].map(adding);
    try {
      await Promise.race([started, Promise.all(writers)]); // the server is writing
      const before = await driverCount(db.db);
      const sums = await backup(db, path.join(dir, 'during.jsonl.gz'));
      const after = await driverCount(db.db);
      stop = true;
      await Promise.all(writers);
      // The proof needs DAs added while the backup read the database.
      expect(after).toBeGreaterThan(before);

      const target = await freshDatabase();
      try {
        await restore(target, path.join(dir, 'during.jsonl.gz'));
        const restored = await driverCount(target.db);
        expect(restored).toBe(sums.drivers?.rows);
        expect(restored).toBeGreaterThanOrEqual(before);
        expect(restored).toBeLessThanOrEqual(after);
        expect(await inconsistencies(target.db)).toEqual({
          daWithoutAudit: 0,
          daWithoutHistory: 0,
          auditWithoutDa: 0,
        });
      } finally {
        await target.drop();
      }
    } finally {
      stop = true;
      await Promise.all(writers);
    }
  }, 90_000);
});
