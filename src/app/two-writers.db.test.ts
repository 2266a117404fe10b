import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, printed, runCli } from '../cli/testing.js';
import { openSqlite } from '../db/database.js';
import { otherConnection, testDialect } from '../db/testing.js';
import { writeSafetyDashboard } from '../performance/cortex-file.js';
import { buildApp } from './server.js';
import {
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from './testing.js';

// Issue 12, item 9: "A CLI import while the server writes to the same SQLite file fails: the server's
// writes answer 500 ..., the CLI exits with a bare 'database is locked'". Writers wait their turn within
// a bounded time; past it the answer is 503 problem+json with Retry-After, and the CLI says so in words.

const EVENTS = 60_000;
const BUSY = 'Another import is saving; try again in a minute.';

describe.runIf(testDialect() === 'sqlite')('two writers on the embedded database', () => {
  let t: TestApp;
  let org: SeededOrg;
  let owner: Client;
  let dir: string;
  let events: string;
  let other: ReturnType<typeof otherConnection>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXC1'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-writers-'));
    events = path.join(dir, 'Safety_Dashboard_DXC1.csv');
    await writeSafetyDashboard(events, { events: EVENTS, das: 20 });
    other = otherConnection(t.db.location);
  }, 120_000);
  afterAll(async () => {
    other.close();
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const addDa = (n: number) =>
    owner.request('POST', '/api/v1/drivers', {
      firstName: 'Busy',
      lastName: `Writer ${n}`,
      homeStationId: org.stationIds.DXC1,
      status: 'active',
    });

  it('the server goes on writing while a CLI import saves: each waits its turn, none fails', {
    timeout: 180_000,
  }, async () => {
    let done = false;
    const importing = runCli(
      cliEnv(t.db),
      ...['import', 'safety-events', events, '--org', 'acme', '--station', 'DXC1', '--json'],
    ).finally(() => {
      done = true;
    });
    const answers: string[] = [];
    // Looks, as another process would, whether the CLI holds the write lock while a request is under way.
    let pending = false;
    let whileCliSaved = 0;
    const look = setInterval(() => {
      if (pending && other.seesLockHeld()) whileCliSaved++;
    }, 2);
    try {
      for (let n = 0; !done; n++) {
        pending = true;
        const res = await addDa(n);
        pending = false;
        if (res.statusCode !== 201) answers.push(`${res.statusCode} ${res.body}`);
      }
    } finally {
      clearInterval(look);
    }
    const run = await importing;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(printed(run)).toMatchObject({ status: 'committed', rows: EVENTS, errorCount: 0 });
    expect(answers).toEqual([]);
    // The two really overlapped: the server wrote while the CLI's import held the database.
    expect(whileCliSaved).toBeGreaterThan(0);
  });

  it('a write kept waiting longer than its bound answers 503 with Retry-After; reads, signed in too, go on', async () => {
    const handle = openSqlite(t.db.location, { writeWaitMs: 100 });
    const app = await buildApp({ handle, config: t.config });
    // The owner's session is due for its last-seen touch: a write, but none the read may wait for.
    await t.db.db.updateTable('sessions').set({ last_seen_at: '2020-01-01T00:00:00.000Z' }).execute();
    try {
      other.holdWriteLock();
      let login: Awaited<ReturnType<typeof app.inject>>;
      let health: Awaited<ReturnType<typeof app.inject>>;
      let me: Awaited<ReturnType<typeof app.inject>>;
      try {
        login = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'owner@acme.test', password: TEST_PASSWORD },
        });
        health = await app.inject({ method: 'GET', url: '/api/v1/health' });
        me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: owner.cookie } });
      } finally {
        other.release();
      }
      expect(login.statusCode).toBe(503);
      expect(login.headers['content-type']).toContain('application/problem+json');
      expect(login.headers['retry-after']).toBe('60');
      expect(login.json()).toMatchObject({ status: 503, detail: BUSY });
      expect(health.statusCode).toBe(200);
      expect(me.statusCode).toBe(200);
      // Once the other writer is done, the same write goes ahead.
      const again = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'owner@acme.test', password: TEST_PASSWORD },
      });
      expect(again.statusCode).toBe(200);
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it('the CLI kept waiting longer than its bound says so in words, not "database is locked"', {
    timeout: 120_000,
  }, async () => {
    other.holdWriteLock();
    let run: Awaited<ReturnType<typeof runCli>>;
    try {
      run = await runCli(
        cliEnv(t.db, { SQLITE_WRITE_WAIT_MS: '200' }),
        ...['import', 'safety-events', events, '--org', 'acme', '--station', 'DXC1'],
      );
    } finally {
      other.release();
    }
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(BUSY);
    expect(run.stdout).toBe('');
  });
});
