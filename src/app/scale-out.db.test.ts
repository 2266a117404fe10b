import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { processEnv, type ServerProcess, startServer } from './test-server-process.js';
import { seedOrg, TEST_PASSWORD } from './testing.js';

/** Two real server processes on one database: nothing a request needs may live in one process's memory. */

describe('two instances on one database', () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedOrg(db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [{ email: 'owner@acme.test', role: 'owner' }],
    });
    const env = processEnv(db);
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
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

    // `a` has just used the session (it remembers it, src/app/remembered.ts); signing out on `b` ends it
    // on `a` at once: the sign-out is a write, and a write anywhere ends what any process remembers.
    expect((await fetch(`${a.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200);
    const logout = await fetch(`${b.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });
});
