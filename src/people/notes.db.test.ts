import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, type Client, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { addDa } from './testing.js';

// Issue 6: "Manager's internal rating (1–5 with a comment) and a notes timeline."

describe('ratings and notes', () => {
  let t: TestApp;
  let owner: Client;
  let manager: Client;
  let dispatcher: Client;
  let da = '';

  beforeAll(async () => {
    t = await startTestApp();
    const acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr@acme.test', role: 'manager' },
        { email: 'disp@acme.test', role: 'dispatcher' },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    manager = await signIn(t.app, 'mgr@acme.test');
    dispatcher = await signIn(t.app, 'disp@acme.test');
    da = await addDa(owner, acme.stationIds.DAU5 as string);
  });
  afterAll(() => t.close());

  it('keeps every rating; the newest is the DA’s rating', async () => {
    expect((await dispatcher.request('GET', `/api/v1/drivers/${da}/ratings`)).json()).toEqual({
      current: null,
      history: [],
    });
    const first = await manager.request('POST', `/api/v1/drivers/${da}/ratings`, {
      rating: 3,
      comment: 'Learning',
    });
    expect(first.statusCode).toBe(201);
    await manager.request('POST', `/api/v1/drivers/${da}/ratings`, {
      rating: 5,
      comment: ' Rescued two routes ',
    });
    const ratings = (await dispatcher.request('GET', `/api/v1/drivers/${da}/ratings`)).json();
    expect(ratings.current).toMatchObject({ rating: 5, comment: 'Rescued two routes' });
    expect(ratings.history.map((r: { rating: number }) => r.rating)).toEqual([5, 3]);
    const audit = await auditEntries(owner);
    expect(audit.filter((a) => a.entity === 'driver_rating')).toHaveLength(2);
  });

  it('takes ratings from 1 to 5 only, and only from managers', async () => {
    for (const rating of [0, 6, 2.5]) {
      const res = await manager.request('POST', `/api/v1/drivers/${da}/ratings`, { rating });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('rating');
    }
    expect(
      (await dispatcher.request('POST', `/api/v1/drivers/${da}/ratings`, { rating: 4 })).statusCode,
    ).toBe(403);
  });

  it('keeps notes as a timeline, newest first; a note in error can be removed, audited', async () => {
    const a = (
      await manager.request('POST', `/api/v1/drivers/${da}/notes`, { body: 'Asked for Saturdays off.' })
    ).json();
    const b = (
      await manager.request('POST', `/api/v1/drivers/${da}/notes`, { body: 'Great with customers.' })
    ).json();
    expect((await manager.request('POST', `/api/v1/drivers/${da}/notes`, { body: '   ' })).statusCode).toBe(
      400,
    );
    expect((await dispatcher.request('POST', `/api/v1/drivers/${da}/notes`, { body: 'x' })).statusCode).toBe(
      403,
    );
    const notes = (await dispatcher.request('GET', `/api/v1/drivers/${da}/notes`)).json().items;
    expect(notes.map((n: { id: string }) => n.id)).toEqual([b.id, a.id]);
    expect((await dispatcher.request('DELETE', `/api/v1/notes/${a.id}`)).statusCode).toBe(403);
    expect((await manager.request('DELETE', `/api/v1/notes/${a.id}`)).statusCode).toBe(204);
    expect((await manager.request('DELETE', `/api/v1/notes/${a.id}`)).statusCode).toBe(404);
    const audit = await auditEntries(owner);
    expect(audit.find((e) => e.entityId === a.id && e.action === 'delete')?.changes.body).toEqual({
      before: 'Asked for Saturdays off.',
      after: null,
    });
  });
});
