import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
  tinyPdf,
  uploadFile,
} from '../app/testing.js';
import { localDate } from '../shared/dates.js';
import { addDa } from './testing.js';

/**
 * Another org's DA records — and, for station-scoped staff, another station's — are "not found": every
 * route that takes a DA, document, event, step or note id answers 404 with none of their data.
 */
describe("tenancy: another org's DA records", () => {
  let t: TestApp;
  let us: Client;
  let them: Client;
  let scoped: Client;
  const ids = { da: '', doc: '', event: '', step: '', note: '', stationDa: '' };

  beforeAll(async () => {
    t = await startTestApp();
    const acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DXC1', 'DXC2'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'mgr2@acme.test', role: 'manager', stations: ['DXC2'] },
      ],
    });
    const other = await seedOrg(t.db, {
      slug: 'other',
      stations: ['DLA8'],
      users: [{ email: 'owner@other.test', role: 'owner' }],
    });
    us = await signIn(t.app, 'owner@acme.test');
    them = await signIn(t.app, 'owner@other.test');
    scoped = await signIn(t.app, 'mgr2@acme.test');
    ids.da = await addDa(them, other.stationIds.DLA8 as string, { lastName: 'Secret', status: 'onboarding' });
    const file = (await uploadFile(them, 'document', tinyPdf(), 'secret.pdf', ids.da)).json();
    ids.doc = (
      await them.request('POST', `/api/v1/drivers/${ids.da}/documents`, { type: 'mvr', fileId: file.id })
    ).json().id;
    ids.event = (
      await them.request('POST', `/api/v1/drivers/${ids.da}/attendance`, {
        date: localDate('America/Los_Angeles'),
        kind: 'ncns',
      })
    ).json().id;
    ids.step = (await them.request('GET', '/api/v1/onboarding/steps')).json().items[0].id;
    ids.note = (
      await them.request('POST', `/api/v1/drivers/${ids.da}/notes`, { body: 'Secret note' })
    ).json().id;
    ids.stationDa = await addDa(us, acme.stationIds.DXC1 as string, { lastName: 'Elsewhere' });
  });
  afterAll(() => t.close());

  const routes = (da: string): [string, string, unknown?][] => [
    ['GET', `/api/v1/drivers/${da}/onboarding`],
    ['PUT', `/api/v1/drivers/${da}/onboarding/${ids.step}`, { status: 'done' }],
    ['GET', `/api/v1/drivers/${da}/documents`],
    ['POST', `/api/v1/drivers/${da}/documents`, { type: 'w4' }],
    ['GET', `/api/v1/drivers/${da}/attendance`],
    ['POST', `/api/v1/drivers/${da}/attendance`, { date: '2026-01-05', kind: 'ncns' }],
    ['GET', `/api/v1/drivers/${da}/ratings`],
    ['POST', `/api/v1/drivers/${da}/ratings`, { rating: 1 }],
    ['GET', `/api/v1/drivers/${da}/notes`],
    ['POST', `/api/v1/drivers/${da}/notes`, { body: 'x' }],
  ];
  const byId = (): [string, string, unknown?][] => [
    ['POST', `/api/v1/documents/${ids.doc}/approve`, {}],
    ['POST', `/api/v1/documents/${ids.doc}/reject`, { reason: 'x' }],
    ['DELETE', `/api/v1/documents/${ids.doc}`],
    ['POST', `/api/v1/attendance/${ids.event}/excuse`, { excused: true }],
    ['DELETE', `/api/v1/attendance/${ids.event}`, { reason: 'x' }],
    ['PATCH', `/api/v1/onboarding/steps/${ids.step}`, { label: 'Mine now' }],
    ['DELETE', `/api/v1/notes/${ids.note}`],
  ];

  it('answers 404 on every route with their ids, leaking nothing and changing nothing', async () => {
    const before = {
      docs: (await them.request('GET', `/api/v1/drivers/${ids.da}/documents`)).body,
      attendance: (await them.request('GET', `/api/v1/drivers/${ids.da}/attendance`)).body,
      notes: (await them.request('GET', `/api/v1/drivers/${ids.da}/notes`)).body,
      steps: (await them.request('GET', '/api/v1/onboarding/steps')).body,
    };
    for (const [method, url, body] of [...routes(ids.da), ...byId()]) {
      const res = await us.request(method as 'GET', url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain('Secret');
    }
    expect((await them.request('GET', `/api/v1/drivers/${ids.da}/documents`)).body).toBe(before.docs);
    expect((await them.request('GET', `/api/v1/drivers/${ids.da}/attendance`)).body).toBe(before.attendance);
    expect((await them.request('GET', `/api/v1/drivers/${ids.da}/notes`)).body).toBe(before.notes);
    expect((await them.request('GET', '/api/v1/onboarding/steps')).body).toBe(before.steps);
  });

  it('leaves their DAs off our board, expiring list and review queue', async () => {
    for (const url of ['/api/v1/onboarding', '/api/v1/documents/expiring', '/api/v1/documents/pending']) {
      expect((await us.request('GET', url)).body).not.toContain('Secret');
    }
  });

  it('answers 404 to a station-scoped manager for a DA of another station', async () => {
    for (const [method, url, body] of routes(ids.stationDa)) {
      expect((await scoped.request(method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
  });
});
