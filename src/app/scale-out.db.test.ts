import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase, testDialect } from '../db/testing.js';
import { seedOrg, TEST_PASSWORD } from './testing.js';

/** Two real server processes on one database: nothing a request needs may live in one process's memory. */

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startInstance(db: TestDatabase): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    STATIONHAND_DEMO: '0',
  };
  if (testDialect() === 'postgres') env.DATABASE_URL = db.location;
  else {
    env.DATA_DIR = path.dirname(db.location);
    delete env.DATABASE_URL;
  }
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  // Bounded wait for the instance to answer; it fails with the server's own error output.
  for (let attempt = 0; attempt < 200; attempt++) {
    if (proc.exitCode !== null) throw new Error(`instance exited: ${stderr}`);
    const up = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, proc };
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`instance did not start: ${stderr}`);
}

describe('two instances on one database', () => {
  let db: TestDatabase;
  let a: { url: string; proc: ChildProcess };
  let b: { url: string; proc: ChildProcess };

  beforeAll(async () => {
    db = await freshDatabase();
    await seedOrg(db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    [a, b] = await Promise.all([startInstance(db), startInstance(db)]);
  }, 60_000);

  afterAll(async () => {
    for (const i of [a, b]) i?.proc.kill('SIGTERM');
    await db.drop();
  });

  it('honours a session made on one instance on the other, and shares every change', async () => {
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@acme.test', password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('owner@acme.test');

    const created = await fetch(`${b.url}/api/v1/stations`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'DFW9', name: 'Dallas', timeZone: 'America/Chicago', state: 'TX' }),
    });
    expect(created.status).toBe(201);
    const list = (await (await fetch(`${a.url}/api/v1/stations`, { headers: { cookie } })).json()) as {
      items: { code: string }[];
    };
    expect(list.items.map((s) => s.code)).toEqual(['DAU5', 'DFW9']);

    const logout = await fetch(`${b.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });
});
