import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChildRun,
  processEnv,
  runCli,
  type ServerProcess,
  signIn,
  startServer,
} from '../app/test-server-process.js';
import { seedOrg } from '../app/testing.js';
import type { Db } from '../db/database.js';
import { freshDatabase, type TestDatabase, testDialect } from '../db/testing.js';
import { INTERRUPTED } from '../imports/recover.js';
import { dasFile } from './backup-testing.js';

/**
 * Real processes killed with SIGKILL in the middle of an import: the next instance to start marks the
 * import failed (nothing of it stored) and removes its upload; an instance still running keeps its import.
 */

let db: TestDatabase;
let dir: string;
let env: NodeJS.ProcessEnv;
const started: ChildRun[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  await seedOrg(db, {
    slug: 'acme',
    stations: ['DAU5'],
    users: [{ email: 'owner@acme.test', role: 'owner' }],
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-crash-'));
  env = processEnv(db, path.join(dir, 'data'));
}, 60_000);

afterAll(async () => {
  for (const p of started) {
    p.proc.kill('SIGKILL');
    await p.exited;
  }
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function server(): Promise<ServerProcess> {
  const s = await startServer(env);
  started.push(s);
  return s;
}

/** Posts a DA file to a server's import, not waiting for its answer (the server may be killed). */
async function uploadDas(s: ServerProcess, file: string): Promise<Response | null> {
  const { cookie, csrfToken } = await signIn(s.url, 'owner@acme.test');
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  return fetch(`${s.url}/api/v1/imports?kind=drivers`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken },
    body: form,
  }).catch(() => null);
}

const importsOf = (d: Db) =>
  d.selectFrom('imports').select(['file_name', 'status', 'errors', 'owner_instance']).execute();
const driverCount = async (d: Db) =>
  Number(
    (
      await d
        .selectFrom('drivers')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Waits (bounded) until `ready` holds, checking again every 25 ms. */
async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting: ${what}`);
}

/**
 * Whether the import is saving: it runs and a write transaction is open that has written DAs
 * (PostgreSQL), or that holds SQLite's write lock on two looks in a row (the short writes of progress
 * and sign-in are over by the next look; the save lasts seconds).
 */
let busyBefore = false;
async function saving(): Promise<boolean> {
  if (!(await importsOf(db.db)).some((i) => i.status === 'running')) return false;
  const busy = await writeLockTaken();
  const twice = busy && busyBefore;
  busyBefore = busy;
  return testDialect() === 'postgres' ? busy : twice;
}

async function writeLockTaken(): Promise<boolean> {
  if (testDialect() === 'postgres') {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks
      where relation = 'drivers'::regclass and mode = 'RowExclusiveLock' and granted`.execute(db.db);
    return (rows[0]?.n ?? 0) > 0;
  }
  const probe = new SQLite(db.location, { timeout: 0 });
  try {
    probe.exec('begin immediate');
    probe.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}

const uploadsIn = (data: string): string[] => {
  const tmp = path.join(data, 'tmp');
  if (!fs.existsSync(tmp)) return [];
  return fs.readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.upload'));
};

describe('a server killed while an import saves', () => {
  it('leaves nothing behind: on start the import is failed as interrupted and its upload removed', async () => {
    const file = dasFile(dir, 'DAU5', 100_000);
    const first = await server();
    const answer = uploadDas(first, file);
    await until(saving, 'the import to be saving');
    expect((await importsOf(db.db)).map((i) => i.status)).toEqual(['running']);
    const data = env.DATA_DIR ?? '';
    expect(uploadsIn(data)).toHaveLength(1);
    first.proc.kill('SIGKILL');
    await first.exited;
    expect(await answer).toBeNull();
    expect((await importsOf(db.db)).map((i) => i.status)).toEqual(['running']);

    const second = await server();
    expect(second.output()).toMatch(
      /das-0-100000\.csv.* was interrupted when its process stopped: marked failed/,
    );
    expect(second.output()).toMatch(/Removed 1 upload\(s\) left in/);
    const [imported] = await importsOf(db.db);
    expect(imported?.status).toBe('failed');
    expect(JSON.parse(imported?.errors ?? '[]')).toEqual([{ row: 0, column: '', message: INTERRUPTED }]);
    expect(await driverCount(db.db)).toBe(0);
    expect(uploadsIn(data)).toEqual([]);
    if (testDialect() === 'sqlite') {
      // The killed server's lock file is gone too: only the running server's is left.
      expect(fs.readdirSync(path.join(data, 'instances'))).toHaveLength(1);
    }

    // The import's history says so.
    const { cookie } = await signIn(second.url, 'owner@acme.test');
    const history = (await (await fetch(`${second.url}/api/v1/imports`, { headers: { cookie } })).json()) as {
      items: { status: string; failure: string | null }[];
    };
    expect(history.items).toEqual([expect.objectContaining({ status: 'failed', failure: INTERRUPTED })]);
    second.proc.kill('SIGTERM');
    await second.exited;
  }, 180_000);
});

describe.runIf(testDialect() === 'postgres')('several instances on PostgreSQL', () => {
  it("fails only the imports of the instance that was killed: a live instance's import goes on", async () => {
    // Both imports reach their save and wait on a lock this test holds on the DAs table.
    const blocker = new pg.Client({ connectionString: db.location });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table drivers in share row exclusive mode');
      const [live, doomed] = await Promise.all([server(), server()]);
      const liveAnswer = uploadDas(live, dasFile(dir, 'DAU5', 300, 500_000));
      const doomedAnswer = uploadDas(doomed, dasFile(dir, 'DAU5', 300, 600_000));
      await until(async () => {
        const { rows } = await blocker.query(
          `select count(*)::int as n from pg_locks where relation = 'drivers'::regclass and not granted`,
        );
        return rows[0].n === 2;
      }, 'both imports to be saving');
      doomed.proc.kill('SIGKILL');
      await doomed.exited;
      expect(await doomedAnswer).toBeNull();

      // Any instance that starts cleans up: here the command-line import of another file.
      const stations = path.join(dir, 'stations.csv');
      fs.writeFileSync(stations, 'Station code,Name,Time zone,State\nDLA8,Irvine,America/Los_Angeles,CA\n');
      const cli = runCli(['import', 'stations', stations, '--org', 'acme', '--json'], env);
      started.push(cli);
      await cli.exited;
      expect(cli.proc.exitCode, cli.output()).toBe(0);
      expect(cli.output()).toMatch(/das-600000-300\.csv.* was interrupted/);
      expect(cli.output()).not.toMatch(/das-500000-300\.csv/);
      const status = async () =>
        Object.fromEntries((await importsOf(db.db)).map((i) => [i.file_name, i.status]));
      expect(await status()).toMatchObject({
        'das-500000-300.csv': 'running',
        'das-600000-300.csv': 'failed',
        'stations.csv': 'committed',
      });

      await blocker.query('commit');
      const answer = await liveAnswer;
      expect(answer?.status).toBe(200);
      expect(await answer?.json()).toMatchObject({ status: 'committed', created: 300 });
      expect(await status()).toMatchObject({
        'das-500000-300.csv': 'committed',
        'das-600000-300.csv': 'failed',
      });
      expect(await driverCount(db.db)).toBe(300);
    } finally {
      await blocker.end();
    }
  }, 180_000);
});
