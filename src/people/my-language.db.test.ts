import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  startTestApp,
  type TestApp,
} from '../app/testing.js';
import { addDa, linkLogin } from './testing.js';

describe('a DA’s own language', () => {
  let t: TestApp;
  let acme: SeededOrg;
  let owner: Client;
  let driver: Client;
  let mine = '';

  beforeAll(async () => {
    t = await startTestApp();
    acme = await seedOrg(t.db, {
      slug: 'acme',
      stations: ['DAU5'],
      users: [
        { email: 'owner@acme.test', role: 'owner' },
        { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
        { email: 'nobody@acme.test', role: 'driver', stations: ['DAU5'] },
      ],
    });
    owner = await signIn(t.app, 'owner@acme.test');
    driver = await signIn(t.app, 'da@acme.test');
    mine = await addDa(owner, acme.stationIds.DAU5 as string);
    await linkLogin(t, acme.orgId, mine, acme.userIds['da@acme.test']);
  });
  afterAll(() => t.close());

  it('is chosen by the DA on their own record, audited, and read back by their phone', async () => {
    const res = await driver.request('PUT', '/api/v1/me/driver/language', { language: 'es' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ language: 'es' });
    expect((await driver.request('GET', '/api/v1/me/driver')).json().driver.language).toBe('es');
    const audit = await auditEntries(owner);
    expect(audit.find((a) => a.entity === 'driver' && a.entityId === mine)?.action).toBe('update');
  });

  it('refuses a language the phone pages do not speak, naming the field', async () => {
    const res = await driver.request('PUT', '/api/v1/me/driver/language', { language: 'fr' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('language');
  });

  it('has no record to change for a login without a DA record', async () => {
    const nobody = await signIn(t.app, 'nobody@acme.test');
    expect((await nobody.request('PUT', '/api/v1/me/driver/language', { language: 'es' })).statusCode).toBe(
      403,
    );
  });

  it('gives the cleared-to-drive causes as data beside the words', async () => {
    const clearance = (await driver.request('GET', '/api/v1/me/driver')).json().driver.clearance;
    expect(clearance.causes.length).toBe(clearance.reasons.length);
  });
});
