import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Auth } from '../auth/authenticate.js';
import { openPostgres, openSqlite } from '../db/database.js';
import { freshDatabase, type TestDatabase, testDialect } from '../db/testing.js';
import { installAnswerCache } from './answer-cache.js';

/** A caller as the access hook leaves it on the request. */
const caller = (userId: string, stationIds: string[] | null = null): Auth => ({
  kind: 'token',
  tokenId: `token-of-${userId}`,
  actor: { orgId: 'org-1', userId, role: 'dispatcher', stationIds, label: userId },
});

describe('kept answers', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let made = 0;

  beforeAll(async () => {
    db = await freshDatabase({ migrate: false });
    await sql`create table probe (n integer)`.execute(db.db);
    app = Fastify();
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (req) => {
      const who = req.headers['x-who'];
      req.auth = typeof who === 'string' ? caller(who, who === 'scoped' ? ['st-1'] : null) : null;
    });
    installAnswerCache(app, db);
    app.get('/kept', { config: { keepAnswer: true } }, async (req, reply) => {
      made += 1;
      return (req.query as { fail?: string }).fail ? reply.status(409).send({ made }) : { made };
    });
    app.get('/fresh', async () => {
      made += 1;
      return { made };
    });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const get = async (url: string, who = 'ana') => {
    const res = await app.inject({ url, headers: { 'x-who': who } });
    return {
      status: res.statusCode,
      made: (res.json() as { made: number }).made,
      type: res.headers['content-type'],
    };
  };

  it('gives the same answer again while nothing was written, without making it again', async () => {
    const first = await get('/kept?page=1');
    const again = await get('/kept?page=1');
    expect(again).toEqual(first);
    expect(again.type).toMatch(/application\/json/);
    expect((await get('/kept?page=2')).made).toBe(first.made + 1);
  });

  it('makes it again for another caller, another station scope, and routes not marked', async () => {
    const ana = await get('/kept?who');
    expect((await get('/kept?who', 'ben')).made).toBe(ana.made + 1);
    expect((await get('/kept?who', 'scoped')).made).toBe(ana.made + 2);
    expect((await get('/kept?who')).made).toBe(ana.made);
    const fresh = await get('/fresh');
    expect((await get('/fresh')).made).toBe(fresh.made + 1);
    // No caller (a public route): nothing is kept.
    const anonymous = await app.inject({ url: '/kept?anonymous' });
    expect((await app.inject({ url: '/kept?anonymous' })).json()).not.toEqual(anonymous.json());
  });

  it('makes it again after a write through this connection', async () => {
    const before = await get('/kept?write');
    await sql`insert into probe (n) values (1)`.execute(db.db);
    expect((await get('/kept?write')).made).toBe(before.made + 1);
  });

  it('makes it again after a write by another connection, as another process would write', async () => {
    const before = await get('/kept?other');
    const other = testDialect() === 'sqlite' ? openSqlite(db.location) : openPostgres(db.location, 1);
    try {
      await sql`insert into probe (n) values (2)`.execute(other.db);
    } finally {
      await other.close();
    }
    expect((await get('/kept?other')).made).toBe(before.made + 1);
  });

  it('makes it again in the next quarter hour: business dates turn at local midnights', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-07T05:59:00Z') });
    const before = await get('/kept?calendar');
    vi.setSystemTime(new Date('2026-12-07T05:59:59Z'));
    expect((await get('/kept?calendar')).made).toBe(before.made);
    vi.setSystemTime(new Date('2026-12-07T06:00:00Z'));
    expect((await get('/kept?calendar')).made).toBe(before.made + 1);
  });

  it('makes an answer asked for by many at once only once, and each its own refusal', async () => {
    const together = (url: string) => Promise.all(Array.from({ length: 5 }, () => get(url)));
    const answers = await together('/kept?together');
    expect(new Set(answers.map((a) => a.made)).size).toBe(1);
    const refusals = await together('/kept?together&fail=1');
    expect(new Set(refusals.map((a) => a.made)).size).toBe(5);
    expect(refusals.every((a) => a.status === 409)).toBe(true);
  });

  it('keeps no refusal', async () => {
    const refused = await get('/kept?fail=1');
    expect(refused.status).toBe(409);
    expect((await get('/kept?fail=1')).made).toBe(refused.made + 1);
  });
});
