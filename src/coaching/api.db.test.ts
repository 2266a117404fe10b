import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { SUGGESTED_RULES } from './domain/rules.js';
import { type CoachingScenario, type Da, givenCoaching } from './testing.js';

// Coaching issue: rules an org edits (the suggested ones until its first save), who may read, resolve
// and run (owner and manager write; a dispatcher reads within their stations; a driver sees only their
// own items at /me/coaching), and another org's or station's ids answer 404.

const SPEEDING = {
  name: 'Speeding rate over 0.5',
  active: true,
  trigger: { type: 'metric', metric: 'speeding', threshold: 0.5 },
  ladder: ['message', 'one_on_one'],
  escalationDays: 30,
};

describe('the coaching API', () => {
  let s: CoachingScenario;
  let ana: Da;
  let bo: Da;
  let far: Da;
  let anaItem = '';
  let farItem = '';

  beforeAll(async () => {
    s = await givenCoaching();
    ana = await s.addDa({ firstName: 'Ana', lastName: 'Garcia' });
    bo = await s.addDa({ firstName: 'Bo', lastName: 'Chen' });
    far = await s.addDa({ homeStationId: s.otherStationId });
    for (const da of [ana, bo, far]) {
      await s.shift(da, '2025-03-06');
      await s.events(da, ['2025-03-03', '2025-03-04', '2025-03-05']);
    }
    await s.run('2025-03-06');
    await s.run('2025-03-06', s.otherStationId);
    anaItem = (await s.items(ana))[0]?.id as string;
    farItem = (await s.items(far))[0]?.id as string;
  });
  afterAll(() => s.close());

  describe('rules', () => {
    it('answers the suggested rules until the first save, which stores them all with the new one', async () => {
      const suggested = must(await s.manager.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(suggested.suggested).toBe(true);
      expect(suggested.rules.map((r: { id: string }) => r.id)).toEqual(SUGGESTED_RULES.map((r) => r.id));
      expect(suggested.rules[0]).toMatchObject({
        measure: 'events:Following Distance',
        measureLabel: 'Following Distance events a week',
        items: 3,
      });

      const saved = must(await s.manager.request('POST', '/api/v1/coaching/rules', SPEEDING), 200).json();
      expect(saved).toMatchObject({ ...SPEEDING, id: expect.any(String), measure: 'speeding', items: 0 });
      const after = must(await s.manager.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(after.suggested).toBe(false);
      expect(after.rules.map((r: { id: string }) => r.id)).toEqual([
        ...SUGGESTED_RULES.map((r) => r.id),
        saved.id,
      ]);
      // The suggested rule's items still count under it.
      expect(after.rules[0]).toMatchObject({ id: 'suggested-following-distance', items: 3 });
    });

    it('changes a rule in place, and refuses one that does not exist', async () => {
      const { rules } = must(await s.manager.request('GET', '/api/v1/coaching/rules'), 200).json();
      const dcr = rules.find((r: { id: string }) => r.id === 'suggested-dcr');
      const { id: _id, measure: _m, measureLabel: _l, items: _i, ...body } = dcr;
      const changed = await s.manager.request('PUT', '/api/v1/coaching/rules/suggested-dcr', {
        ...body,
        trigger: { type: 'metric', metric: 'dcr', threshold: 0.99 },
      });
      expect(must(changed, 200).json()).toMatchObject({ trigger: { threshold: 0.99 } });
      const now = must(await s.manager.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(now.rules.map((r: { id: string }) => r.id).indexOf('suggested-dcr')).toBe(
        rules.map((r: { id: string }) => r.id).indexOf('suggested-dcr'),
      );
      expect((await s.manager.request('PUT', '/api/v1/coaching/rules/nope', SPEEDING)).statusCode).toBe(404);
    });

    it('refuses a ladder that does not fit the trigger (422) and a malformed rule (400)', async () => {
      const praise = await s.manager.request('POST', '/api/v1/coaching/rules', {
        ...SPEEDING,
        ladder: ['message', 'recognition'],
      });
      expect(praise.statusCode).toBe(422);
      expect(praise.headers['content-type']).toMatch(/problem\+json/);
      expect(praise.json().errors).toEqual([
        { path: 'ladder', message: expect.stringMatching(/^"recognition"/) },
      ]);
      const fantastic = await s.manager.request('POST', '/api/v1/coaching/rules', {
        ...SPEEDING,
        trigger: { type: 'fantastic' },
        ladder: ['message'],
      });
      expect(fantastic.statusCode).toBe(422);
      const bad = await s.manager.request('POST', '/api/v1/coaching/rules', { ...SPEEDING, ladder: [] });
      expect(bad.statusCode).toBe(400);
    });

    it('deletes a rule that opened nothing, and keeps one with items (409)', async () => {
      const fresh = must(
        await s.manager.request('POST', '/api/v1/coaching/rules', { ...SPEEDING, name: 'To delete' }),
        200,
      ).json();
      expect((await s.manager.request('DELETE', `/api/v1/coaching/rules/${fresh.id}`)).statusCode).toBe(204);
      expect((await s.manager.request('DELETE', `/api/v1/coaching/rules/${fresh.id}`)).statusCode).toBe(404);
      const kept = await s.manager.request('DELETE', '/api/v1/coaching/rules/suggested-following-distance');
      expect(kept.statusCode).toBe(409);
      expect(kept.json().detail).toBe(
        '"Following distance: 3 events in 7 days" opened 3 coaching items; turn it off instead.',
      );
    });

    it('keeps each org’s rules apart', async () => {
      const theirs = must(await s.beta.owner.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(theirs.suggested).toBe(true);
      expect(theirs.rules.every((r: { items: number }) => r.items === 0)).toBe(true);
      const mine = must(await s.manager.request('GET', '/api/v1/coaching/rules'), 200).json();
      const speeding = mine.rules.find((r: { name: string }) => r.name === SPEEDING.name);
      expect(
        (await s.beta.owner.request('PUT', `/api/v1/coaching/rules/${speeding.id}`, SPEEDING)).statusCode,
      ).toBe(404);
      // Their first save is a change to a suggested rule: all six are stored, that one changed in place.
      const off = SUGGESTED_RULES.find((r) => r.id === 'suggested-speeding');
      const { id: _id, ...body } = off as (typeof SUGGESTED_RULES)[number];
      must(
        await s.beta.owner.request('PUT', '/api/v1/coaching/rules/suggested-speeding', {
          ...body,
          active: false,
        }),
        200,
      );
      const saved = must(await s.beta.owner.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(saved.suggested).toBe(false);
      expect(saved.rules.map((r: { id: string; active: boolean }) => [r.id, r.active])).toEqual(
        SUGGESTED_RULES.map((r) => [r.id, r.id !== 'suggested-speeding']),
      );
      // Rules without items go, but not the last one: the suggested rules would be back on in its place.
      const ids = SUGGESTED_RULES.map((r) => r.id);
      for (const id of ids.slice(0, -1))
        expect((await s.beta.owner.request('DELETE', `/api/v1/coaching/rules/${id}`)).statusCode).toBe(204);
      const last = await s.beta.owner.request('DELETE', `/api/v1/coaching/rules/${ids.at(-1)}`);
      expect(last.statusCode).toBe(409);
      expect(last.json().detail).toBe('"Fantastic week" is the last rule; turn it off instead.');
      const left = must(await s.beta.owner.request('GET', '/api/v1/coaching/rules'), 200).json();
      expect(left).toMatchObject({ suggested: false, rules: [{ id: 'suggested-fantastic' }] });
    });
  });

  describe('who may do what', () => {
    it('lets a dispatcher read their station’s items but not resolve, hold, run or change rules', async () => {
      const list = must(await s.dispatcher.request('GET', '/api/v1/coaching/items'), 200).json();
      expect(list.items.map((i: { driverName: string }) => i.driverName).sort()).toEqual([
        'Ana Garcia',
        'Bo Chen',
      ]);
      must(await s.dispatcher.request('GET', `/api/v1/coaching/items/${anaItem}`), 200);
      must(await s.dispatcher.request('GET', '/api/v1/coaching/rules'), 200);
      must(await s.dispatcher.request('GET', `/api/v1/coaching/effect?stationId=${s.stationId}`), 200);
      for (const [method, url, body] of [
        ['POST', `/api/v1/coaching/items/${anaItem}/resolve`, { resolution: 'dismissed', note: 'no' }],
        ['POST', `/api/v1/coaching/items/${anaItem}/held`, {}],
        ['POST', '/api/v1/coaching/run', { stationId: s.stationId }],
        ['POST', '/api/v1/coaching/rules', SPEEDING],
        ['DELETE', '/api/v1/coaching/rules/suggested-speeding', undefined],
      ] as const) {
        expect((await s.dispatcher.request(method, url, body)).statusCode, url).toBe(403);
      }
    });

    it('keeps a dispatcher to their stations: another station’s items, effect and filter answer 404', async () => {
      expect((await s.dispatcher.request('GET', `/api/v1/coaching/items/${farItem}`)).statusCode).toBe(404);
      expect(
        (await s.dispatcher.request('GET', `/api/v1/coaching/items/${farItem}/warning.pdf`)).statusCode,
      ).toBe(404);
      expect(
        (await s.dispatcher.request('GET', `/api/v1/coaching/items?stationId=${s.otherStationId}`))
          .statusCode,
      ).toBe(404);
      expect(
        (await s.dispatcher.request('GET', `/api/v1/coaching/effect?stationId=${s.otherStationId}`))
          .statusCode,
      ).toBe(404);
      // The owner sees both stations, and filters by one.
      const all = must(await s.owner.request('GET', '/api/v1/coaching/items'), 200).json();
      expect(all.items).toHaveLength(3);
      const other = must(
        await s.owner.request('GET', `/api/v1/coaching/items?stationId=${s.otherStationId}`),
        200,
      ).json();
      expect(other.items.map((i: { id: string }) => i.id)).toEqual([farItem]);
      const filtered = async (query: string) =>
        must(await s.owner.request('GET', `/api/v1/coaching/items?${query}`), 200)
          .json()
          .items.map((i: { id: string }) => i.id);
      expect(await filtered(`driverId=${ana.id}`)).toEqual([anaItem]);
      expect(await filtered('ruleId=suggested-following-distance&status=open&limit=500')).toHaveLength(3);
      expect(await filtered('status=disputed')).toEqual([]);
      expect((await s.owner.request('GET', '/api/v1/coaching/items?status=closed')).statusCode).toBe(400);
    });

    it('lets a manager run the rules of a station (nothing new today on March 2025’s events)', async () => {
      const res = await s.manager.request('POST', '/api/v1/coaching/run', { stationId: s.stationId });
      expect(must(res, 200).json()).toEqual({ created: 0, sent: 0, waiting: 0, review: 0 });
      expect(
        (await s.manager.request('POST', '/api/v1/coaching/run', { stationId: s.beta.stationId })).statusCode,
      ).toBe(404);
    });

    it('keeps a driver to /me/coaching and their own items: another DA’s id is not found', async () => {
      const phone = await s.loginAs(ana);
      const mine = must(await phone.request('GET', '/api/v1/me/coaching'), 200).json();
      expect(mine.items.map((i: { id: string }) => i.id)).toEqual([anaItem]);
      expect(mine.items[0]).toMatchObject({
        title: 'Coaching',
        cause: '3 "Following Distance" events (03/03–03/05)',
        events: [
          expect.objectContaining({ businessDate: '2025-03-03', status: 'coached' }),
          expect.objectContaining({ businessDate: '2025-03-04' }),
          expect.objectContaining({ businessDate: '2025-03-05' }),
        ],
      });
      const boItem = (await s.items(bo))[0]?.id as string;
      for (const [path, body] of [
        ['acknowledge', {}],
        ['dispute', { text: 'Not mine.' }],
      ] as const) {
        const res = await phone.request('POST', `/api/v1/me/coaching/${boItem}/${path}`, body);
        expect(res.statusCode, path).toBe(404);
      }
      expect((await phone.request('GET', `/api/v1/me/coaching/${boItem}/warning.pdf`)).statusCode).toBe(404);
      expect((await s.items(bo))[0]?.status).toBe('open');
      for (const url of [
        '/api/v1/coaching/items',
        `/api/v1/coaching/items/${anaItem}`,
        '/api/v1/coaching/rules',
        `/api/v1/coaching/effect?stationId=${s.stationId}`,
      ]) {
        expect((await phone.request('GET', url)).statusCode, url).toBe(403);
      }
      // Staff have no DA record of their own.
      expect((await s.manager.request('GET', '/api/v1/me/coaching')).statusCode).toBe(403);
    });

    it('answers 404 for another org’s items and stations', async () => {
      const beta = s.beta.owner;
      expect((await beta.request('GET', `/api/v1/coaching/items/${anaItem}`)).statusCode).toBe(404);
      expect(
        (
          await beta.request('POST', `/api/v1/coaching/items/${anaItem}/resolve`, {
            resolution: 'dismissed',
            note: 'x',
          })
        ).statusCode,
      ).toBe(404);
      expect((await beta.request('POST', `/api/v1/coaching/items/${anaItem}/held`, {})).statusCode).toBe(404);
      expect((await beta.request('GET', `/api/v1/coaching/items/${anaItem}/warning.pdf`)).statusCode).toBe(
        404,
      );
      expect((await beta.request('GET', `/api/v1/coaching/effect?stationId=${s.stationId}`)).statusCode).toBe(
        404,
      );
      expect((await beta.request('GET', `/api/v1/coaching/items?stationId=${s.stationId}`)).statusCode).toBe(
        404,
      );
      expect(must(await beta.request('GET', '/api/v1/coaching/items'), 200).json().items).toEqual([]);
    });
  });
});
